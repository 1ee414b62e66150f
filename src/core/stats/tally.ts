import dayjs from 'dayjs'
import { workdayCounts, type Calendar } from '../calendar'
import { monthsOf, REPORT_COUNTS, type ReportCounts, type StageDays } from './report'

/** How many cases finished a stage in so many working days: { "3": 120 }. */
export type Histogram = Record<string, number>
export type StageHistograms = Partial<Record<keyof StageDays, Histogram>>

/** A group's counts and its stages' working days, as a month's rollup keeps them and a live count answers. */
export interface Tally extends ReportCounts {
  key: string | null
  days: StageHistograms
}

const STAGES: readonly (keyof StageDays)[] = ['respond', 'dispatch', 'take', 'resolve', 'total']

/** The median of a histogram, as PostgreSQL's percentile_cont(0.5) takes it (the middle two averaged), to one decimal; null when empty. */
export function medianOf(h: Histogram | undefined): number | null {
  const steps = Object.entries(h ?? {})
    .map(([d, n]) => [Number(d), n] as const)
    .sort((a, b) => a[0] - b[0])
  const n = steps.reduce((s, [, k]) => s + k, 0)
  if (n === 0) return null
  const at = (i: number) => {
    let seen = 0
    for (const [d, k] of steps) if ((seen += k) > i) return d
    return steps[steps.length - 1][0]
  }
  const mid = (n - 1) / 2
  return Math.round(((at(Math.floor(mid)) + at(Math.ceil(mid))) / 2) * 10) / 10
}

export const mediansOf = (days: StageHistograms): StageDays =>
  Object.fromEntries(STAGES.map((s) => [s, medianOf(days[s])])) as unknown as StageDays

function add(into: Tally, t: Tally): void {
  for (const c of REPORT_COUNTS) into[c] += t[c]
  for (const s of STAGES) {
    const h = t.days[s]
    if (!h) continue
    const sum = (into.days[s] ??= {})
    for (const [d, n] of Object.entries(h)) sum[d] = (sum[d] ?? 0) + n
  }
}

/** A group with nothing in it. */
export const emptyTally = (key: string | null): Tally => ({ key, ...(Object.fromEntries(REPORT_COUNTS.map((c) => [c, 0])) as ReportCounts), days: {} })

/** Tallies of the same groups (from several months, or a rollup and a live count) added up by key, with their whole. */
export function mergeTallies(parts: readonly Tally[]): { groups: Tally[]; whole: Tally } {
  const byKey = new Map<string | null, Tally>()
  const whole = emptyTally(null)
  for (const t of parts) {
    if (!byKey.has(t.key)) byKey.set(t.key, emptyTally(t.key))
    add(byKey.get(t.key)!, t)
    add(whole, t)
  }
  return { groups: [...byKey.values()], whole }
}

/** The months a period covers whole: from their first day to their last, or to today or later, when no later case can exist. */
export const wholeMonths = (from: string, to: string, today: string): string[] =>
  monthsOf(from, to).filter((m) => from <= `${m}-01` && (to >= lastDayOf(m) || to >= today))

/** A month's last day, YYYY-MM-DD. */
export const lastDayOf = (month: string) => dayjs(`${month}-01`).endOf('month').format('YYYY-MM-DD')

/** A period split into the months read from a rollup and the spans of days (contiguous, both ends included) counted live. */
export function splitPeriod(from: string, to: string, rolled: ReadonlySet<string>): { months: string[]; spans: { from: string; to: string }[] } {
  const months: string[] = []
  const spans: { from: string; to: string }[] = []
  for (const m of monthsOf(from, to)) {
    if (rolled.has(m)) {
      months.push(m)
      continue
    }
    const start = [from, `${m}-01`].sort()[1]
    const end = [to, lastDayOf(m)].sort()[0]
    const last = spans[spans.length - 1]
    if (last && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === start) last.to = end
    else spans.push({ from: start, to: end })
  }
  return { months, spans }
}

/** Working days as a tally counts them: for each day from `base`, the working days ended by its end. */
export interface WorkdayIndex {
  base: string
  counts: number[]
}

/** The day index for cases filed from `from` to `last`: every stage ends by today, so it runs to today or `last`, the later. */
export const workdayIndex = (from: string, last: string, today: string, calendar: Calendar): WorkdayIndex => ({
  base: from,
  counts: workdayCounts(from, [last, today].sort()[1], calendar),
})
