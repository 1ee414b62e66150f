import type { Actor } from '../identity/roles'
import type { SuggestionStatus } from './states'

/** What the table needs to know of a suggestion to decide a move. */
export interface SuggestionFacts {
  status: SuggestionStatus
  /** The answer round: 0 before the first answer, 1 after it, 2 after the re-handling's. */
  round: number
  /** Its unit reports progress: a B answer (正在解决) not yet declared done, or a 重点督办 one still being handled. */
  inProgress: boolean
  /** Past its due day unanswered (marked by the timer), and whether the office pressed it today already. */
  overdue: boolean
  supervisedToday: boolean
  /** A unit's request for more time waits for the office. */
  extensionPending: boolean
  /** Its lead unit asked the office for another unit (申请调整). */
  redirectAsked: boolean
  /** The caller's part in it. */
  /** `cosigner`: invited to 附议 and not declined; `signer`: its 领衔 or a 附议 deputy who signed it. */
  /** `preparer`: staff of its station, who may prepare its draft for the deputy. */
  part: { lead: boolean; preparer: boolean; cosigner: boolean; signer: boolean; leadUnit: boolean; assistUnit: boolean; signed: boolean; contacted: boolean; rated: boolean }
}

/** Why a move its state allows is still refused; the catalogue says it in words. */
export type SuggestionRefusal = 'notLead' | 'notSigner' | 'notLeadUnit' | 'notAssistUnit' | 'notSigned' | 'noContact' | 'signedAlready' | 'ratedAlready' | 'notInProgress'
  | 'notOverdue' | 'supervisedToday' | 'extensionPending' | 'noExtension' | 'redirectAsked'

export interface SuggestionTransition {
  action: string
  label: string
  from: readonly SuggestionStatus[]
  roles: readonly Actor[]
  refuse?: (s: SuggestionFacts) => SuggestionRefusal | null
}

const lead = (s: SuggestionFacts) => (s.part.lead ? null : 'notLead')
const leadUnit = (s: SuggestionFacts) => (s.part.leadUnit ? null : 'notLeadUnit')

/**
 * 建议办理 as one table: who may make which move from which states. Where a move goes is the
 * server's (handling.ts) — a review's outcome, a rating's round — so the table says only who and
 * from where, which is what both the server's guard and the client's buttons need.
 */
export const SUGGESTION_TRANSITIONS = [
  { action: 'draft', label: '修改草稿', from: ['draft', 'returned'], roles: ['deputy', 'staff'], refuse: (s) => (s.part.lead || s.part.preparer ? null : 'notLead') },
  { action: 'withdraw', label: '撤回', from: ['draft', 'returned', 'submitted', 'accepted'], roles: ['deputy'], refuse: lead },
  { action: 'submit', label: '提交', from: ['draft', 'returned'], roles: ['deputy'], refuse: lead },
  { action: 'cosign', label: '附议', from: ['draft', 'returned', 'submitted', 'accepted'], roles: ['deputy'], refuse: (s) => (s.part.cosigner ? null : 'notSigner') },
  { action: 'review', label: '审查', from: ['submitted'], roles: ['office'] },
  { action: 'merge', label: '并案', from: ['submitted', 'accepted'], roles: ['office'] },
  { action: 'assign', label: '交办', from: ['accepted', 'assigned'], roles: ['office'] },
  { action: 'sign', label: '签收', from: ['assigned', 'rehandling'], roles: ['department'], refuse: (s) => (!s.part.leadUnit && !s.part.assistUnit ? 'notLeadUnit' : s.part.signed ? 'signedAlready' : null) },
  { action: 'contact', label: '联系代表', from: ['assigned', 'rehandling'], roles: ['department'], refuse: (s) => leadUnit(s) ?? (s.part.signed ? null : 'notSigned') },
  { action: 'assistView', label: '协办意见', from: ['assigned', 'rehandling'], roles: ['department'], refuse: (s) => (!s.part.assistUnit ? 'notAssistUnit' : s.part.signed ? null : 'notSigned') },
  {
    action: 'answer',
    label: '答复',
    from: ['assigned', 'rehandling'],
    roles: ['department'],
    refuse: (s) => leadUnit(s) ?? (!s.part.signed ? 'notSigned' : !s.part.contacted ? 'noContact' : null),
  },
  // The 领衔 deputy's rating decides (closes it, or sends it back once); a 附议 deputy may rate until the next answer.
  {
    action: 'evaluate',
    label: '评价',
    from: ['answered', 'closed'],
    roles: ['deputy'],
    refuse: (s) => (!s.part.signer ? 'notSigner' : s.part.rated ? 'ratedAlready' : null),
  },
  // Before signing, the lead unit may ask the office for another unit (申请调整); the office decides by 交办 again.
  { action: 'redirect', label: '申请调整', from: ['assigned'], roles: ['department'], refuse: (s) => leadUnit(s) ?? (s.part.signed ? 'signedAlready' : s.redirectAsked ? 'redirectAsked' : null) },
  // More time, with the office's consent: one request at a time.
  { action: 'extend', label: '申请延期', from: ['assigned'], roles: ['department'], refuse: (s) => leadUnit(s) ?? (s.extensionPending ? 'extensionPending' : null) },
  { action: 'decideExtension', label: '审批延期', from: ['assigned'], roles: ['office'], refuse: (s) => (s.extensionPending ? null : 'noExtension') },
  // A B answer reports its progress each quarter until its unit declares it done (回头看); a 重点督办 one its milestones while handled.
  { action: 'progress', label: '办理进展', from: ['assigned', 'rehandling', 'answered', 'closed'], roles: ['department'], refuse: (s) => leadUnit(s) ?? (s.inProgress ? null : 'notInProgress') },
  { action: 'prioritize', label: '重点督办', from: ['accepted', 'assigned', 'answered', 'rehandling'], roles: ['office'] },
  // The office presses an overdue suggestion's units, at most once a day.
  { action: 'supervise', label: '督办', from: ['assigned', 'rehandling'], roles: ['office'], refuse: (s) => (!s.overdue ? 'notOverdue' : s.supervisedToday ? 'supervisedToday' : null) },
  // The office keeps an answer off the public page, with a reason.
  { action: 'withhold', label: '不予公开', from: ['assigned', 'answered', 'rehandling', 'closed'], roles: ['office'] },
] as const satisfies readonly SuggestionTransition[]

export type SuggestionAction = (typeof SUGGESTION_TRANSITIONS)[number]['action']

/** Whether `actor` may make `action` on the suggestion: null when it may, else why not ('state', 'role' or a refusal). */
export function judgeSuggestion(action: SuggestionAction, actor: Actor, s: SuggestionFacts): 'state' | 'role' | SuggestionRefusal | null {
  const t: SuggestionTransition = SUGGESTION_TRANSITIONS.find((x) => x.action === action)!
  if (!t.roles.includes(actor)) return 'role'
  if (!t.from.includes(s.status)) return 'state'
  return t.refuse?.(s) ?? null
}
