import type { CaseMedia } from './media'
import type { Actor, CaseStatus, Role } from './case-states'
import type { CaseLocation } from './fields'
import type { Rating } from './ratings'

/** Shapes the functions return; the client reads them as they are. */

/** The signed-in user and the scope their role acts in. */
export interface SessionUser {
  id: string
  role: Role
  deputyId?: string
  stationId?: string
  departmentId?: string
  districtId?: string
}

export interface DeputySummary {
  id: string
  code: string
  name: string
  level: string
  stationId: string
}

export interface DeputyProfile {
  id: string
  code: string
  name: string
  levels: string[]
  duties: string
  station: { id: string; name: string; address: string }
  /** The district's categories, in the order the form offers them. */
  categories: string[]
  photoUrl: string | null
  bio: string
  contactHours: string
  /** Only when the deputy chose to publish it. */
  phone: string | null
}

/** A deputy's own profile fields, as they edit them (the phone in full, published or not). */
export interface DeputyOwnFields {
  photoUrl: string | null
  bio: string
  contactHours: string
  phone: string
  phonePublic: boolean
}

/** A proposed change to a deputy's public profile, waiting for (or decided by) their station's staff. */
export interface ProfileChange {
  id: string
  deputy: { id: string; code: string; name: string }
  proposed: DeputyOwnFields
  current: DeputyOwnFields
  status: 'pending' | 'approved' | 'rejected'
  reason: string | null
  createdAt: string
}

export interface CaseEvent {
  id: string
  type: string
  fromStatus: CaseStatus | null
  toStatus: CaseStatus | null
  actorRole: Actor
  actorName: string
  text: string | null
  createdAt: string
}

export interface CaseSummary {
  id: string
  number: string
  status: CaseStatus
  category: string
  text: string
  deputyName: string
  stationName: string
  createdAt: string
  updatedAt: string
  /** When the current stage is due, if it has a deadline. */
  dueAt: string | null
  overdue: boolean
}

export interface CaseDetail extends CaseSummary {
  version: number
  location: CaseLocation | null
  departmentName: string
  resolvedBy: 'department' | 'deputy' | null
  resultRating: Rating | null
  followUpRating: Rating | null
  reopenCount: number
  /** Masked (138****1234) for everyone but the deputy, staff or department handling it. */
  phone: string | null
  showPublicly: boolean
  /** Came by a station's code: the deputy on duty that day, suggested to take it; else ''. */
  suggestedDeputyName: string
  /** The viewer filed it (residents may rate, reopen and withdraw only their own). */
  mine: boolean
  events: CaseEvent[]
  /** Photos and video, each with the event that brought it. */
  media: CaseMedia[]
}

export interface Message {
  id: string
  caseId: string | null
  title: string
  body: string
  read: boolean
  createdAt: string
}

export interface Funnel {
  received: number
  dispatched: number
  accepted: number
  rated: number
  satisfied: number
  satisfactionRate: number | null
  byStatus: Record<string, number>
  byCategory: Record<string, number>
  overdue: number
}

/** A deputy's record as the public page shows it, live from the cases. */
export interface DeputyFigures {
  received: number
  answered: number
  dispatched: number
  resolved: number
  rated: number
  satisfied: number
  satisfactionRate: number | null
  /** Median hours from filing to the first response (accepted, answered or declined); null before any. */
  medianFirstResponseHours: number | null
}

/** A resolved case the resident allowed to be shown: no name, no phone, no place. */
export interface PublicCase {
  id: string
  category: string
  excerpt: string
  result: string
  resolvedAt: string
  rating: Rating | null
}
