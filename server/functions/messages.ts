import { messagesEvent } from '../../src/core/messaging/schemas'
import { inboxOf, readMessages } from '../messaging/inbox'
import { subscribed, templatesToAsk } from '../messaging/quota'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 消息: the signed-in person's in-app inbox, and what they allow WeChat to push to them. */
export const messages: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(messagesEvent, raw)
  switch (e.action) {
    case 'list':
      return inboxOf(ctx, e.cursor)
    case 'read':
      return readMessages(ctx, e.ids)
    case 'templates':
      return templatesToAsk(ctx)
    case 'subscribed':
      return subscribed(ctx, e.accepted)
  }
}
