import { distance } from 'geokdbush'
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
}

/** An open case like the one being filed, as a stranger may see it: no name, no phone, an excerpt. */
export interface SimilarCase {
  id: string
  number: string
  category: string
  excerpt: string
  status: CaseStatus
  /** Metres from the place given, when both have one. */
  distanceM: number | null
  sameStation: boolean
  followers: number
  createdAt: string
}

const EXCERPT = 40

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
    const excerpt = c.text.length > EXCERPT ? `${c.text.slice(0, EXCERPT)}…` : c.text
    return [{ id: c.id, number: c.number, category: c.category, excerpt, status: c.status, distanceM: near ? metres : null, sameStation, followers: c.followers, createdAt: c.createdAt }]
  })
  found.sort((a, b) => (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity) || b.createdAt.localeCompare(a.createdAt))
  return found.slice(0, SIMILAR_SHOWN)
}
