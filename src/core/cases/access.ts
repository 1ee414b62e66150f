import type { Viewer } from '../identity/viewer'
import { transitionOf, type PersonAction } from './transitions'

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

/** Who meets cases as a resident does: residents, and the contact points' consultants (their role is for draft laws alone). */
export const residentForCases = (v: Viewer): boolean => v.role === 'resident' || v.role === 'consultant'

/**
 * May this person act on the case in their role? Residents on the cases they filed; deputies
 * on those addressed to them or to their station; staff their station's; departments those
 * dispatched to them; the office and the admin their district's.
 */
export function canHandleCase(v: Viewer, c: CaseScope): boolean {
  switch (v.role) {
    case 'resident':
    case 'consultant':
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
      return v.districtId !== null && v.districtId === c.districtId
  }
}

/** May this person see the case at all? Those who may handle it, its filer, and its followers. */
export const canSeeCase = (v: Viewer, c: CaseScope): boolean => c.residentId === v.id || c.followed || canHandleCase(v, c)

/** Inboxes are for those who handle cases; residents have 我的诉求. */
export const hasInbox = (v: Viewer): boolean => !residentForCases(v)

/** Recording a call or a visit for someone without the mini-program is for a station's staff. */
export const mayRecordFor = (v: Viewer): boolean => v.role === 'staff' && v.stationId !== null

/** Filing a concern (and being shown others like it while filing) is for residents; staff record for others. */
export const mayFile = (v: Viewer): boolean => v.role === 'resident'

/** Claiming cases staff recorded under one's phone is for residents. */
export const mayClaim = (v: Viewer): boolean => v.role === 'resident'

/** Following another's case instead of filing the same problem again is for residents. */
export const mayFollow = (v: Viewer): boolean => v.role === 'resident'

/** May this person make this kind of move at all, in their role (the table's roles column)? */
export const roleMayMove = (v: Viewer, action: PersonAction): boolean => transitionOf(action)!.roles.includes(v.role)

/**
 * How a case's phone reads to this person: whole to the handlers who may need to call the resident
 * back; not at all to a resident who follows another's case (the problem, not how to reach that
 * person); masked (138****1234) to everyone else who may see the case.
 */
export function phoneShown(v: Viewer, c: { handles: boolean; mine: boolean }): 'whole' | 'masked' | 'none' {
  if (c.handles && (v.role === 'deputy' || v.role === 'staff' || v.role === 'department')) return 'whole'
  return residentForCases(v) && !c.mine ? 'none' : 'masked'
}
