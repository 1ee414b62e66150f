import { templateKindsFor } from '../../src/core/messaging/subscribe'
import type { FnContext } from '../runtime/context'
import { addQuota, quotaOf } from './outbox-repository'

/** What the mini-program asks the person to allow: the templates their role is told by. */
export async function templatesToAsk(ctx: FnContext): Promise<{ ids: string[] }> {
  const user = await ctx.requireUser()
  const templates = ctx.services.push?.templates ?? {}
  return { ids: templateKindsFor(user.role).flatMap((k) => (templates[k] ? [templates[k].id] : [])) }
}

/** One send per 'accept' from wx.requestSubscribeMessage, for templates this deployment uses. */
export async function subscribed(ctx: FnContext, accepted: string[]): Promise<{ quota: Record<string, number> }> {
  const user = await ctx.requireUser()
  const known = new Set(Object.values(ctx.services.push?.templates ?? {}).map((t) => t.id))
  await addQuota(ctx.services.db, user.id, [...new Set(accepted)].filter((id) => known.has(id)))
  return { quota: await quotaOf(ctx.services.db, user.id) }
}
