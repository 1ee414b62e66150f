import dayjs from 'dayjs'
import { workdayCounts } from '../../src/core/calendar'
import { shanghaiDay, shanghaiDayStart } from '../../src/core/time'
import { calendarNow } from '../districts/districts'
import type { Services } from '../runtime/services'
import { monthsToCount, refreshMonth } from './report-repository'

/** How many months one run of the timer counts at most, so that a first count of years of cases spreads over minutes. */
const MONTHS_PER_RUN = 12

/**
 * The timer's chore that keeps the office's reports fast: each district's months whose cases
 * changed since they were counted, and those never counted, are counted again into the rollup
 * the reports read (oldest first, a dozen a run). Returns how many it counted.
 */
export async function countReportMonths(services: Pick<Services, 'db' | 'now'>, limit = MONTHS_PER_RUN): Promise<number> {
  const today = shanghaiDay(services.now())
  const due = await monthsToCount(services.db, today.slice(0, 7), limit)
  for (const { districtId, month } of due) {
    const first = `${month}-01`
    const next = dayjs(first).add(1, 'month')
    // Every stage ends by today: the days run from the month's first to today or its last, the later.
    const through = [next.subtract(1, 'day').format('YYYY-MM-DD'), today].sort()[1]
    await refreshMonth(services.db, districtId, month, { from: shanghaiDayStart(first), to: shanghaiDayStart(next.format('YYYY-MM-DD')) }, async (q) => ({
      base: first,
      counts: workdayCounts(first, through, await calendarNow(q, districtId)),
    }))
  }
  return due.length
}
