import type { Viewer } from '../identity/viewer'
import { keepsStation } from '../stations/access'

/** Where a deputy belongs. */
export interface DeputyScope {
  id: string
  stationId: string
  districtId: string
}

/** The poster: the deputy, their station's staff, the office of their district, admin. */
export const mayPrintPoster = (v: Viewer, d: DeputyScope): boolean =>
  keepsStation(v, d.stationId) || (v.role === 'deputy' && v.deputyId === d.id) || (v.role === 'office' && v.districtId === d.districtId)

/** The deputy a person edits the profile of: their own, if they are one. */
export const ownDeputy = (v: Viewer): string | null => (v.role === 'deputy' ? v.deputyId : null)

/** Whose proposed profiles a person reviews: staff their station's deputies', admin all (stationId null); else none. */
export const profilesReviewed = (v: Viewer): { stationId: string | null } | null =>
  v.role === 'admin' ? { stationId: null } : v.role === 'staff' && v.stationId !== null ? { stationId: v.stationId } : null

/** Who decides one proposal: the staff of the deputy's station, admin. */
export const decidesProfile = (v: Viewer, deputyStationId: string): boolean => keepsStation(v, deputyStationId)
