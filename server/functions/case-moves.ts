import { canHandleCase, canSeeCase, type Viewer } from '../../src/core/case-access'
import { isOpen } from '../../src/core/case-states'
import { DomainError } from '../../src/core/errors'
import { moveEvent } from '../../src/core/schemas'
import { mayStillReopen, planMove, type CaseFacts, type Transition } from '../../src/core/transitions'
import type { CaseDetail } from '../../src/core/types'
import { caseDetail } from '../db/case-views'
import { addFollower, caseById, isFollower, storedPhone, type CaseRow, type MovePatch } from '../db/cases-repository'
import type { Queryable } from '../db/database'
import { departmentInDistrict } from '../db/districts-repository'
import type { UserRow } from '../db/users-repository'
import { decryptPhone } from '../privacy/phone'
import { moveAndRecord, type StepActor } from './case-steps'
import { pushStepOf } from '../push/deliver'
import { attachUploads, caseMedia } from './case-media'
import { parseEvent, type FnContext } from './runtime'

export const viewerOf = (u: UserRow): Viewer => ({
  id: u.id,
  role: u.role,
  deputyId: u.deputy_id,
  stationId: u.station_id,
  departmentId: u.department_id,
  districtId: u.district_id,
})

export const caseNotFound = () => new DomainError('NOT_FOUND', 'CASE.NOT_FOUND', '没有找到这条诉求')

export const factsOf = (c: CaseRow): CaseFacts => ({
  status: c.status,
  resultRating: c.result_rating,
  reopenCount: c.reopen_count,
  resolvedBy: c.resolved_by,
})

/** Loads a case the user may see; one they may not see is answered like one that does not exist. */
export async function visibleCase(q: Queryable, user: UserRow, id: string, forUpdate = false) {
  const c = await caseById(q, id, forUpdate)
  if (!c) throw caseNotFound()
  const scope = {
    residentId: c.resident_id,
    deputyId: c.deputy_id,
    stationId: c.station_id,
    departmentId: c.department_id,
    districtId: c.district_id,
    followed: c.resident_id !== user.id && (await isFollower(q, c.id, user.id)),
  }
  const viewer = viewerOf(user)
  if (!canSeeCase(viewer, scope)) throw caseNotFound()
  return { c, handles: canHandleCase(viewer, scope) }
}

/** The handlers who may need to call the resident back. */
const CALLERS_BACK: readonly string[] = ['deputy', 'staff', 'department']

/** The case as this person reads it: the whole phone number only for a handler who calls back. */
export async function detailFor(ctx: FnContext, user: UserRow, id: string, handles: boolean): Promise<CaseDetail | null> {
  const { db, phoneKey } = ctx.services
  const detail = await caseDetail(db, id, user.id)
  if (!detail) return null
  const stored = handles && phoneKey && CALLERS_BACK.includes(user.role) ? await storedPhone(db, id) : null
  const media = await caseMedia(ctx, id)
  // A resident who follows another's case reads the problem, not how to reach that person.
  const phone = stored && phoneKey ? decryptPhone(stored, phoneKey) : user.role === 'resident' && !detail.mine ? null : detail.phone
  return { ...detail, media, phone }
}

type Payload = Record<string, unknown>

/** What a move changes besides the state, and how its timeline entry reads. */
async function effectsOf(q: Queryable, action: string, p: Payload, c: CaseRow): Promise<{ patch: MovePatch; note: string | null }> {
  const text = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null)
  switch (action) {
    case 'answer':
      return { patch: { resolved_by: 'deputy' }, note: text('text') }
    case 'resolve':
      return { patch: { resolved_by: 'department' }, note: text('text') }
    case 'decline':
      return { patch: {}, note: `${text('reason')}${p.referral ? `（建议途径：${text('referral')}）` : ''}` }
    case 'dispatch': {
      const department = await departmentInDistrict(q, p.departmentId as string, c.district_id)
      if (!department) throw new DomainError('VALIDATION', 'CASE.DEPARTMENT_UNKNOWN', '请选择本区的承办部门')
      return { patch: { department_id: p.departmentId as string }, note: `派往${department.name}${p.note ? `：${text('note')}` : ''}` }
    }
    case 'sendBack':
      return { patch: { department_id: null }, note: text('reason') }
    case 'rate':
      return {
        patch: { result_rating: p.resultRating as never, follow_up_rating: p.followUpRating as never },
        note: `办理结果${p.resultRating}，代表跟进${p.followUpRating}${p.comment ? `。${text('comment')}` : ''}`,
      }
    case 'reopen':
      return { patch: { reopen_count: c.reopen_count + 1 }, note: text('reason') }
    case 'merge': {
      const into = await caseById(q, p.intoId as string)
      if (!into || into.id === c.id || into.district_id !== c.district_id) {
        throw new DomainError('VALIDATION', 'CASE.MERGE_TARGET', '请选择本区另一条诉求进行合并')
      }
      if (!isOpen(into.status)) throw new DomainError('CONFLICT', 'CASE.MERGE_CLOSED', '要合并到的诉求已经结束')
      await addFollower(q, into.id, c.resident_id)
      return { patch: { merged_into: into.id }, note: `合并到 ${into.number}` }
    }
    default:
      return { patch: {}, note: text('text') ?? text('note') }
  }
}

/**
 * One move in the loop. Permission before state: who may not touch the case hears
 * NOT_FOUND or FORBIDDEN whatever state it is in; then a stale version or a move the
 * table does not allow from here is a CONFLICT that says why.
 */
export async function move(t: Transition, raw: unknown, user: UserRow, ctx: FnContext): Promise<CaseDetail | null> {
  const event = parseEvent(moveEvent(t), raw) as Payload & { id: string; version: number }
  const { db, now } = ctx.services
  await db.tx(async (q) => {
    const { c, handles } = await visibleCase(q, user, event.id, true)
    if (!t.roles.includes(user.role)) throw new DomainError('FORBIDDEN', 'CASE.ROLE_CANNOT', `您的身份不能${t.label}`)
    if (!handles) throw new DomainError('FORBIDDEN', 'CASE.NOT_HANDLER', `这条诉求不由您${t.label}`)
    if (event.version !== c.version) {
      throw new DomainError('CONFLICT', 'CASE.STALE', '这条诉求刚刚有了新进展，请刷新后再试')
    }
    const plan = planMove(t.action, factsOf(c), user.role)
    if (!plan.ok) throw new DomainError(plan.code, plan.reason, plan.message)
    const { action: _a, id: _i, version: _v, ...payload } = event
    const { patch, note } = await effectsOf(q, t.action, payload, c)
    const actor: StepActor = { id: user.id, role: user.role }
    const at = now()
    const { moved, eventId } = await moveAndRecord(q, c, plan.to, patch, { action: t.action, payload, note }, actor, at)
    await attachUploads(q, payload.media as string[] | undefined, user.id, c.id, eventId)
    // A rating that leaves nothing to reopen closes the case at once.
    if (t.action === 'rate' && !mayStillReopen(factsOf(moved))) {
      await moveAndRecord(q, moved, 'closed', {}, { action: 'close', payload: { reason: 'rated' }, note: '评价完成，诉求办结归档' }, { id: null, role: 'system' }, at)
    }
  })
  await pushStepOf(ctx.services, event.id)
  return detailFor(ctx, user, event.id, true)
}
