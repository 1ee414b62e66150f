import type { Viewer } from '../identity/viewer'

/** A station is kept (roster, notices, records, its deputies' profiles) by its own staff, and by admin. */
export const keepsStation = (v: Viewer, stationId: string): boolean =>
  v.role === 'admin' || (v.role === 'staff' && v.stationId === stationId)
