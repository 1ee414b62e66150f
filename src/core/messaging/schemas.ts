import { z } from 'zod'
import { cursor, uuid } from '../fields'

/** What `messages` takes: the in-app inbox, and what WeChat may push. */

export const messagesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('list'), cursor }),
    z.object({ action: z.literal('read'), ids: z.array(uuid('消息编号')).min(1).max(100) }),
    z.object({ action: z.literal('templates') }),
    z.object({ action: z.literal('subscribed'), accepted: z.array(z.string().min(1).max(64)).max(10) }),
  ],
  { error: '不支持的操作' },
)
