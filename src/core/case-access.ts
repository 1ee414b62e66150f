import type { Role } from './case-states'

/** Who is asking, as far as access to a case is concerned. */
export interface Viewer {
  id: string
  role: Role
  deputyId: string | null
  stationId: string | null
  districtId: string | null
}

/** Where a case belongs. */
export interface CaseScope {
  residentId: string
  deputyId: string | null
  stationId: string | null
  districtId: string
}

/**
 * May this person see the case at all? Everyone sees the cases they filed; deputies those
 * addressed to them; staff their station's; the office its district's; admin everything.
 */
export function canSeeCase(v: Viewer, c: CaseScope): boolean {
  if (c.residentId === v.id) return true
  switch (v.role) {
    case 'deputy':
      return v.deputyId !== null && v.deputyId === c.deputyId
    case 'staff':
      return v.stationId !== null && v.stationId === c.stationId
    case 'office':
      return v.districtId !== null && v.districtId === c.districtId
    case 'admin':
      return true
    default:
      return false
  }
}
