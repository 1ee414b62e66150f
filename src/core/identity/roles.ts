/** Who uses the product (DESIGN.md §1). Everyone starts as a resident; the other roles are given. */
export type Role = 'resident' | 'deputy' | 'staff' | 'department' | 'office' | 'admin' | 'consultant'

/** Who moved a case: a person in a role, or the timer. */
export type Actor = Role | 'system'

export const ROLES: readonly Role[] = ['resident', 'deputy', 'staff', 'department', 'office', 'admin', 'consultant']

export const ROLE_LABELS: Record<Actor, string> = {
  resident: '群众',
  deputy: '人大代表',
  staff: '联络站工作人员',
  department: '职能部门',
  office: '人大常委会办公室',
  admin: '系统管理员',
  consultant: '立法联系点专家',
  system: '系统',
}
