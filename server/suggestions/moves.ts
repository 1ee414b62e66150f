import type { Viewer } from '../../src/core/identity/viewer'
import type { SuggestionsEvent } from '../../src/core/suggestions/schemas'
import type { SuggestionView } from '../../src/core/suggestions/types'
import { formatShanghaiLong } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { accountsOfDeputy, handlersOf } from '../identity/accounts'
import { queuePushes, tellOnCases } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { suggestionView } from './reading'
import { residentsBehind } from './links-repository'
import { addEvent, type SuggestionRow } from './suggestions-repository'

/** One action's event, as `suggestions` parsed it. */
export type Of<A extends SuggestionsEvent['action']> = Extract<SuggestionsEvent, { action: A }>

/** Runs one move in a transaction as the signed-in caller, then answers the suggestion as `get` does. */
export async function move(ctx: FnContext, id: string, work: (q: Queryable, user: Viewer) => Promise<void>): Promise<SuggestionView> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx((q) => work(q, user))
  return suggestionView(ctx, id)
}

/** A step on its timeline, by the caller. */
export const event = (q: Queryable, s: { id: string }, user: Viewer, action: string, note?: string | null) =>
  addEvent(q, { suggestionId: s.id, action, actorId: user.id, actorRole: user.role, note })

/** Its deputies' accounts (the 领衔 and those who signed as 附议). */
export async function deputiesOf(q: Queryable, s: SuggestionRow): Promise<string[]> {
  const ids = s.deputies.filter((d) => d.status === 'confirmed').map((d) => d.id)
  return (await Promise.all(ids.map((d) => accountsOfDeputy(q, d)))).flat()
}

/**
 * Tells every resident behind it of a step, on their own case: in 消息, and by a subscribe
 * message (opening their case) where they allowed one.
 */
export async function tellResidents(q: Queryable, s: SuggestionRow, at: Date, message: { title: string; body: string; status: string }): Promise<void> {
  const behind = await residentsBehind(q, s.id)
  await tellOnCases(q, behind, message.title, message.body)
  const vals = { number: s.number ?? '', status: message.status, title: s.title, body: message.body, category: s.category, time: formatShanghaiLong(at) }
  for (const r of behind) await queuePushes(q, { userIds: [r.userId], kind: 'status', page: `/pages/case/index?id=${r.caseId}`, vals })
}

/** Its lead unit's handlers. */
export const leadHandlers = async (q: Queryable, s: SuggestionRow): Promise<string[]> => {
  const lead = s.units.find((u) => u.role === 'lead')
  return lead ? handlersOf(q, [lead.id]) : []
}
