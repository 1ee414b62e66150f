import type { Rating } from '../cases/ratings'
import type { NoticeView } from '../reception/views'

/** What `deputies` answers, as the pages read it. */

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
  /** Left office (离任): the page says so and points to the station; nothing is filed to them. */
  retired?: true
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
  status: 'pending' | 'approved' | 'rejected' | 'superseded'
  reason: string | null
  createdAt: string
  /** The content check was unsure of its words (why), so staff should read them closely; else empty. */
  flagged: string[]
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

/** The live part of a deputy's page from the cases (`deputies figures` adds their 履职: `DeputyPage`): figures, resolved cases residents allowed, duty days. */
export interface DeputyPageData {
  figures: DeputyFigures
  recent: PublicCase[]
  upcoming: NoticeView[]
}

/** A deputy's own profile as they edit it (`deputies myProfile`). */
export interface MyProfile {
  code: string
  current: DeputyOwnFields
  latest: ProfileChange | null
}
