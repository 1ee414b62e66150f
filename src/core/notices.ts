import { statusLabel, type CaseStatus } from './case-states'

/**
 * Who hears of a step in the loop (DESIGN.md §5, issue 3): residents every status change;
 * deputies new and overdue cases; staff their station's queue; departments new orders;
 * the office escalations and what no station holds. The actor never hears of their own step.
 */
export type Audience = 'resident' | 'deputy' | 'station' | 'department' | 'office'

export interface Step {
  action: string
  from: CaseStatus | null
  to: CaseStatus | null
  /** The case is held by a station (else the office's queue stands in for it). */
  hasStation: boolean
}

const HANDLERS: Record<string, Audience[]> = {
  submit: ['deputy', 'station'],
  requestDispatch: ['station', 'office'],
  dispatch: ['department'],
  sendBack: ['deputy', 'station'],
  resolve: ['deputy'],
  rate: ['deputy', 'department'],
  withdraw: ['deputy', 'station'],
}

/** Overdue reaches the office and whoever holds the stage that ran late. */
const OVERDUE_HOLDERS: Partial<Record<CaseStatus, Audience[]>> = {
  submitted: ['deputy', 'station'],
  accepted: ['deputy', 'station'],
  dispatched: ['department'],
  in_progress: ['department', 'deputy'],
}

export function audiencesOf(step: Step): Audience[] {
  const out = new Set<Audience>()
  if (step.action === 'followUp' || (step.action !== 'overdue' && step.from !== step.to)) out.add('resident')
  const handlers =
    step.action === 'overdue'
      ? ['office' as const, ...(OVERDUE_HOLDERS[step.from!] ?? [])]
      : step.action === 'reopen'
        ? step.to === 'in_progress' ? ['department' as const, 'deputy' as const] : ['deputy' as const, 'station' as const]
        : (HANDLERS[step.action] ?? [])
  for (const a of handlers) out.add(a === 'station' && !step.hasStation ? 'office' : a)
  return [...out]
}

const HANDLER_TITLES: Record<string, string> = {
  submit: '新诉求待处理',
  requestDispatch: '代表申请派单',
  dispatch: '新派单待接单',
  sendBack: '诉求被退单',
  resolve: '诉求已办结',
  rate: '群众已评价',
  reopen: '诉求重新办理',
  withdraw: '群众撤回了诉求',
  overdue: '诉求已超期',
}

const excerpt = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s)

/** The message a person of this audience reads about the step. */
export function noticeOf(
  step: Step,
  audience: Audience,
  c: { number: string; category: string; text: string },
  note: string | null,
): { title: string; body: string } {
  const title =
    audience === 'resident'
      ? step.action === 'followUp'
        ? '代表跟进了您的诉求'
        : `您的诉求${statusLabel(step.to ?? '')}`
      : (HANDLER_TITLES[step.action] ?? `诉求${statusLabel(step.to ?? '')}`)
  const body = `${c.number}（${c.category}）${excerpt(note ?? c.text, 60)}`
  return { title, body }
}
