import { messagesEvent } from '../../src/core/schemas'
import { listMessages, markRead, unreadCount } from '../db/messages-repository'
import { parseEvent, type FunctionHandler } from './runtime'

const MESSAGES_PAGE = 50

/** 消息: the signed-in person's in-app inbox. */
export const messages: FunctionHandler = async (raw, ctx) => {
  const event = parseEvent(messagesEvent, raw)
  const user = await ctx.requireUser()
  const { db } = ctx.services
  if (event.action === 'list') return listMessages(db, user.id, MESSAGES_PAGE)
  await markRead(db, user.id, event.ids)
  return { unread: await unreadCount(db, user.id) }
}
