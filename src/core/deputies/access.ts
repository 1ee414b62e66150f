import type { Viewer } from '../identity/viewer'
import { keepsStation, type StationScope } from '../stations/access'

/** Where a deputy belongs. */
export interface DeputyScope {
  id: string
  stationId: string
  districtId: string
}

/** The poster: the deputy, their station's staff, the office of their district, admin. */
export const mayPrintPoster = (v: Viewer, d: DeputyScope): boolean =>
  keepsStation(v, d) || (v.role === 'deputy' && v.deputyId === d.id) || (v.role === 'office' && v.districtId === d.districtId)

/** The deputy a person edits the profile of: their own, if they are one. */
export const ownDeputy = (v: Viewer): string | null => (v.role === 'deputy' ? v.deputyId : null)

/** Whose proposed profiles a person reviews: staff their station's deputies', the admin their district's (stationId null); else none. */
export const profilesReviewed = (v: Viewer): { stationId: string | null; districtId: string | null } | null =>
  v.role === 'admin' && v.districtId !== null
    ? { stationId: null, districtId: v.districtId }
    : v.role === 'staff' && v.stationId !== null
      ? { stationId: v.stationId, districtId: null }
      : null

/** Who decides one proposal: the staff of the deputy's station, the admin of its district. */
export const decidesProfile = (v: Viewer, deputyStation: StationScope): boolean => keepsStation(v, deputyStation)
