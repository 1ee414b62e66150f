import type { CaseStatus, Role } from './case-states'
import type { CaseLocation } from './schemas'

/** Shapes the functions return; the client reads them as they are. */
export interface SessionUser {
  id: string
  role: Role
  deputyId?: string
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
}

export interface CaseEvent {
  id: string
  type: string
  fromStatus: CaseStatus | null
  toStatus: CaseStatus | null
  actorRole: Role
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
  createdAt: string
  updatedAt: string
}

export interface CaseDetail extends CaseSummary {
  version: number
  location: CaseLocation | null
  stationName: string
  events: CaseEvent[]
}
