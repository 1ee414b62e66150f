import type { MessageList } from '../../core/messaging/types'
import { callFunction } from './call'

/** `messages`: 消息, and what WeChat may push. */

/** A page of 消息, newest first; `cursor` continues with older ones. */
export const listMessages = (cursor?: string) => callFunction<MessageList>('messages', { action: 'list', ...(cursor ? { cursor } : {}) })
export const readMessages = (ids: string[]) => callFunction<{ unread: number }>('messages', { action: 'read', ids })
export const pushTemplates = () => callFunction<{ ids: string[] }>('messages', { action: 'templates' })
export const reportSubscribed = (accepted: string[]) => callFunction<{ quota: Record<string, number> }>('messages', { action: 'subscribed', accepted })
