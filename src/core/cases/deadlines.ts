import dayjs from 'dayjs'
import { CHINA, findWorkday, type Calendar } from '../calendar'
import type { CaseStatus } from './states'
import { SHANGHAI_OFFSET_MINUTES } from '../time'

/**
 * Per-stage deadlines (DESIGN.md §4), in working days of Asia/Shanghai by the district's
 * calendar (China's holidays and make-up working days, and its own entries); the rating window
 * in calendar days.
 */
export interface DeadlineConfig {
  firstResponse: number
  dispatch: number
  departmentAcceptance: number
  resolution: number
  ratingWindowDays: number
}

export const DEFAULT_DEADLINES: DeadlineConfig = {
  firstResponse: 2,
  dispatch: 3,
  departmentAcceptance: 2,
  resolution: 15,
  ratingWindowDays: 7,
}

/** A district's settings over the defaults; unknown or bad values fall back to them. */
export function deadlineConfig(overrides: unknown): DeadlineConfig {
  const given = (overrides && typeof overrides === 'object' ? overrides : {}) as Record<string, unknown>
  const out = { ...DEFAULT_DEADLINES }
  for (const key of Object.keys(out) as (keyof DeadlineConfig)[]) {
    const v = given[key]
    if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 365) out[key] = v
  }
  return out
}

/** Which stage a state is, how long it may last, and what happens when it has lasted too long. */
const STAGES: Partial<Record<CaseStatus, { days: keyof DeadlineConfig; working: boolean; onExpiry: Expiry }>> = {
  submitted: { days: 'firstResponse', working: true, onExpiry: 'overdue' },
  accepted: { days: 'dispatch', working: true, onExpiry: 'overdue' },
  dispatched: { days: 'departmentAcceptance', working: true, onExpiry: 'overdue' },
  in_progress: { days: 'resolution', working: true, onExpiry: 'overdue' },
  answered: { days: 'ratingWindowDays', working: false, onExpiry: 'close' },
  resolved: { days: 'ratingWindowDays', working: false, onExpiry: 'close' },
  rated: { days: 'ratingWindowDays', working: false, onExpiry: 'close' },
}

/** Overdue: escalate once. Close: the resident did not rate (or reopen) in time. */
export type Expiry = 'overdue' | 'close'

const shanghai = (at: Date) => dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES)

/** The end (23:59:59.999, Shanghai) of the n-th working day after the day of `from`. */
export function addWorkingDays(from: Date, n: number, calendar: Calendar = CHINA): Date {
  const day = findWorkday(calendar, n, shanghai(from).format('YYYY-MM-DD'))
  return new Date(`${day}T23:59:59.999+08:00`)
}

/** When the stage a case enters at `at` is due, or null for a stage without a deadline. */
export function stageDeadline(status: CaseStatus, at: Date, config: DeadlineConfig, calendar: Calendar = CHINA): { dueAt: Date; onExpiry: Expiry } | null {
  const stage = STAGES[status]
  if (!stage) return null
  const n = config[stage.days]
  const dueAt = stage.working ? addWorkingDays(at, n, calendar) : new Date(at.getTime() + n * 86_400_000)
  return { dueAt, onExpiry: stage.onExpiry }
}
