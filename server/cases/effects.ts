import { canHandleCase } from '../../src/core/cases/access'
import type { MovePayload } from '../../src/core/cases/payloads'
import { isOpen } from '../../src/core/cases/states'
import type { CaseAction } from '../../src/core/cases/transitions'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { requireDepartment } from '../districts/districts'
import type { Viewer } from '../../src/core/identity/viewer'
import { caseById, type CaseRow, type MovePatch } from './cases-repository'
import { addFollower } from './followers-repository'
import { scopeOf } from './reading'

/** What a move changes besides the state, and how its timeline entry reads. */
export interface Outcome {
  patch: MovePatch
  note: string | null
}

export type Effect<A extends CaseAction> = (q: Queryable, p: MovePayload<A>, c: CaseRow, actor: Viewer, at: Date) => Outcome | Promise<Outcome>

const nothing = (): Outcome => ({ patch: {}, note: null })

/** One row per move of the transitions table: a new move does not compile until it says what it does. */
export const EFFECTS = {
  accept: nothing,
  answer: (_q, p) => ({ patch: { resolved_by: 'deputy' }, note: p.text }),
  decline: (_q, p) => ({ patch: {}, note: `${p.reason}${p.referral ? `（建议途径：${p.referral}）` : ''}` }),
  requestDispatch: (_q, p) => ({ patch: {}, note: p.note ?? null }),
  dispatch: async (q, p, c) => {
    const department = await requireDepartment(q, p.departmentId, c.district_id)
    return { patch: { department_id: p.departmentId }, note: `派往${department.name}${p.note ? `：${p.note}` : ''}` }
  },
  acceptOrder: nothing,
  sendBack: (_q, p) => ({ patch: { department_id: null }, note: p.reason }),
  followUp: (_q, p) => ({ patch: {}, note: p.text }),
  resolve: (_q, p) => ({ patch: { resolved_by: 'department' }, note: p.text }),
  rate: (_q, p) => ({
    patch: { result_rating: p.resultRating, follow_up_rating: p.followUpRating },
    note: `办理结果${p.resultRating}，代表跟进${p.followUpRating}${p.comment ? `。${p.comment}` : ''}`,
  }),
  reopen: (_q, p, c) => ({ patch: { reopen_count: c.reopen_count + 1 }, note: p.reason }),
  urge: () => ({ patch: { urged: true }, note: '群众催办：这一环节已超过办理时限' }),
  supervise: (_q, p, c, _actor, at) => {
    if (c.supervised_at && shanghaiDay(c.supervised_at) === shanghaiDay(at)) throw errors.conflict.superviseDaily()
    return { patch: { supervised_at: at }, note: `人大办督办：${p.note ?? '这一环节已超过办理时限，请抓紧办理'}` }
  },
  addInfo: (_q, p) => ({ patch: {}, note: p.text }),
  withdraw: nothing,
  merge: async (q, p, c, actor) => {
    const into = await caseById(q, p.intoId)
    // Only into a case the mover handles too: staff may not reach into another station's cases.
    if (!into || into.id === c.id || into.district_id !== c.district_id || !canHandleCase(actor, scopeOf(into, false))) throw errors.validation.mergeTarget()
    if (!isOpen(into.status)) throw errors.conflict.mergeClosed()
    // The resident of the merged case hears of every step of the one it joined.
    await addFollower(q, into.id, c.resident_id)
    return { patch: { merged_into: into.id }, note: `合并到 ${into.number}` }
  },
  // The timer closes with a note of its own (deadlines.ts, and a rating that leaves nothing to reopen).
  close: nothing,
} satisfies { [A in CaseAction]: Effect<A> }
