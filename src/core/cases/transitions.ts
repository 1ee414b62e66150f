import type { Actor, Role } from '../identity/roles'
import { OPEN_STATUSES, type CaseStatus } from './states'
import type { Rating } from './ratings'

/** What the table needs to know of a case to decide a move. */
export interface CaseFacts {
  status: CaseStatus
  resultRating: Rating | null
  reopenCount: number
  /** Who gave the result the resident rated: a department (办结) or the deputy (当场答复). */
  resolvedBy: 'department' | 'deputy' | null
  /** The stage ran past its deadline. */
  overdue: boolean
  /** The resident urged this stage already. */
  urged: boolean
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
  refuse?: (c: CaseFacts) => Refusal | null
}

/** Why a move its state allows is still refused; the errors catalogue says it in words. */
export type Refusal = 'reopenOnce' | 'reopenNotUnsatisfied' | 'urgeNotOverdue' | 'urgeOnce' | 'superviseNotOverdue'

/**
 * The five-order loop as one table (DESIGN.md §2): who may move a case from where to where.
 * Each row is one `cases` action. Every per-action map is typed against it (payloads.ts,
 * audiences.ts, the server's effects, the client's forms), so a new row does not compile until
 * each says what the move carries, does, tells and asks. The client reads this table without
 * bundling zod or the errors catalogue.
 */
export const TRANSITIONS = [
  { action: 'accept', label: '受理', from: ['submitted'], to: 'accepted', roles: ['deputy', 'staff', 'office'] },
  { action: 'answer', label: '答复', from: ['submitted', 'accepted'], to: 'answered', roles: ['deputy', 'staff'] },
  { action: 'decline', label: '不予受理', from: ['submitted', 'accepted'], to: 'declined', roles: ['deputy', 'staff', 'office'] },
  { action: 'requestDispatch', label: '申请派单', from: ['submitted', 'accepted'], to: 'accepted', roles: ['deputy'] },
  { action: 'dispatch', label: '派单', from: ['accepted', 'dispatched'], to: 'dispatched', roles: ['staff', 'office'] },
  { action: 'acceptOrder', label: '接单', from: ['dispatched'], to: 'in_progress', roles: ['department'] },
  { action: 'sendBack', label: '退单', from: ['dispatched'], to: 'accepted', roles: ['department'] },
  { action: 'followUp', label: '跟单', from: OPEN_STATUSES, to: 'same', roles: ['deputy'] },
  { action: 'resolve', label: '办结', from: ['in_progress'], to: 'resolved', roles: ['department'] },
  { action: 'rate', label: '评价', from: ['resolved', 'answered'], to: 'rated', roles: ['resident'] },
  {
    action: 'reopen',
    label: '重新办理',
    from: ['rated'],
    to: (c: CaseFacts) => (c.resolvedBy === 'department' ? 'in_progress' : 'accepted'),
    roles: ['resident'],
    refuse: (c: CaseFacts) => (c.reopenCount > 0 ? 'reopenOnce' : c.resultRating !== '不满意' ? 'reopenNotUnsatisfied' : null),
  },
  // 催办: the resident presses a stage that ran late, once; its holder and the office hear of it.
  {
    action: 'urge',
    label: '催办',
    from: ['submitted', 'accepted', 'dispatched', 'in_progress'],
    to: 'same',
    roles: ['resident'],
    refuse: (c: CaseFacts) => (!c.overdue ? 'urgeNotOverdue' : c.urged ? 'urgeOnce' : null),
  },
  // 督办: the office presses whoever holds an overdue stage (at most once a day; effects.ts).
  {
    action: 'supervise',
    label: '督办',
    from: ['submitted', 'accepted', 'dispatched', 'in_progress'],
    to: 'same',
    roles: ['office'],
    refuse: (c: CaseFacts) => (!c.overdue ? 'superviseNotOverdue' : null),
  },
  // 补充说明: the resident adds what they left out; the stage, its holder and its deadline stay.
  { action: 'addInfo', label: '补充说明', from: OPEN_STATUSES, to: 'same', roles: ['resident'] },
  { action: 'withdraw', label: '撤回', from: ['submitted', 'accepted'], to: 'withdrawn', roles: ['resident'] },
  { action: 'merge', label: '合并', from: ['submitted', 'accepted'], to: 'merged', roles: ['staff', 'office'] },
  { action: 'close', label: '关闭', from: ['resolved', 'answered', 'rated'], to: 'closed', roles: ['system'] },
] as const satisfies readonly Transition[]

/** The actions of a table; a map `satisfies Record<CaseAction, …>` must name every one. */
export type ActionOf<Table extends readonly { action: string }[]> = Table[number]['action']
export type CaseAction = ActionOf<typeof TRANSITIONS>

/** The moves only the timer makes. */
type SystemAction = Extract<(typeof TRANSITIONS)[number], { roles: readonly 'system'[] }>['action']
/** The moves people make through `cases`. */
export type PersonAction = Exclude<CaseAction, SystemAction>

/** The actions people call through `cases` (the timer alone closes). */
export const CASE_ACTIONS = TRANSITIONS.filter((t) => !(t.roles as readonly Actor[]).includes('system')).map((t) => t.action) as PersonAction[]

export const transitionOf = (action: string): Transition | undefined =>
  (TRANSITIONS as readonly Transition[]).find((t) => t.action === action)

export const targetOf = (t: Transition, c: CaseFacts): CaseStatus =>
  t.to === 'same' ? c.status : typeof t.to === 'function' ? t.to(c) : t.to

export type Verdict =
  | { ok: true; transition: Transition; to: CaseStatus }
  | { ok: false; why: 'role' | 'state'; transition: Transition | undefined }
  | { ok: false; why: 'refused'; transition: Transition; refusal: Refusal }

/**
 * May this actor make this move on a case in this state? Role first, then state, so a
 * person who may never do it hears so whatever state the case is in. (plan.ts puts it in words.)
 */
export function judgeMove(action: string, c: CaseFacts, actor: Actor): Verdict {
  const t = transitionOf(action)
  if (!t || !t.roles.includes(actor)) return { ok: false, why: 'role', transition: t }
  if (!t.from.includes(c.status)) return { ok: false, why: 'state', transition: t }
  const refusal = t.refuse?.(c)
  if (refusal) return { ok: false, why: 'refused', transition: t, refusal }
  return { ok: true, transition: t, to: targetOf(t, c) }
}

/** After a rating, the case stays open only while the resident may still ask to reopen it. */
export const mayStillReopen = (c: CaseFacts): boolean => judgeMove('reopen', c, 'resident').ok

/** The states in which a role has a case to move on: its to-do list. */
export function statesAwaiting(role: Role): CaseStatus[] {
  const states = new Set<CaseStatus>()
  for (const t of TRANSITIONS as readonly Transition[]) {
    if (t.to !== 'same' && t.roles.includes(role)) t.from.forEach((s) => states.add(s))
  }
  return [...states]
}

/** 我的诉求's filters: 全部, and 待评价 (one's own results awaiting a rating). */
export const MINE_FILTERS = ['all', 'toRate'] as const

/** The states in which a result waits for its resident's rating (待评价). */
export const STATES_TO_RATE: readonly CaseStatus[] = transitionOf('rate')!.from

/** The inbox filters: 待处理 (the role's to-do), 办理中 (open), 已超期, 全部. */
export const INBOX_FILTERS = ['new', 'open', 'overdue', 'all'] as const

/** How each timeline entry reads. */
export const EVENT_LABELS: Record<string, string> = {
  submit: '提交诉求',
  overdue: '超期提醒',
  ...Object.fromEntries((TRANSITIONS as readonly Transition[]).map((t) => [t.action, t.label])),
}
