import { distance } from 'geokdbush'
import { publicExcerpt } from '../privacy/redact'
import type { CaseStatus } from './states'

/** How near an open case of the same category must be to count as the same problem. */
export const DUPLICATE_RADIUS_M = 200
/** How many the submit form shows: enough to recognise one's own problem, not a list to read. */
export const SIMILAR_SHOWN = 5

export interface Candidate {
  id: string
  number: string
  category: string
  text: string
  status: CaseStatus
  stationId: string | null
  latitude: number | null
  longitude: number | null
  followers: number
  createdAt: string
  /** Its author allowed other residents to read it. */
  showPublicly: boolean
}

/** An open case like the one being filed, as a stranger may see it: no name, no phone, an excerpt. */
export interface SimilarCase {
  id: string
  number: string
  category: string
  /** The author's words, redacted, when the author allowed them to be shown; else ''. */
  excerpt: string
  status: CaseStatus
  /** Metres from the place given, rounded up to 50, when both have one. */
  distanceM: number | null
  sameStation: boolean
  followers: number
  createdAt: string
}

const EXCERPT = 40
/** Distances are told in steps this coarse: near enough to recognise, too coarse to find a door. */
const DISTANCE_STEP_M = 50

/**
 * Open cases of the category within 200 m of the place, or at the same station: the nearest
 * first, then the rest newest first.
 */
export function pickSimilar(candidates: readonly Candidate[], at: { latitude: number; longitude: number } | null, stationId: string | null): SimilarCase[] {
  const found = candidates.flatMap((c) => {
    const metres =
      at && c.latitude !== null && c.longitude !== null ? Math.round(distance(at.longitude, at.latitude, c.longitude, c.latitude) * 1000) : null
    const near = metres !== null && metres <= DUPLICATE_RADIUS_M
    const sameStation = stationId !== null && c.stationId === stationId
    if (!near && !sameStation) return []
    const excerpt = publicExcerpt(c.text, c.showPublicly, EXCERPT)
    const distanceM = near ? Math.max(DISTANCE_STEP_M, Math.ceil(metres / DISTANCE_STEP_M) * DISTANCE_STEP_M) : null
    return [{ id: c.id, number: c.number, category: c.category, excerpt, status: c.status, distanceM, sameStation, followers: c.followers, createdAt: c.createdAt }]
  })
  found.sort((a, b) => (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity) || b.createdAt.localeCompare(a.createdAt))
  return found.slice(0, SIMILAR_SHOWN)
}
