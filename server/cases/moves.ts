import { refusalOf } from '../../src/core/cases/plan'
import type { CaseDetail } from '../../src/core/cases/types'
import { roleMayMove } from '../../src/core/cases/access'
import { judgeMove, mayStillReopen, type CaseAction, type PersonAction, type Transition } from '../../src/core/cases/transitions'
import { errors } from '../../src/core/errors'
import { attachUploads } from '../media/uploads'
import { pushStepOf } from '../messaging/deliver'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, holdPhotos, screenText, sendPhotosToCheck } from '../safety/screening'
import { EFFECTS, type Effect } from './effects'
import { detailFor, factsOf, visibleCase } from './reading'
import { moveAndRecord, SYSTEM } from './steps'

/** A move as parsed at the edge: the case, the version the mover saw, and the payload the table's row asks for. */
export type MoveEvent = { action: string; id: string; version: number } & Record<string, unknown>

/**
 * One move in the loop. Permission before state: who may not touch the case hears
 * NOT_FOUND or FORBIDDEN whatever state it is in; then a stale version or a move the
 * table does not allow from here is a CONFLICT that says why.
 */
export async function makeMove(ctx: FnContext, t: Transition, event: MoveEvent): Promise<CaseDetail | null> {
  const user = await ctx.requireUser()
  const { db, now } = ctx.services
  const mover = async (q: Queryable, forUpdate: boolean) => {
    const { c, handles } = await visibleCase(q, user, event.id, forUpdate)
    if (!roleMayMove(user, t.action as PersonAction)) throw errors.forbidden.roleCannot(t.label)
    if (!handles) throw errors.forbidden.notHandler(t.label)
    return c
  }
  // Who may move it is known before its words (an answer, a result, a comment, a reason) are
  // checked, and they are checked before anything is written.
  const seen = await mover(db, false)
  const p = event as { text?: string; reason?: string; referral?: string; note?: string; comment?: string }
  const screened = await screenText(ctx, seen.district_id, '填写的内容', [p.text, p.reason, p.referral, p.note, p.comment], 2)
  await db.tx(async (q) => {
    const c = await mover(q, true)
    if (event.version !== c.version) throw errors.conflict.caseStale()
    const plan = judgeMove(t.action, factsOf(c), user.role)
    if (!plan.ok) throw refusalOf(plan, c.status)
    const { action: _a, id: _i, version: _v, ...payload } = event
    const effect = EFFECTS[t.action as CaseAction] as Effect<CaseAction>
    const at = now()
    const { patch, note } = await effect(q, payload as never, c, user, at)
    const step = { action: t.action as CaseAction, payload, note, noteHeld: screened.held }
    const { moved, eventId } = await moveAndRecord(q, c, plan.to, patch, step, user, at)
    const where = { districtId: c.district_id, stationId: c.station_id, authorId: user.id }
    await holdIfDoubtful(q, screened, { kind: 'note', refId: eventId, ...where, content: note ?? '' })
    await holdPhotos(q, ctx.services, await attachUploads(q, payload.media as string[] | undefined, user.id, c.id, eventId), where)
    // A rating that leaves nothing to reopen closes the case at once.
    if (t.action === 'rate' && !mayStillReopen(factsOf(moved))) {
      await moveAndRecord(q, moved, 'closed', {}, { action: 'close', payload: { reason: 'rated' }, note: '评价完成，诉求办结归档' }, SYSTEM, at)
    }
  })
  await pushStepOf(ctx.services, event.id)
  await sendPhotosToCheck(ctx.services).catch((err) => console.error('[picture check]', err))
  return detailFor(ctx, user, event.id, true)
}
