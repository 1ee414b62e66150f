import dayjs from 'dayjs'

/** The spans a task or a cap is counted over: calendar months, quarters and years, by Shanghai days. */
export const PERIODS = ['month', 'quarter', 'year'] as const
export type Period = (typeof PERIODS)[number]

export const PERIOD_LABELS: Record<Period, string> = { month: '每月', quarter: '每季度', year: '每年' }

/** One period: its key ('2026-11', '2026-Q4', '2026'), first and last day, and its name to show. */
export interface PeriodSpan {
  key: string
  from: string
  to: string
  label: string
}

/** The period of kind `per` holding `day` (YYYY-MM-DD, a Shanghai day). */
export function periodOf(day: string, per: Period): PeriodSpan {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const first = per === 'year' ? 1 : per === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month
  const months = per === 'year' ? 12 : per === 'quarter' ? 3 : 1
  const from = `${year}-${String(first).padStart(2, '0')}-01`
  const to = dayjs(from).add(months, 'month').subtract(1, 'day').format('YYYY-MM-DD')
  const quarter = Math.floor((month - 1) / 3) + 1
  if (per === 'year') return { key: String(year), from, to, label: `${year}年` }
  if (per === 'quarter') return { key: `${year}-Q${quarter}`, from, to, label: `${year}年第${quarter}季度` }
  return { key: day.slice(0, 7), from, to, label: `${year}年${month}月` }
}

/** The days from `from` to `to`, both counted. */
export const daysBetween = (from: string, to: string): number => dayjs(to).diff(dayjs(from), 'day') + 1

/** `day` moved by `n` days. */
export const addDays = (day: string, n: number): string => dayjs(day).add(n, 'day').format('YYYY-MM-DD')
