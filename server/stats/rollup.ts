import { lastDayOf, workdayIndex } from '../../src/core/stats/tally'
import { shanghaiDay, shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import { calendarNow } from '../districts/districts'
import type { Services } from '../runtime/services'
import { monthsToCount, refreshMonth } from './report-repository'

/**
 * One run of the timer counts at most a dozen months, and starts no new one after two seconds (a
 * month of a million-case district takes about 0.6 s), so that a first count of years of cases
 * spreads over minutes within a cloud function's time.
 */
const MONTHS_PER_RUN = 12
const SECONDS_PER_RUN = 2

/**
 * The timer's chore that keeps the office's reports fast: each district's months whose cases
 * changed since they were counted, and those never counted, are counted again into the rollup
 * the reports read (oldest first, a dozen or two seconds' worth a run). Returns how many it counted.
 */
export async function countReportMonths(services: Pick<Services, 'db' | 'now'>, limit = MONTHS_PER_RUN): Promise<number> {
  const today = shanghaiDay(services.now())
  const started = Date.now()
  const due = await monthsToCount(services.db, today.slice(0, 7), limit)
  let counted = 0
  for (const { districtId, month } of due) {
    if (counted > 0 && Date.now() - started > SECONDS_PER_RUN * 1000) break
    const [first, last] = [`${month}-01`, lastDayOf(month)]
    await refreshMonth(services.db, districtId, month, { from: shanghaiDayStart(first), to: shanghaiDayEnd(last) }, async (q) =>
      workdayIndex(first, last, today, await calendarNow(q, districtId)),
    )
    counted++
  }
  return counted
}
