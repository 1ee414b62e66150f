import type { Viewer } from '../identity/viewer'

/** Where a station belongs. */
export interface StationScope {
  stationId: string
  districtId: string
}

/** A station is kept (roster, notices, records, its deputies' profiles) by its own staff, and by its district's admin. */
export const keepsStation = (v: Viewer, s: StationScope): boolean =>
  (v.role === 'admin' && v.districtId !== null && v.districtId === s.districtId) || (v.role === 'staff' && v.stationId === s.stationId)
