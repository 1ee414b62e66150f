import { monthsOf, NONE_LABEL, ratesOf, type Report, type ReportBy, type ReportRow } from '../../src/core/stats/report'
import type { StatsEvent } from '../../src/core/stats/schemas'
import { emptyTally, mediansOf, mergeTallies, splitPeriod, wholeMonths, workdayIndex, type Tally } from '../../src/core/stats/tally'
import { shanghaiDay, shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import { calendarOf, districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { statsScope } from './funnel'
import { freshMonths, labelsOf, liveTally, rolledUp } from './report-repository'

type ReportEvent = Extract<StatsEvent, { action: 'report' }>

function rowOf({ key, days, ...counts }: Tally, label: string): ReportRow {
  return { key, label, ...counts, ...ratesOf(counts), medianDays: mediansOf(days) }
}

/** Shanghai days from `from` to `to`, both included, as the instants a query compares with. */
const daysOf = (span: { from: string; to: string }) => ({ from: shanghaiDayStart(span.from), to: shanghaiDayEnd(span.to) })

/**
 * The five orders of a period (filing days in Shanghai, both included) grouped one way, within
 * the caller's scope, with the whole they add up to; by month every month of the period has its
 * row, the quiet ones at nought. A whole district's whole months are read from their rollup
 * where it stands (server/stats/rollup.ts); every other day is counted from the cases.
 */
export async function reportFor(ctx: FnContext, e: ReportEvent): Promise<Report> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const scope = await statsScope(db, user, { stationId: e.stationId, deputyId: e.deputyId })
  const today = shanghaiDay(ctx.services.now())
  const district = scope.stationId || scope.deputyId ? null : (scope.districtId ?? null)
  const rolled = district ? await freshMonths(db, district, wholeMonths(e.from, e.to, today)) : []
  const { months, spans } = splitPeriod(e.from, e.to, new Set(rolled))
  const days = spans.length ? workdayIndex(e.from, e.to, today, await calendarOf(db, districtOfViewer(user))) : null
  const tallied = async (by: ReportBy): Promise<Tally[]> => {
    const parts = district && months.length ? await rolledUp(db, district, by, months) : []
    for (const span of spans) parts.push(...(await liveTally(db, { ...scope, ...daysOf(span) }, by, days!)))
    return parts
  }
  const { groups, whole: sum } = mergeTallies(await tallied(e.by))
  // A case two deputies acted on is a row under each, and once in the whole.
  const whole = e.by === 'deputy' ? mergeTallies(await tallied('month')).whole : sum
  const names = await labelsOf(db, e.by, groups.flatMap((g) => (g.key === null ? [] : [g.key])))
  const rows = groups.map((g) => rowOf(g, g.key === null ? NONE_LABEL[e.by] : (names.get(g.key) ?? g.key)))
  const had = new Map(rows.map((r) => [r.key, r]))
  const ordered =
    e.by === 'month'
      ? monthsOf(e.from, e.to).map((m) => had.get(m) ?? rowOf(emptyTally(m), m))
      : rows.sort((a, b) => b.received - a.received || a.label.localeCompare(b.label, 'zh') || String(a.key).localeCompare(String(b.key)))
  return { by: e.by, from: e.from, to: e.to, rows: ordered, total: rowOf(whole, '合计') }
}
