import type { Role } from './case-states'

/** Who is asking, as far as access to a case is concerned: the user's scope. */
export interface Viewer {
  id: string
  role: Role
  deputyId: string | null
  stationId: string | null
  departmentId: string | null
  districtId: string | null
}

/** Where a case belongs. */
export interface CaseScope {
  residentId: string
  deputyId: string | null
  stationId: string | null
  departmentId: string | null
  districtId: string
  /** The viewer follows this case (a duplicate they joined, or one theirs was merged into). */
  followed: boolean
}

/**
 * May this person act on the case in their role? Residents on the cases they filed; deputies
 * on those addressed to them or to their station; staff their station's; departments those
 * dispatched to them; the office its district's; admin any.
 */
export function canHandleCase(v: Viewer, c: CaseScope): boolean {
  switch (v.role) {
    case 'resident':
      return c.residentId === v.id
    case 'deputy':
      return (v.deputyId !== null && v.deputyId === c.deputyId) || (v.stationId !== null && v.stationId === c.stationId)
    case 'staff':
      return v.stationId !== null && v.stationId === c.stationId
    case 'department':
      return v.departmentId !== null && v.departmentId === c.departmentId
    case 'office':
      return v.districtId !== null && v.districtId === c.districtId
    case 'admin':
      return true
  }
}

/** May this person see the case at all? Those who may handle it, its filer, and its followers. */
export const canSeeCase = (v: Viewer, c: CaseScope): boolean => c.residentId === v.id || c.followed || canHandleCase(v, c)
