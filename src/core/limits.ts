/** Bounds shared by the form and the server, so both say no to the same input. */

/** How the form and the server count a text: by characters, an emoji being one (not two UTF-16 units). */
export const textLength = (s: string): number => Array.from(s).length

/**
 * Letters and digits of any script: what counts as a 字 toward a minimum (punctuation and emoji do
 * not). Built at run time: written as a literal, Babel spells the Unicode classes out for old
 * phones, 10 KB in the main package. An engine without Unicode classes counts Chinese, Latin and digits.
 */
const WORD_CHAR = ((): RegExp => {
  try {
    return new RegExp('[\\p{L}\\p{N}]', 'gu')
  } catch {
    return /[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]/g
  }
})()
export const wordChars = (s: string): number => s.match(WORD_CHAR)?.length ?? 0

/** What to say of a text with fewer than `min` 字: that emoji and punctuation do not count, when they are what it holds. */
export const tooShort = (what: string, min: number, s: string): string =>
  min <= 1 ? `请填写${what}` : wordChars(s) < textLength(s.replace(/\s/g, '')) ? `${what}至少 ${min} 个字（表情和标点不算字）` : `${what}至少 ${min} 个字`

/** What to say of a text past `max`: how long it is, and that nothing was cut. */
export const tooLong = (what: string, max: number, s: string): string => `${what}不能超过 ${max} 个字（现在 ${textLength(s)} 个字），请删减后再提交`

export const CASE_TEXT_MAX = 1000
export const CASE_TEXT_MIN = 5
export const REPLY_TEXT_MAX = 1000
export const NOTE_MAX = 500
export const REASON_MAX = 300
/** 约见: what the resident wants to talk about. */
export const APPOINTMENT_TOPIC_MAX = 200
/** A deputy's public profile. */
export const BIO_MAX = 300
export const CONTACT_HOURS_MAX = 60
/** What staff record after a reception day. */
export const MINUTES_MAX = 2000
export const RECORD_REQUESTS_MAX = 30
/** A mainland mobile number, as residents leave it on a case. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/
export const PLACE_NAME_MAX = 100
export const PAGE_SIZE = 100
/** One page of a case list: what a phone's screen shows in a few swipes. */
export const CASES_PAGE = 20
/** One page of reception days or appointments. */
export const LIST_PAGE = 20
/** The longest search a case list takes: a few words, a case number or a phone number. */
export const SEARCH_MAX = 50

/** How many cases one person may file: enough for a neighbourhood's worth of concerns, not a flood. */
export interface SubmitLimits {
  perHour: number
  perDay: number
}
export const SUBMIT_LIMITS: SubmitLimits = { perHour: 5, perDay: 20 }

/**
 * Texts to one number, counted in the database so they hold across restarts: a claim code at most
 * once a minute and 5 times an hour; at most 10 texts of any kind a day.
 */
export const SMS_LIMITS = { codeGapSeconds: 60, codesPerHour: 5, perDay: 10 }
/** A claim code lasts 10 minutes and takes 5 wrong tries. */
export const SMS_CODE_MINUTES = 10
export const SMS_CODE_TRIES = 5
/** The name of a person staff record a case for. */
export const PERSON_NAME_MAX = 20
/** The longest period a report covers: five years, day by day. */
export const REPORT_DAYS_MAX = 5 * 366
/** How long an Excel export is kept for its asker before the timer removes it. */
export const EXPORT_KEPT_HOURS = 24
/** The most cases one export holds (a district's year is tens of thousands); past it the asker narrows the search. */
export const EXPORT_ROWS_MAX = 200_000
/** An export still 'running' after this long was lost with its host; another may start. */
export const EXPORT_RUN_MINUTES = 15
