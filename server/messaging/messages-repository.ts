import type { Audience } from '../../src/core/cases/audiences'
import type { MessageValue, TemplateKind } from '../../src/core/messaging/subscribe'
import type { Message } from '../../src/core/messaging/types'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'

/** The users behind an audience of a case. */
const AUDIENCE_SQL: Record<Audience, string> = {
  // A case staff recorded for someone is theirs to hear of once claimed; until then the recorder hears as staff, and the person by text.
  resident: 'select resident_id as id from cases where id = $1 and not claimable',
  follower: 'select user_id as id from case_followers where case_id = $1',
  // The case's deputy (or the one on duty it was suggested to), and for a reception case the deputies on that day's duty.
  deputy: `select u.id from users u join cases c on coalesce(c.deputy_id, c.suggested_deputy_id) = u.deputy_id
           where c.id = $1 and u.role = 'deputy'
           union select u.id from users u join reception_notices n on u.deputy_id = any(n.deputy_ids) join cases c on c.notice_id = n.id
           where c.id = $1 and u.role = 'deputy'`,
  station: `select u.id from users u join cases c on c.station_id = u.station_id where c.id = $1 and u.role = 'staff'`,
  department: `select u.id from users u join cases c on c.department_id = u.department_id
               where c.id = $1 and u.role = 'department'`,
  office: `select u.id from users u join cases c on c.district_id = u.district_id where c.id = $1 and u.role = 'office'`,
  leader: `select u.id from users u join cases c on c.district_id = u.district_id where c.id = $1 and u.role = 'office' and u.leader`,
}

/**
 * One audience of a step, in one statement: its in-app messages, once per (event, recipient) —
 * a person in two audiences of the same step gets the first one's message only — and a queued
 * push for those of them with subscribe quota, once per (event, recipient, kind).
 */
export async function notifyAudience(
  q: Queryable,
  n: {
    caseId: string
    eventId: string
    audience: Audience
    /** The actor, who never hears of their own step. */
    exceptUserId: string | null
    message: { title: string; body: string }
    kind: TemplateKind
    vals: Record<MessageValue, string>
  },
): Promise<void> {
  await q.query(
    `with recipients as (select id from (${AUDIENCE_SQL[n.audience]}) a where id is distinct from $2),
          inbox as (
            insert into messages (user_id, case_id, event_id, title, body)
            select id, $1, $3, $4, $5 from recipients
            on conflict (event_id, user_id) do nothing)
     insert into outbox (event_id, case_id, user_id, kind, vals)
     select $3, $1, r.id, $6, $7 from recipients r
      where exists (select 1 from subscribe_quota sq where sq.user_id = r.id and sq.remaining > 0)
     on conflict (event_id, user_id, kind) do nothing`,
    [n.caseId, n.exceptUserId, n.eventId, n.message.title, n.message.body, n.kind, JSON.stringify(n.vals)],
  )
}

/** The person's messages, newest first, after `after` (keyset paging); `limit` rows at most. */
export async function listMessages(q: Queryable, userId: string, after: After | null, limit: number): Promise<(Message & { pageKey: string })[]> {
  return q.query(
    `select id, case_id as "caseId", path, title, body, read_at is not null as read,
            ${isoText('created_at')} as "createdAt", ${pageKey('created_at')}
       from messages
      where user_id = $1 and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::uuid))
      order by created_at desc, id desc limit $4`,
    [userId, after?.at ?? null, after?.id ?? null, limit],
  )
}

export async function unreadCount(q: Queryable, userId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    'select count(*)::int as n from messages where user_id = $1 and read_at is null',
    [userId],
  )
  return row.n
}

/** Marks the person's own messages read; ids of others' messages are ignored. */
export async function markRead(q: Queryable, userId: string, ids: string[]): Promise<void> {
  await q.query('update messages set read_at = now() where user_id = $1 and id = any($2::uuid[]) and read_at is null', [
    userId,
    ids,
  ])
}

/** Messages that belong to no case: reception notices, appointments, profile reviews. */
export async function insertPlainMessages(q: Queryable, userIds: readonly string[], title: string, body: string): Promise<void> {
  if (userIds.length === 0) return
  await q.query('insert into messages (user_id, title, body) select u, $2, $3 from unnest($1::uuid[]) u', [userIds, title, body])
}

/** Messages, each its own words, that open a page of the app when tapped (a draft law's comparison). */
export async function insertPathMessages(q: Queryable, to: readonly { userId: string; body: string }[], title: string, path: string): Promise<void> {
  if (!to.length) return
  await q.query('insert into messages (user_id, title, body, path) select u, $3, b, $4 from unnest($1::uuid[], $2::text[]) as t(u, b)', [to.map((t) => t.userId), to.map((t) => t.body), title, path])
}

/** Messages each about the person's own case (a tap opens it) from outside its loop: a suggestion built on it. */
export async function insertCaseMessages(q: Queryable, to: readonly { userId: string; caseId: string }[], title: string, body: string): Promise<void> {
  if (!to.length) return
  await q.query('insert into messages (user_id, case_id, title, body) select u, c, $3, $4 from unnest($1::uuid[], $2::uuid[]) as t(u, c)', [
    to.map((t) => t.userId), to.map((t) => t.caseId), title, body,
  ])
}

/** Forgets a person as a recipient: their messages, the pushes still queued for them, their subscribe quota. */
export async function forgetRecipient(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from messages where user_id = $1', [userId])
  await q.query(`delete from outbox where user_id = $1 and status = 'pending'`, [userId])
  await q.query('delete from subscribe_quota where user_id = $1', [userId])
}
