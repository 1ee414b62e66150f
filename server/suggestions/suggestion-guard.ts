import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { readsSuggestion } from '../../src/core/suggestions/access'
import { SUGGESTION_STATES } from '../../src/core/suggestions/states'
import { judgeSuggestion, type SuggestionAction, type SuggestionFacts } from '../../src/core/suggestions/transitions'
import type { Queryable } from '../db/queryable'
import { suggestionRow, type SuggestionRow } from './suggestions-repository'

/** The caller's part in a suggestion, as the transitions table reads it. */
export function partOf(v: Viewer, s: SuggestionRow): SuggestionFacts['part'] {
  const deputy = v.role === 'deputy' ? s.deputies.find((d) => d.id === v.deputyId) : undefined
  const unit = v.role === 'department' ? s.units.find((u) => u.id === v.departmentId) : undefined
  return {
    lead: deputy?.role === 'lead',
    preparer: v.role === 'staff' && !!v.stationId && v.stationId === s.stationId,
    cosigner: deputy?.role === 'co' && deputy.status !== 'declined',
    signer: deputy?.status === 'confirmed',
    leadUnit: unit?.role === 'lead',
    assistUnit: unit?.role === 'assist',
    signed: !!unit?.signedAt,
    contacted: s.contacts > 0,
    rated: !!deputy && deputy.ratedRound === s.round,
  }
}

/** What the transitions table needs of a suggestion and of the caller's part in it (`today`: the Shanghai day, for 督办's once a day). */
export function factsOf(v: Viewer, s: SuggestionRow, today?: string): SuggestionFacts {
  const handling = s.status === 'assigned' || s.status === 'rehandling'
  return {
    status: s.status,
    round: s.round,
    inProgress: handling ? s.key : s.grade === 'B' && !s.progressDone,
    overdue: s.overdue,
    supervisedToday: !!today && s.supervisedOn === today,
    extensionPending: s.extensionPending,
    redirectAsked: s.units.some((u) => u.role === 'lead' && !!u.redirect),
    part: partOf(v, s),
  }
}

/** A suggestion the caller may read (else NOT_FOUND: to anyone else it does not exist); `lock` holds its row. */
export async function readable(q: Queryable, v: Viewer, id: string, lock = false): Promise<SuggestionRow> {
  const s = await suggestionRow(q, id, lock)
  if (!s || !readsSuggestion(v, s)) throw errors.notFound.suggestion()
  return s
}

/**
 * The suggestion, locked, once the caller may make `action` on it at `version` (when given): its
 * state, the caller's role and part, and the version read are each checked, each with its own error.
 */
export async function forMove(q: Queryable, v: Viewer, id: string, action: SuggestionAction, version?: number, today?: string): Promise<SuggestionRow> {
  const s = await readable(q, v, id, true)
  const verdict = judgeSuggestion(action, v.role, factsOf(v, s, today))
  if (verdict === 'role') throw errors.forbidden.suggestionMove('您的身份不能进行这个操作')
  if (verdict === 'state') throw errors.conflict.suggestionState(SUGGESTION_STATES[s.status].label)
  if (verdict) throw errors.conflict.suggestionRefused(verdict)
  if (version !== undefined && version !== s.version) throw errors.conflict.suggestionStale()
  return s
}
