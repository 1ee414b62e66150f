import type { Role } from '../../src/core/identity/roles'
import type { MessageValue, TemplateKind } from '../../src/core/messaging/subscribe'
import type { Queryable } from '../db/queryable'

export interface PushRow {
  id: string
  case_id: string | null
  /** The page to open, for a push that belongs to no case. */
  page: string | null
  kind: TemplateKind
  vals: Record<MessageValue, string>
  attempts: number
  user_id: string
  openid: string
  role: Role
}

/** Locks the pushes due now (optionally of one case), oldest first; others running skip them. */
export async function lockDuePushes(q: Queryable, now: Date, limit: number, caseId?: string): Promise<PushRow[]> {
  return q.query<PushRow>(
    `select o.id, o.case_id, o.page, o.kind, o.vals, o.attempts, o.user_id, u.openid, u.role
       from outbox o join users u on u.id = o.user_id
      where o.status = 'pending' and o.next_attempt_at <= $1 and ($3::uuid is null or o.case_id = $3)
      order by o.next_attempt_at, o.id limit $2
      for update of o skip locked`,
    [now, limit, caseId ?? null],
  )
}

/** Leaves claimed pushes to their dispatcher until `until`: others running take them only after that. */
export async function leasePushes(q: Queryable, ids: readonly string[], until: Date): Promise<void> {
  if (ids.length) await q.query('update outbox set next_attempt_at = $2 where id = any($1::uuid[])', [ids, until])
}

/** Spends one send of the person's quota for a template; false when none is left. */
export async function takeQuota(q: Queryable, userId: string, templateId: string): Promise<boolean> {
  const rows = await q.query(
    'update subscribe_quota set remaining = remaining - 1 where user_id = $1 and template_id = $2 and remaining > 0 returning 1',
    [userId, templateId],
  )
  return rows.length > 0
}

/** What the person allowed in the mini-program's subscribe dialog: one more send per template. */
export async function addQuota(q: Queryable, userId: string, templateIds: readonly string[]): Promise<void> {
  if (templateIds.length === 0) return
  await q.query(
    `insert into subscribe_quota (user_id, template_id, remaining) select $1, t, 1 from unnest($2::text[]) t
     on conflict (user_id, template_id) do update set remaining = subscribe_quota.remaining + 1`,
    [userId, templateIds],
  )
}

export async function clearQuota(q: Queryable, userId: string, templateId: string): Promise<void> {
  await q.query('update subscribe_quota set remaining = 0 where user_id = $1 and template_id = $2', [userId, templateId])
}

export async function quotaOf(q: Queryable, userId: string): Promise<Record<string, number>> {
  const rows = await q.query<{ template_id: string; remaining: number }>('select template_id, remaining from subscribe_quota where user_id = $1', [userId])
  return Object.fromEntries(rows.map((r) => [r.template_id, r.remaining]))
}

export async function finishPush(q: Queryable, id: string, status: 'sent' | 'skipped' | 'failed', now: Date, error?: string): Promise<void> {
  // A skipped push was never tried: no quota, or no template for its kind.
  await q.query(
    `update outbox set status = $2, sent_at = case when $2 = 'sent' then $3::timestamptz end, last_error = $4,
            attempts = attempts + case when $2 = 'skipped' then 0 else 1 end
      where id = $1`,
    [id, status, now, error ?? null],
  )
}

export async function retryPushLater(q: Queryable, id: string, at: Date, error: string): Promise<void> {
  await q.query('update outbox set attempts = attempts + 1, next_attempt_at = $2, last_error = $3 where id = $1', [id, at, error])
}

/** Queues a push that belongs to no case step, for those of the users with quota left. */
export async function enqueuePlainPushes(
  q: Queryable,
  p: { userIds: readonly string[]; kind: TemplateKind; page: string; vals: Record<MessageValue, string> },
): Promise<void> {
  if (p.userIds.length === 0) return
  await q.query(
    `insert into outbox (user_id, kind, page, vals)
     select u, $2, $3, $4 from unnest($1::uuid[]) u
      where exists (select 1 from subscribe_quota sq where sq.user_id = u and sq.remaining > 0)`,
    [p.userIds, p.kind, p.page, JSON.stringify(p.vals)],
  )
}
