import { errors } from '../../src/core/errors'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { dropSuggestionFollows, isPublished, setFollow } from './following-repository'

/** `suggestions follow`: a signed-in person follows a published suggestion (and hears of its answer and progress), or stops. */
export async function followSuggestion(ctx: FnContext, e: { id: string; on: boolean }): Promise<{ following: boolean }> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    if (!(await isPublished(q, e.id))) throw errors.notFound.publicSuggestion()
    await setFollow(q, e.id, user.id, e.on)
  })
  return { following: e.on }
}

/** A person whose account ended follows no suggestion. */
export const forgetSuggestionFollower = (q: Queryable, userId: string) => dropSuggestionFollows(q, userId)
