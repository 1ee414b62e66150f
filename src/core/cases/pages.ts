import type { Role } from '../identity/roles'

/** Where each role reads a case: residents in the main package, handlers in their subpackage. */
export const CASE_PAGE: Record<Role, string> = {
  resident: '/pages/case/index',
  deputy: '/packages/deputy/case/index',
  staff: '/packages/station/case/index',
  department: '/packages/department/case/index',
  office: '/packages/office/case/index',
  admin: '/packages/office/case/index',
  // A lawyer or expert of the contact points files and reads cases as any resident does.
  consultant: '/pages/case/index',
}

/** Where a person claims the cases staff recorded under their phone; the text they get links here. */
export const CLAIM_PAGE = '/packages/account/claim/index'
