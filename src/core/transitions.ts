import { CASE_STATUSES, isOpen, statusLabel, type Actor, type CaseStatus, type Role } from './case-states'
import type { Rating } from './ratings'

/** What the table needs to know of a case to decide a move. */
export interface CaseFacts {
  status: CaseStatus
  resultRating: Rating | null
  reopenCount: number
  /** Who gave the result the resident rated: a department (办结) or the deputy (当场答复). */
  resolvedBy: 'department' | 'deputy' | null
}

export interface Transition {
  action: string
  /** The verb as a person reads it: 受理, 派单, 退单 … */
  label: string
  from: readonly CaseStatus[]
  /** The next state; 'same' for notes that leave it where it is. */
  to: CaseStatus | 'same' | ((c: CaseFacts) => CaseStatus)
  roles: readonly Actor[]
  /** Why this case may not make the move although its state allows it, or null. */
  refuse?: (c: CaseFacts) => string | null
}

const OPEN = CASE_STATUSES.filter(isOpen)

/**
 * The five-order loop as one table (DESIGN.md §2): who may move a case from where to where.
 * Each row is one `cases` action; what each carries is in move-payloads.ts, which only the
 * server needs (the client reads this table without bundling zod).
 */
export const TRANSITIONS = [
  { action: 'accept', label: '受理', from: ['submitted'], to: 'accepted', roles: ['deputy', 'staff', 'office'] },
  { action: 'answer', label: '答复', from: ['submitted', 'accepted'], to: 'answered', roles: ['deputy', 'staff'] },
  { action: 'decline', label: '不予受理', from: ['submitted', 'accepted'], to: 'declined', roles: ['deputy', 'staff', 'office'] },
  { action: 'requestDispatch', label: '申请派单', from: ['submitted', 'accepted'], to: 'accepted', roles: ['deputy'] },
  { action: 'dispatch', label: '派单', from: ['accepted', 'dispatched'], to: 'dispatched', roles: ['staff', 'office'] },
  { action: 'acceptOrder', label: '接单', from: ['dispatched'], to: 'in_progress', roles: ['department'] },
  { action: 'sendBack', label: '退单', from: ['dispatched'], to: 'accepted', roles: ['department'] },
  { action: 'followUp', label: '跟单', from: OPEN, to: 'same', roles: ['deputy'] },
  { action: 'resolve', label: '办结', from: ['in_progress'], to: 'resolved', roles: ['department'] },
  { action: 'rate', label: '评价', from: ['resolved', 'answered'], to: 'rated', roles: ['resident'] },
  {
    action: 'reopen',
    label: '重新办理',
    from: ['rated'],
    to: (c: CaseFacts) => (c.resolvedBy === 'department' ? 'in_progress' : 'accepted'),
    roles: ['resident'],
    refuse: (c: CaseFacts) =>
      c.reopenCount > 0
        ? '每条诉求只能申请重新办理一次'
        : c.resultRating !== '不满意'
          ? '只有对办理结果不满意时才能申请重新办理'
          : null,
  },
  { action: 'withdraw', label: '撤回', from: ['submitted', 'accepted'], to: 'withdrawn', roles: ['resident'] },
  { action: 'merge', label: '合并', from: ['submitted', 'accepted'], to: 'merged', roles: ['staff', 'office'] },
  { action: 'close', label: '关闭', from: ['resolved', 'answered', 'rated'], to: 'closed', roles: ['system'] },
] as const satisfies readonly Transition[]

export type CaseAction = (typeof TRANSITIONS)[number]['action']

/** The actions people call through `cases` (the timer alone closes). */
export const CASE_ACTIONS = TRANSITIONS.filter((t) => !(t.roles as readonly Actor[]).includes('system')).map((t) => t.action)

export const transitionOf = (action: string): Transition | undefined =>
  (TRANSITIONS as readonly Transition[]).find((t) => t.action === action)

export const targetOf = (t: Transition, c: CaseFacts): CaseStatus =>
  t.to === 'same' ? c.status : typeof t.to === 'function' ? t.to(c) : t.to

export type Plan =
  | { ok: true; transition: Transition; to: CaseStatus }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string; message: string }

/**
 * May this actor make this move on a case in this state? Role first, then state, so a
 * person who may never do it hears so whatever state the case is in.
 */
export function planMove(action: string, c: CaseFacts, actor: Actor): Plan {
  const t = transitionOf(action)
  if (!t || !t.roles.includes(actor)) {
    return { ok: false, code: 'FORBIDDEN', reason: 'CASE.ROLE_CANNOT', message: `您的身份不能${t?.label ?? '进行此操作'}` }
  }
  if (!t.from.includes(c.status)) {
    return {
      ok: false,
      code: 'CONFLICT',
      reason: 'CASE.INVALID_TRANSITION',
      message: `这条诉求当前${statusLabel(c.status)}，不能${t.label}`,
    }
  }
  const refusal = t.refuse?.(c)
  if (refusal) return { ok: false, code: 'CONFLICT', reason: 'CASE.REFUSED', message: refusal }
  return { ok: true, transition: t, to: targetOf(t, c) }
}

/** After a rating, the case stays open only while the resident may still ask to reopen it. */
export const mayStillReopen = (c: CaseFacts): boolean => planMove('reopen', c, 'resident').ok

/** The states in which a role has a case to move on: its to-do list. */
export function statesAwaiting(role: Role): CaseStatus[] {
  const states = new Set<CaseStatus>()
  for (const t of TRANSITIONS as readonly Transition[]) {
    if (t.to !== 'same' && t.roles.includes(role)) t.from.forEach((s) => states.add(s))
  }
  return [...states]
}

/** The inbox filters: 待处理 (the role's to-do), 已超期, 全部. */
export const INBOX_FILTERS = ['new', 'overdue', 'all'] as const

/** How each timeline entry reads. */
export const EVENT_LABELS: Record<string, string> = {
  submit: '提交诉求',
  overdue: '超期提醒',
  ...Object.fromEntries((TRANSITIONS as readonly Transition[]).map((t) => [t.action, t.label])),
}
