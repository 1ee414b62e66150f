import type { Role } from '../core/identity/roles'

/** Each handler role's workbench: its pages, as the 我的 page lists them. */
export const WORKBENCH: Partial<Record<Role, { label: string; path: string }[]>> = {
  deputy: [
    { label: '代表收件箱', path: '/packages/deputy/inbox/index' },
    { label: '约见', path: '/packages/stations/appointments/index' },
    { label: '我的资料与海报', path: '/packages/deputy/profile/index' },
    { label: '我的五单统计', path: '/packages/reports/deputy/index' },
    { label: '我的履职（档案、任务、积分、述职）', path: '/packages/duty/mine/index' },
    { label: '代表建议', path: '/packages/suggestions/list/index' },
  ],
  staff: [
    { label: '联络站诉求', path: '/packages/station/queue/index' },
    { label: '代为登记（来电来访）', path: '/packages/station/call/index' },
    { label: '本站统计', path: '/packages/reports/station/index' },
    { label: '值班表', path: '/packages/station/roster/index' },
    { label: '接待公告', path: '/packages/station/notices/index' },
    { label: '约见', path: '/packages/stations/appointments/index' },
    { label: '本站代表', path: '/packages/station/deputies/index' },
    { label: '履职核实', path: '/packages/duty/verify/index' },
    { label: '本站履职积分', path: '/packages/duty/ranking/index' },
    { label: '本站代表建议', path: '/packages/suggestions/list/index' },
    { label: '立法征求意见', path: '/packages/legislation/list/index' },
    { label: '立法联系点统计', path: '/packages/reports/legislation/index' },
    { label: '内容审核', path: '/packages/review/queue/index' },
    { label: '绑定码', path: '/packages/admin/bindings/index' },
  ],
  department: [
    { label: '部门派单', path: '/packages/department/orders/index' },
    { label: '代表建议办理', path: '/packages/suggestions/list/index' },
    { label: '本单位建议办理统计', path: '/packages/reports/suggestions/index' },
  ],
  office: [
    { label: '超期督办', path: '/packages/office/board/index' },
    { label: '五单统计', path: '/packages/reports/office/index' },
    { label: '代表建议审查与交办', path: '/packages/suggestions/list/index' },
    { label: '重点督办建议', path: '/packages/suggestions/list/index?board=key' },
    { label: '代表建议办理统计', path: '/packages/reports/suggestions/index' },
    { label: '立法征求意见', path: '/packages/legislation/list/index' },
    { label: '立法联系点统计', path: '/packages/reports/legislation/index' },
    { label: '立法联系点专家库', path: '/packages/legislation/experts/index' },
    { label: '履职积分排名', path: '/packages/duty/ranking/index' },
    { label: '履职核实（跨站活动）', path: '/packages/duty/verify/index' },
    { label: '内容审核', path: '/packages/review/queue/index' },
    { label: '绑定码', path: '/packages/admin/bindings/index' },
  ],
  // A lawyer or expert of the contact points: the drafts, their comments, the figures.
  consultant: [
    { label: '立法征求意见（整理意见）', path: '/packages/legislation/list/index' },
    { label: '立法联系点统计', path: '/packages/reports/legislation/index' },
  ],
  admin: [
    { label: '本区开通与数据', path: '/packages/admin/home/index' },
    { label: '超期督办', path: '/packages/office/board/index' },
    { label: '五单统计', path: '/packages/reports/office/index' },
    { label: '履职积分规则与排名', path: '/packages/duty/ranking/index' },
    { label: '内容审核', path: '/packages/review/queue/index' },
    { label: '敏感词', path: '/packages/review/words/index' },
    { label: '绑定码与人员', path: '/packages/admin/bindings/index' },
    { label: '立法联系点专家库', path: '/packages/legislation/experts/index' },
    { label: '本区数据（Excel）', path: '/packages/admin/district/index' },
  ],
}
