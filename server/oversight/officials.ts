import { keepsOfficials } from '../../src/core/oversight/access'
import type { OversightEvent } from '../../src/core/oversight/schemas'
import type { Commitments, OfficialItem } from '../../src/core/oversight/types'
import { errors } from '../../src/core/errors'
import { audit } from '../audit/audit'
import { afterCursor, pageOf } from '../db/cursor'
import type { FnContext } from '../runtime/context'
import { commitmentsOf, insertOfficial, officialById, officialsPage, saveCommitmentRows, unitByCode, updateOfficial } from './officials-repository'

type Of<A extends OversightEvent['action']> = Extract<OversightEvent, { action: A }>

const PAGE = 50

async function keeper(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (!keepsOfficials(user)) throw errors.forbidden.officials()
  return { user, districtId: user.districtId! }
}

/** `oversight officials` (the office, the admin): the district's appointed officials, newest first. */
export async function officialList(ctx: FnContext, e: Of<'officials'>): Promise<{ items: OfficialItem[]; cursor?: string }> {
  const { districtId } = await keeper(ctx)
  return pageOf(await officialsPage(ctx.services.db, districtId, afterCursor(e.cursor), PAGE + 1), PAGE)
}

/** `oversight saveOfficial` (the office, the admin): an official added, or changed at the version read; audited with before and after. */
export async function saveOfficial(ctx: FnContext, e: Of<'saveOfficial'>): Promise<OfficialItem> {
  const { user, districtId } = await keeper(ctx)
  return ctx.services.db.tx(async (q) => {
    const departmentId = await unitByCode(q, districtId, e.departmentCode)
    if (!departmentId) throw errors.validation.unit()
    const fields = { name: e.name, post: e.post, departmentId, appointedOn: e.appointedOn, termEnds: e.termEnds ?? null }
    const before = e.id ? await officialById(q, e.id) : null
    if (e.id && (!before || before.districtId !== districtId)) throw errors.notFound.official()
    const id = e.id ?? (await insertOfficial(q, districtId, fields))
    if (e.id && !(await updateOfficial(q, e.id, e.version!, fields))) throw errors.conflict.officialStale()
    const after = (await officialById(q, id))!
    const { districtId: _d, ...shown } = after
    await audit(q, {
      actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: id, detail: `${e.id ? '修改' : '添加'}被任命人员 ${e.name}（${e.post}）`,
      before: before ? { 姓名: before.name, 职务: before.post, 单位: before.department.name, 任命日期: before.appointedOn } : null,
      after: { 姓名: after.name, 职务: after.post, 单位: after.department.name, 任命日期: after.appointedOn },
    })
    return shown
  })
}

/** `oversight commitments` (public): an official's commitments of a year (none yet: an empty list at no version). */
export async function commitmentsView(ctx: FnContext, e: Of<'commitments'>): Promise<Commitments> {
  const o = await officialById(ctx.services.db, e.officialId)
  if (!o) throw errors.notFound.official()
  const saved = await commitmentsOf(ctx.services.db, o.id, e.year)
  return { official: { id: o.id, name: o.name, post: o.post, department: o.department }, year: e.year, items: saved?.items ?? [], version: saved?.version ?? 0, updatedAt: saved?.updatedAt ?? null }
}

/** `oversight saveCommitments` (the office): the year's 履职承诺 saved whole, at the version read; audited. */
export async function saveCommitments(ctx: FnContext, e: Of<'saveCommitments'>): Promise<Commitments> {
  const { user, districtId } = await keeper(ctx)
  await ctx.services.db.tx(async (q) => {
    const o = await officialById(q, e.officialId)
    if (!o || o.districtId !== districtId) throw errors.notFound.official()
    if (!(await saveCommitmentRows(q, o.id, e.year, e.items, e.version, user.id))) throw errors.conflict.officialStale()
    await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: o.id, detail: `${o.name}${e.year}年履职承诺 ${e.items.length} 项` })
  })
  return commitmentsView(ctx, { action: 'commitments', officialId: e.officialId, year: e.year })
}
