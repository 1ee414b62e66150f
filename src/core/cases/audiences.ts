import { excerptOf } from '../privacy/redact'
import { publicExcerpt } from '../privacy/redact'
import { noteForResidents } from './redaction'
import { statusLabel, type CaseStatus } from './states'
import { OVERDUE_HOLDERS } from './holders'
import type { CaseAction } from './transitions'

/**
 * Who hears of a step in the loop (DESIGN.md §6, Messages): the resident who filed it and those
 * who follow it every status change and every follow-up; handlers what waits for them; the
 * office escalations and what no station holds; the office's leaders (`leader`) a case that runs
 * late a second time. The actor never hears of their own step.
 */
export type Audience = 'resident' | 'follower' | 'deputy' | 'station' | 'department' | 'office' | 'leader'

/** Every entry on a case's timeline: the table's moves, the filing, and the timer's overdue mark. */
export type StepAction = CaseAction | 'submit' | 'overdue'

export interface Step {
  action: StepAction
  from: CaseStatus | null
  to: CaseStatus | null
  /** The case is held by a station (else the office's queue stands in for it). */
  hasStation: boolean
  /** An overdue mark on a case that ran late before: escalated to the office's leaders. */
  escalate?: boolean
}

/** The handlers told of a step (residents are told by the rule in audiencesOf), and what their message is titled. */
type Heard =
  | { handlers: readonly [] }
  | { handlers: readonly [Audience, ...Audience[]] | ((s: Step) => readonly Audience[]); title: string }

const NO_HANDLER = { handlers: [] } as const

/** One row per timeline entry: a new move in the table does not compile until it is here. */
export const HEARD_BY = {
  submit: { handlers: ['deputy', 'station'], title: '新诉求待处理' },
  accept: NO_HANDLER,
  answer: NO_HANDLER,
  decline: NO_HANDLER,
  requestDispatch: { handlers: ['station', 'office'], title: '代表申请派单' },
  dispatch: { handlers: ['department'], title: '新派单待接单' },
  acceptOrder: NO_HANDLER,
  sendBack: { handlers: ['deputy', 'station'], title: '诉求被退单' },
  followUp: NO_HANDLER,
  resolve: { handlers: ['deputy'], title: '诉求已办结' },
  rate: { handlers: ['deputy', 'department'], title: '群众已评价' },
  // Back to whoever gave the result: the department, or the deputy and station that answered.
  reopen: { handlers: (s) => (s.to === 'in_progress' ? ['department', 'deputy'] : ['deputy', 'station']), title: '诉求重新办理' },
  urge: { handlers: (s) => ['office', ...(OVERDUE_HOLDERS[s.from!] ?? [])], title: '群众催办' },
  supervise: { handlers: (s) => OVERDUE_HOLDERS[s.from!] ?? [], title: '人大办督办' },
  addInfo: { handlers: (s) => OVERDUE_HOLDERS[s.from!] ?? [], title: '群众补充说明' },
  withdraw: { handlers: ['deputy', 'station'], title: '群众撤回了诉求' },
  merge: NO_HANDLER,
  close: NO_HANDLER,
  // A second stage run late goes up to the office's leaders too (first, so theirs is the message they read).
  overdue: { handlers: (s) => [...(s.escalate ? (['leader'] as const) : []), 'office', ...(OVERDUE_HOLDERS[s.from!] ?? [])], title: '诉求已超期' },
} satisfies Record<StepAction, Heard>

/** The status a push reports for a step that leaves the state where it was; a move reports its new state. */
const SAME_STATE_STATUS: Partial<Record<StepAction, string>> = { overdue: '已超期', followUp: '代表跟进', urge: '群众催办', supervise: '人大办督办', addInfo: '群众补充说明' }

export const stepStatus = (action: StepAction, state: CaseStatus): string => SAME_STATE_STATUS[action] ?? statusLabel(state)

export function audiencesOf(step: Step): Audience[] {
  const out = new Set<Audience>()
  if (step.action === 'followUp' || (step.action !== 'overdue' && step.from !== step.to)) out.add('resident').add('follower')
  const { handlers } = HEARD_BY[step.action] as Heard
  for (const a of typeof handlers === 'function' ? handlers(step) : handlers) out.add(a === 'station' && !step.hasStation ? 'office' : a)
  return [...out]
}

/**
 * Of the steps a resident hears of, those texted to a person WeChat cannot reach: not the filing
 * (a recorded case's own text tells its number) and not the closing their own rating makes.
 */
export const textedToResident = (s: { action: StepAction; payload: Record<string, unknown> }): boolean =>
  s.action !== 'submit' && !(s.action === 'close' && s.payload.reason === 'rated')

/** What a handler reads of a step: only steps with handlers reach one. */
function handlerTitle(action: StepAction): string {
  const heard: Heard = HEARD_BY[action]
  if (!('title' in heard)) throw new Error(`no handler hears of ${action}`)
  return heard.title
}

const BODY = 60

/**
 * The message a person of this audience reads about the step. The resident reads the step's
 * note unless it was written between handlers; a follower reads only what the author allowed
 * to be shown, redacted.
 */
export function messageOf(
  step: Step,
  audience: Audience,
  c: { number: string; category: string; text: string; showPublicly: boolean },
  note: string | null,
): { title: string; body: string } {
  const head = `${c.number}（${c.category}）`
  switch (audience) {
    case 'resident':
      return {
        title: step.action === 'followUp' ? '代表跟进了您的诉求' : `您的诉求${statusLabel(step.to ?? '')}`,
        body: head + excerptOf(noteForResidents(step.action, note) ?? c.text, BODY),
      }
    case 'follower':
      return {
        title: step.action === 'followUp' ? '代表跟进了您关注的诉求' : `您关注的诉求${statusLabel(step.to ?? '')}`,
        body: head + publicExcerpt(c.text, c.showPublicly, BODY),
      }
    case 'leader':
      return { title: '诉求再次超期，请领导督办', body: head + excerptOf(note ?? c.text, BODY) }
    default:
      return { title: handlerTitle(step.action), body: head + excerptOf(note ?? c.text, BODY) }
  }
}
