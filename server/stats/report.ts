import dayjs from 'dayjs'
import { workdayCounts } from '../../src/core/calendar'
import { errors } from '../../src/core/errors'
import { funnelScope } from '../../src/core/stats/access'
import { monthsOf, NONE_LABEL, ratesOf, REPORT_COUNTS, type Report, type ReportCounts, type ReportRow } from '../../src/core/stats/report'
import type { StatsEvent } from '../../src/core/stats/schemas'
import { shanghaiDay, shanghaiDayStart } from '../../src/core/time'
import { calendarOf, districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { report, type ReportGroup } from './stats-repository'

type ReportEvent = Extract<StatsEvent, { action: 'report' }>

const ZERO = Object.fromEntries(REPORT_COUNTS.map((k) => [k, 0])) as ReportCounts
const NO_DAYS = { respond: null, dispatch: null, take: null, resolve: null, total: null }

function rowOf(g: Omit<ReportGroup, 'whole'>, label: string): ReportRow {
  const { key, medianDays, label: _named, ...counts } = g
  return { key, label, ...counts, ...ratesOf(counts), medianDays }
}

/**
 * The five orders of a period (filing days in Shanghai, both included) grouped one way, within
 * the caller's scope, with the whole they add up to; by month every month of the period has its
 * row, the quiet ones at nought.
 */
export async function reportFor(ctx: FnContext, e: ReportEvent): Promise<Report> {
  const user = await ctx.requireUser()
  const scope = funnelScope(user, { stationId: e.stationId, deputyId: e.deputyId })
  if (!scope) throw errors.forbidden.statsScope()
  const { db } = ctx.services
  const calendar = await calendarOf(db, await districtOfViewer(db, user))
  // Every stage ends by today: the day index runs from the period's first day to today or its last, the later.
  const through = [e.to, shanghaiDay(ctx.services.now())].sort()[1]
  const groups = await report(
    db,
    { ...scope, from: shanghaiDayStart(e.from), to: dayjs(shanghaiDayStart(e.to)).add(1, 'day').toDate() },
    e.by,
    { base: e.from, counts: workdayCounts(e.from, through, calendar) },
  )
  const total = rowOf(groups.find((g) => g.whole)!, '合计')
  const rows = groups.filter((g) => !g.whole).map((g) => rowOf(g, g.key === null ? NONE_LABEL[e.by] : (g.label ?? g.key)))
  const had = new Map(rows.map((r) => [r.key, r]))
  const ordered =
    e.by === 'month'
      ? monthsOf(e.from, e.to).map((m) => had.get(m) ?? rowOf({ key: m, label: m, ...ZERO, medianDays: NO_DAYS }, m))
      : rows.sort((a, b) => b.received - a.received || a.label.localeCompare(b.label, 'zh'))
  return { by: e.by, from: e.from, to: e.to, rows: ordered, total }
}
