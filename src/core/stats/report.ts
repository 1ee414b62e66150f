import dayjs from 'dayjs'

/** How a report groups its cases. */
export const REPORT_BY = { month: '月份', category: '类别', station: '联络站', deputy: '代表', department: '部门' } as const
export type ReportBy = keyof typeof REPORT_BY
export const REPORT_DIMENSIONS = Object.keys(REPORT_BY) as ReportBy[]

/** What a report row counts: the cases filed in the period, and how far each has come. */
export const REPORT_COUNTS = ['received', 'responded', 'dispatched', 'accepted', 'followed', 'resolved', 'rated', 'satisfied', 'overdue'] as const
export type ReportCounts = Record<(typeof REPORT_COUNTS)[number], number>

/** The median working days of each stage, over the cases that finished it; null when none has. */
export interface StageDays {
  respond: number | null
  dispatch: number | null
  take: number | null
  resolve: number | null
  total: number | null
}

export const STAGE_LABELS: Record<keyof StageDays, string> = {
  respond: '首次响应',
  dispatch: '派单',
  take: '部门接单',
  resolve: '部门办理',
  total: '办结总用时',
}

/** 响应率, 办结率 and 满意率 as 12345 offices are ranked on them. */
export const RATES = { responseRate: '响应率', resolutionRate: '办结率', satisfactionRate: '满意率' } as const
export type Rate = keyof typeof RATES

export interface ReportRow extends ReportCounts, Record<Rate, number | null> {
  /** The month (YYYY-MM), category or id the row groups; null for cases without one (未派单…). */
  key: string | null
  label: string
  medianDays: StageDays
}

/** What `stats report` answers: a row per group and the whole, which the rows add up to. */
export interface Report {
  by: ReportBy
  from: string
  to: string
  rows: ReportRow[]
  total: ReportRow
}

/** n as a share of `of`; null when nothing was counted. */
export const share = (n: number, of: number): number | null => (of > 0 ? n / of : null)

export const ratesOf = (c: ReportCounts): Record<Rate, number | null> => ({
  responseRate: share(c.responded, c.received),
  resolutionRate: share(c.resolved, c.received),
  satisfactionRate: share(c.satisfied, c.rated),
})

/** A row's label for the cases that have no station, deputy or department. */
export const NONE_LABEL: Record<ReportBy, string> = {
  month: '—',
  category: '未分类',
  station: '未指定联络站',
  deputy: '未指定代表',
  department: '未派单',
}

/** Every month of the period, YYYY-MM, so a trend shows the quiet months too. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = dayjs(from.slice(0, 7) + '-01'); m.format('YYYY-MM') <= to.slice(0, 7); m = m.add(1, 'month')) out.push(m.format('YYYY-MM'))
  return out
}

/** Rows ranked on a rate, best first (more cases first on a tie); rows without the rate, or without a key, are left out. */
export const rankedOn = (rows: readonly ReportRow[], rate: Rate): ReportRow[] =>
  rows.filter((r) => r.key !== null && r[rate] !== null).sort((a, b) => b[rate]! - a[rate]! || b.received - a.received)

/** The periods a report page offers at a tap, read from today's Shanghai day. */
export const PERIODS = { month: '本月', lastMonth: '上月', quarter: '本季度', year: '今年' } as const
export type Period = keyof typeof PERIODS

export function periodOf(p: Period, today: string): { from: string; to: string } {
  const d = dayjs(today)
  const startOf = {
    month: d.startOf('month'),
    lastMonth: d.subtract(1, 'month').startOf('month'),
    quarter: d.month(d.month() - (d.month() % 3)).startOf('month'),
    year: d.startOf('year'),
  }[p]
  const to = p === 'lastMonth' ? startOf.endOf('month') : d
  return { from: startOf.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }
}
