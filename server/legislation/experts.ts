import { keepsExperts } from '../../src/core/legislation/access'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { ExpertItem } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import { audit } from '../audit/audit'
import type { FnContext } from '../runtime/context'
import { expertsOf, insertExpert, updateExpert } from './experts-repository'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

async function keeper(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (!keepsExperts(user)) throw errors.forbidden.experts()
  return { user, districtId: user.districtId! }
}

/** `legislation experts` (the admin, the office): the district's 专家库. */
export async function expertList(ctx: FnContext): Promise<{ items: ExpertItem[] }> {
  const { districtId } = await keeper(ctx)
  return { items: await expertsOf(ctx.services.db, districtId) }
}

/**
 * `legislation saveExpert` (the admin, the office): an entry of the 专家库 added, or changed at the
 * version read. An entry set inactive ends its consultants' access at once (their role is read
 * from it on every call). Audited.
 */
export async function saveExpert(ctx: FnContext, e: Of<'saveExpert'>): Promise<{ items: ExpertItem[] }> {
  const { user, districtId } = await keeper(ctx)
  const entry = { code: e.code, name: e.name, field: e.field, organisation: e.organisation, active: e.active }
  return ctx.services.db.tx(async (q) => {
    let subjectId = e.id
    if (e.id) {
      const done = await updateExpert(q, districtId, e.id, e.version!, entry)
      if (done === 'missing') throw errors.notFound.expert()
      if (done === 'stale') throw errors.conflict.dataStale()
      if (done === 'taken') throw errors.validation.expertCode()
    } else {
      subjectId = (await insertExpert(q, districtId, entry)) ?? undefined
      if (!subjectId) throw errors.validation.expertCode()
    }
    await audit(q, {
      actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: subjectId!,
      detail: `${e.id ? '修改' : '添加'}立法联系点专家 ${e.name}（${e.code}，${e.field}，${e.organisation}）${e.active ? '' : '，已停用'}`,
    })
    return { items: await expertsOf(q, districtId) }
  })
}
