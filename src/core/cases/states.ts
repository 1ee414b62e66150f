/**
 * The case lifecycle's states (DESIGN.md §2). Code asks a state for its type, never lists names.
 */
export type StateType = 'open' | 'closed'

export const CASE_STATES = {
  submitted: { type: 'open', label: '已提交' },
  accepted: { type: 'open', label: '已受理' },
  answered: { type: 'open', label: '已答复' },
  declined: { type: 'closed', label: '不予受理' },
  dispatched: { type: 'open', label: '已派单' },
  in_progress: { type: 'open', label: '办理中' },
  resolved: { type: 'open', label: '已办结' },
  rated: { type: 'open', label: '已评价' },
  merged: { type: 'closed', label: '已合并' },
  withdrawn: { type: 'closed', label: '已撤回' },
  closed: { type: 'closed', label: '已关闭' },
} as const satisfies Record<string, { type: StateType; label: string }>

export type CaseStatus = keyof typeof CASE_STATES

export const CASE_STATUSES = Object.keys(CASE_STATES) as CaseStatus[]

export const isOpen = (status: CaseStatus): boolean => CASE_STATES[status].type === 'open'

/** The states a case is still being handled in. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(isOpen)

export const statusLabel = (status: string): string =>
  status in CASE_STATES ? CASE_STATES[status as CaseStatus].label : status
