import type { Place } from '../../src/core/places/types'

/** A point in GCJ-02. */
export interface Point {
  latitude: number
  longitude: number
}

/**
 * The map port: what is at a point, and places matching typed words. Tencent's location service
 * in production (`TENCENT_MAP_KEY`); the district's own gazetteer without one.
 */
export interface MapService {
  /** The place at a point; null when the service knows nothing there. */
  reverse(at: Point): Promise<Place | null>
  /** Up to ten places matching the words, the nearest first when a point is given. */
  search(keyword: string, near?: Point): Promise<Place[]>
}
