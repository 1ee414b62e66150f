import type { CaseLocation } from '../../core/fields'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, MOBILE_PATTERN, textLength, tooLong, tooShort, wordChars } from '../../core/limits'
import type { MediaItem } from '../../core/media/limits'
import { newSubmissionId } from '../../services/ids'

/** What the resident has typed for one deputy or reception day, kept until the server confirms the case. */
export interface CaseDraft {
  /** Made with the draft: a retry after a lost answer returns the same case instead of a second one. */
  submissionId: string
  category: string
  text: string
  location: CaseLocation | null
  /** Photos and video already uploaded: kept with the draft, attached when it is filed. */
  media: MediaItem[]
  /** Given only with the consent below; the server keeps it encrypted. */
  phone: string
  phoneConsent: boolean
  /** A text for each step when WeChat cannot push one (needs the phone). */
  smsNotify?: boolean
  /** May be shown anonymized on the deputy's public page once resolved. */
  showPublicly: boolean
}

export const newCaseDraft = (): CaseDraft => ({
  submissionId: newSubmissionId(),
  category: '',
  text: '',
  location: null,
  media: [],
  phone: '',
  phoneConsent: false,
  showPublicly: false,
})

/** Says what is wrong in the form's own words, before anything is sent. */
export function problemOf(d: CaseDraft): string | null {
  if (!d.category) return '请选择问题类别'
  if (wordChars(d.text) < CASE_TEXT_MIN) return `请把问题说清楚一些：${tooShort('问题描述', CASE_TEXT_MIN, d.text.trim())}`
  if (textLength(d.text) > CASE_TEXT_MAX) return tooLong('问题描述', CASE_TEXT_MAX, d.text)
  if (d.phone && !MOBILE_PATTERN.test(d.phone)) return '请填写 11 位手机号码，或不填'
  if (d.phone && !d.phoneConsent) return '留下手机号前，请先同意提供给办理人员'
  return null
}
