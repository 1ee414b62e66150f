import { isOpen } from '../../src/core/case-states'
import { DUPLICATE_RADIUS_M, pickSimilar } from '../../src/core/duplicates'
import { DomainError } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import type { CasesQueryEvent } from '../../src/core/schemas'
import { addFollower, caseById, openCasesLike } from '../db/cases-repository'
import type { UserRow } from '../db/users-repository'
import { caseNotFound, detailFor } from './case-moves'
import { routeOf } from './case-submit'
import type { FnContext } from './runtime'

type Similar = Extract<CasesQueryEvent, { action: 'similar' }>

/** While a resident files: open cases of the same category within 200 m, or at the same station. */
export async function similar(e: Similar, user: UserRow, ctx: FnContext) {
  const { db } = ctx.services
  const { route, districtId } = await routeOf(db, e, shanghaiDay(ctx.services.now()))
  const stationId = route.to === 'office' ? null : route.stationId
  const near = e.location ?? null
  const candidates = await openCasesLike(db, { districtId, category: e.category, notResident: user.id, stationId, near, radiusM: DUPLICATE_RADIUS_M })
  return { items: pickSimilar(candidates, near, stationId) }
}

/** Follow an open case instead of filing the same problem again: its every step reaches the follower. */
export async function follow(id: string, user: UserRow, ctx: FnContext) {
  if (user.role !== 'resident') throw new DomainError('FORBIDDEN', 'CASE.FOLLOW_RESIDENTS', '只有群众可以关注诉求')
  const { db } = ctx.services
  const c = await caseById(db, id)
  if (!c) throw caseNotFound()
  if (!isOpen(c.status)) throw new DomainError('CONFLICT', 'CASE.FOLLOW_CLOSED', '这条诉求已经办结，不能再关注，您可以提交新的诉求')
  if (c.resident_id !== user.id) await addFollower(db, c.id, user.id)
  return detailFor(ctx, user, c.id, false)
}
