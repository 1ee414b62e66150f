import type { CaseSuggestion } from '../suggestions/types'
import type { Actor } from '../identity/roles'
import type { CaseLocation } from '../fields'
import type { CaseMedia } from '../media/limits'
import type { Rating } from './ratings'
import type { CaseStatus } from './states'

/** What `cases` answers, as the pages read it. */

export interface CaseEvent {
  id: string
  type: string
  fromStatus: CaseStatus | null
  toStatus: CaseStatus | null
  actorRole: Actor
  actorName: string
  text: string | null
  createdAt: string
  /** Its note waits for a person's review: residents read HELD_TEXT in its place. */
  held: boolean
}

export interface CaseSummary {
  id: string
  number: string
  status: CaseStatus
  category: string
  text: string
  deputyName: string
  stationName: string
  /** The department it is dispatched to, if any. */
  departmentName: string
  createdAt: string
  updatedAt: string
  /** When the current stage is due, if it has a deadline. */
  dueAt: string | null
  overdue: boolean
  /** On a handler's overdue case: working days past the deadline, and who holds the stage. */
  late?: { days: number; holder: string }
}

export interface CaseDetail extends CaseSummary {
  version: number
  location: CaseLocation | null
  resolvedBy: 'department' | 'deputy' | null
  resultRating: Rating | null
  followUpRating: Rating | null
  reopenCount: number
  /** Its resident urged (催办) this stage already. */
  urged: boolean
  /** Masked (138****1234) for everyone but the deputy, staff or department handling it. */
  phone: string | null
  showPublicly: boolean
  /** Came by a station's code: the deputy on duty that day, suggested to take it; else ''. */
  suggestedDeputyName: string
  /** The viewer filed it (residents may rate, reopen and withdraw only their own). */
  mine: boolean
  /** Staff recorded it for a person without the mini-program: who, and whether they claimed it since. */
  recordedFor: { name: string; claimed: boolean } | null
  events: CaseEvent[]
  /** Photos and video, each with the event that brought it. */
  media: CaseMedia[]
  /** The deputies' suggestions it went into, once handed to a unit (建议办理). */
  suggestions?: CaseSuggestion[]
}

/** What `cases submit` answers: enough to say 提交成功 with the number. */
export interface SubmittedCase {
  id: string
  number: string
  status: CaseStatus
  /** The content check was unsure: handlers read it, other residents only once a person releases it. */
  held?: boolean
  /** While it waits for its first response: within how many working days, and by which day (Shanghai), the resident hears back. */
  replyBy?: { workingDays: number; date: string }
}

/** The departments a case may be dispatched to, and the one the 派单目录 proposes. */
export interface DispatchOptions {
  departments: { id: string; name: string }[]
  proposedId: string | null
}
