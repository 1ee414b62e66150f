import { messagesEvent } from '../../src/core/schemas'
import { listMessages, markRead, unreadCount } from '../db/messages-repository'
import { addQuota, quotaOf } from '../db/outbox-repository'
import { parseEvent, type FunctionHandler } from './runtime'

const MESSAGES_PAGE = 50

/** 消息: the signed-in person's in-app inbox, and what they allow WeChat to push to them. */
export const messages: FunctionHandler = async (raw, ctx) => {
  const event = parseEvent(messagesEvent, raw)
  const user = await ctx.requireUser()
  const { db } = ctx.services
  switch (event.action) {
    case 'list':
      return listMessages(db, user.id, MESSAGES_PAGE)
    case 'read':
      await markRead(db, user.id, event.ids)
      return { unread: await unreadCount(db, user.id) }
    case 'templates': {
      // What the mini-program asks the person to allow: the templates their role is told by.
      const templates = ctx.services.push?.templates ?? {}
      const kinds = [user.role === 'resident' ? 'status' : 'todo', 'reminder'] as const
      return { ids: kinds.flatMap((k) => (templates[k] ? [templates[k].id] : [])) }
    }
    case 'subscribed': {
      // One send per 'accept' from wx.requestSubscribeMessage, for templates this deployment uses.
      const known = new Set(Object.values(ctx.services.push?.templates ?? {}).map((t) => t.id))
      await addQuota(db, user.id, [...new Set(event.accepted)].filter((id) => known.has(id)))
      return { quota: await quotaOf(db, user.id) }
    }
  }
}
