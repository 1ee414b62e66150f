import { mayFile, mayFollow } from '../../src/core/cases/access'
import { DUPLICATE_RADIUS_M, pickSimilar, type SimilarCase } from '../../src/core/cases/duplicates'
import type { CasesQueryEvent } from '../../src/core/cases/schemas'
import { isOpen } from '../../src/core/cases/states'
import type { CaseDetail } from '../../src/core/cases/types'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import type { FnContext } from '../runtime/context'
import { caseById } from './cases-repository'
import { addFollower, dropOldOffers, rememberOffers, wasOffered } from './followers-repository'
import { detailFor } from './reading'
import { routeOf } from './routing'
import { openCasesLike } from './views-repository'

type Similar = Extract<CasesQueryEvent, { action: 'similar' }>

/** While a resident files: others' open cases of the same category within 200 m, or at the same station. */
export async function similar(ctx: FnContext, e: Similar): Promise<{ items: SimilarCase[] }> {
  const user = await ctx.requireUser()
  if (!mayFile(user)) throw errors.forbidden.fileResidents()
  const { db } = ctx.services
  const { route, districtId } = await routeOf(db, e, shanghaiDay(ctx.services.now()))
  const stationId = route.to === 'office' ? null : route.stationId
  const near = e.location ?? null
  const candidates = await openCasesLike(db, { districtId, category: e.category, notResident: user.id, stationId, near, radiusM: DUPLICATE_RADIUS_M })
  const items = pickSimilar(candidates, near, stationId)
  await rememberOffers(db, user.id, items.map((c) => c.id))
  return { items }
}

/**
 * Follow an open case instead of filing the same problem again: its every step reaches the
 * follower. Only a case its author made public, or one 'similar' showed this person; any other
 * is answered as one that does not exist.
 */
export async function follow(ctx: FnContext, id: string): Promise<CaseDetail | null> {
  const user = await ctx.requireUser()
  if (!mayFollow(user)) throw errors.forbidden.followResidents()
  const { db } = ctx.services
  const c = await caseById(db, id)
  if (!c || !(c.show_publicly || c.resident_id === user.id || (await wasOffered(db, user.id, c.id)))) throw errors.notFound.case()
  if (!isOpen(c.status)) throw errors.conflict.followClosed()
  if (c.resident_id !== user.id) await addFollower(db, c.id, user.id)
  return detailFor(ctx, user, c.id, false)
}

/** Offers of similar cases past their day are forgotten (the timer's chore). */
export const forgetOldOffers = dropOldOffers
