import type { Viewer } from '../identity/viewer'
import { SUGGESTION_STATES, type SuggestionStatus } from './states'

/** Where a suggestion belongs, as its rules need it: its district and station, its deputies and its units. */
export interface SuggestionScope {
  districtId: string
  stationId: string | null
  status: SuggestionStatus
  /** It was submitted once (a withdrawn one stays the office's to read). */
  submitted: boolean
  leadDeputyId: string
  /** Every deputy asked to sign it: the 领衔 and those invited to 附议 (whatever they answered). */
  deputyIds: readonly string[]
  /** Its units, 主办 first. */
  leadUnitId: string | null
  assistUnitIds: readonly string[]
}

/** A unit reads a suggestion from its 交办 on. */
const HANDLED: readonly SuggestionStatus[] = ['assigned', 'answered', 'rehandling', 'closed']

/**
 * Who reads a suggestion: its deputies (an invited one too, to decide), their station's staff, the
 * units it was handed to (主办 or 协办), and the district's office once it is submitted. Anyone else,
 * and anyone of another district, is told it does not exist.
 */
export function readsSuggestion(v: Viewer, s: SuggestionScope): boolean {
  if (v.districtId !== s.districtId) return false
  switch (v.role) {
    case 'deputy':
      return !!v.deputyId && s.deputyIds.includes(v.deputyId)
    case 'staff':
      return !!v.stationId && v.stationId === s.stationId
    case 'department':
      return !!v.departmentId && HANDLED.includes(s.status) && (s.leadUnitId === v.departmentId || s.assistUnitIds.includes(v.departmentId))
    case 'office':
      return s.submitted
    default:
      return false
  }
}

/** Whether a suggestion is still being handled (for lists and boards). */
export const isOpenSuggestion = (status: SuggestionStatus) => SUGGESTION_STATES[status].type === 'open'
