import dayjs from 'dayjs'
import { findWorkday, type Calendar } from '../calendar'
import { ANSWER_MONTHS, EXTENDED_MONTHS_MAX } from './states'

/**
 * An answer's due day: `months` calendar months after the day of 交办 (the same day of the month,
 * or the month's last where it has none), moved to the next working day of the district's calendar.
 */
export function suggestionDue(assignedOn: string, months: number, calendar: Calendar): string {
  return findWorkday(calendar, 0, dayjs(assignedOn).add(months, 'month').format('YYYY-MM-DD'))
}

/** How long a district gives its units: months to answer from 交办, days to sign (签收). */
export interface SuggestionTerms {
  answerMonths: number
  signDays: number
}

/** The rules' terms, and how far a district may set them: an answer within 1–6 months (3 by the rules), signed within 1–30 days (5). */
export const SUGGESTION_TERMS = {
  answerMonths: { fallback: ANSWER_MONTHS, min: 1, max: EXTENDED_MONTHS_MAX },
  signDays: { fallback: 5, min: 1, max: 30 },
} as const

/** A district's terms over the rules'; a missing or bad value falls back to them. */
export function suggestionTerms(stored: unknown): SuggestionTerms {
  const given = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>
  const term = (key: keyof SuggestionTerms) => {
    const v = given[key]
    const { fallback, min, max } = SUGGESTION_TERMS[key]
    return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback
  }
  return { answerMonths: term('answerMonths'), signDays: term('signDays') }
}
