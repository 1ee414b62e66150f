import type { MessageList } from '../../src/core/messaging/types'
import { afterCursor, pageOf } from '../db/cursor'
import type { FnContext } from '../runtime/context'
import { forgetRecipient, insertCaseMessages, insertPathMessages, insertPlainMessages, listMessages, markRead, notifyAudience, unreadCount } from './messages-repository'
import { enqueuePlainPushes } from './outbox-repository'
import { queueStepSms } from './sms-repository'

const MESSAGES_PAGE = 50

/** 消息: the signed-in person's in-app inbox, newest first, a page at a time. */
export async function inboxOf(ctx: FnContext, cursor?: string): Promise<MessageList> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const rows = await listMessages(db, user.id, afterCursor(cursor), MESSAGES_PAGE + 1)
  return { ...pageOf(rows, MESSAGES_PAGE), unread: await unreadCount(db, user.id) }
}

/** How many of the person's messages are unread. */
export { unreadCount }

/** Marks the person's own messages read (others' ids are ignored); answers what is left unread. */
export async function readMessages(ctx: FnContext, ids: string[]): Promise<{ unread: number }> {
  const user = await ctx.requireUser()
  await markRead(ctx.services.db, user.id, ids)
  return { unread: await unreadCount(ctx.services.db, user.id) }
}

/** Tells people something that belongs to no case (reception days, appointments, profile reviews), in the caller's transaction. */
export const tell = insertPlainMessages

/** Tells each person their own words, opening a page of the app when tapped (a draft law's comparison), in the caller's transaction. */
export const tellOpening = insertPathMessages

/** Tells residents, each on their own case, what became of something built on it (a suggestion), in the caller's transaction. */
export const tellOnCases = insertCaseMessages

/** Tells one audience of a case's step, in the step's transaction: its messages and its queued pushes. */
export const tellCaseAudience = notifyAudience

/** Texts the resident a case's step, in the step's transaction, when WeChat will not push it to them (or the case waits to be claimed). */
export const textCaseResident = queueStepSms

/** Queues a push that belongs to no case, for those of the people with quota left. */
export const queuePushes = enqueuePlainPushes

/** A person whose account ended is told nothing more, and what they were told goes. */
export const forgetPerson = forgetRecipient
