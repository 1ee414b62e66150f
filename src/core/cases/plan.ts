import { errors, type DomainError } from '../errors'
import type { Actor } from '../identity/roles'
import { statusLabel, type CaseStatus } from './states'
import { judgeMove, type CaseFacts, type Transition, type Verdict } from './transitions'

export type Plan =
  | { ok: true; transition: Transition; to: CaseStatus }
  | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; reason: string; message: string }

/** The catalogue's error for a move the table refuses on a case in `status`. */
export function refusalOf(v: Exclude<Verdict, { ok: true }>, status: CaseStatus): DomainError {
  const label = v.transition?.label ?? '进行此操作'
  if (v.why === 'refused') return errors.conflict[v.refusal]()
  return v.why === 'role' ? errors.forbidden.roleCannot(label) : errors.conflict.invalidTransition(statusLabel(status), label)
}

/** The table's verdict on a move, with the catalogue's code and words when it is no. */
export function planMove(action: string, c: CaseFacts, actor: Actor): Plan {
  const v = judgeMove(action, c, actor)
  if (v.ok) return v
  const e = refusalOf(v, c.status)
  return { ok: false, code: e.code as 'FORBIDDEN' | 'CONFLICT', reason: e.reason, message: e.message }
}
