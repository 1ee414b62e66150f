import type { Queryable } from '../db/queryable'
import type { SmsTemplate } from './sms'

export interface SmsRow {
  id: string
  phone_enc: string
  purpose: SmsTemplate
  params: string[]
  attempts: number
}

/** One number's texts are counted and written one request at a time. */
export async function lockNumber(q: Queryable, hash: string): Promise<void> {
  await q.query('select pg_advisory_xact_lock(hashtext($1))', [`sms:${hash}`])
}

/** What one number was sent in the last day: when its last code was asked for, codes in the last hour, texts that went or will go. */
export async function textsTo(q: Queryable, hash: string, now: Date): Promise<{ lastCodeAt: Date | null; codesInHour: number; inDay: number; sentInDay: number }> {
  const [row] = await q.query<{ last_code: Date | null; codes: number; day: number; sent: number }>(
    `select max(created_at) filter (where purpose = 'code') as last_code,
            count(*) filter (where purpose = 'code' and created_at > $2::timestamptz - interval '1 hour')::int as codes,
            count(*) filter (where status in ('pending', 'sent'))::int as day,
            count(*) filter (where status = 'sent')::int as sent
       from sms_outbox where phone_hash = $1 and created_at > $2::timestamptz - interval '1 day'`,
    [hash, now],
  )
  return { lastCodeAt: row.last_code && new Date(row.last_code), codesInHour: row.codes, inDay: row.day, sentInDay: row.sent }
}

/** Writes a text asked for; a queued one keeps its phone, encrypted, until it is sent. */
export async function insertSms(
  q: Queryable,
  t: { hash: string; enc: string | null; purpose: SmsTemplate; caseId?: string; params: string[]; status: 'pending' | 'skipped'; now: Date },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into sms_outbox (phone_hash, phone_enc, purpose, case_id, params, status, created_at, next_attempt_at)
     values ($1, $2, $3, $4, $5, $6, $7, $7) returning id`,
    [t.hash, t.enc, t.purpose, t.caseId ?? null, JSON.stringify(t.params), t.status, t.now],
  )
  return row.id
}

/**
 * A step the resident hears of, on a case whose person agreed to texts: queued when WeChat will not
 * push it to them (no quota, so no push was queued) or when the person has not claimed the case yet.
 * Not for the person's own step.
 */
export async function queueStepSms(q: Queryable, s: { caseId: string; eventId: string; actorId: string | null; params: string[]; now: Date }): Promise<void> {
  await q.query(
    `insert into sms_outbox (phone_hash, phone_enc, purpose, case_id, event_id, params, created_at, next_attempt_at)
     select c.phone_hash, c.phone_enc, 'step', c.id, $2, $4, $5, $5 from cases c
      where c.id = $1 and c.sms_notify and c.phone_enc is not null and c.phone_hash is not null
        and (c.claimable or (c.resident_id is distinct from $3
             and not exists (select 1 from outbox o where o.event_id = $2 and o.user_id = c.resident_id)))
     on conflict (event_id) do nothing`,
    [s.caseId, s.eventId, s.actorId, JSON.stringify(s.params), s.now],
  )
}

/** Locks the queued texts due now (of one case, or all), oldest first; others running skip them. */
export async function lockDueSms(q: Queryable, now: Date, limit: number, caseId?: string): Promise<(SmsRow & { phone_hash: string })[]> {
  return q.query(
    `select id, phone_hash, phone_enc, purpose, params, attempts from sms_outbox
      where status = 'pending' and phone_enc is not null and next_attempt_at <= $1 and ($3::uuid is null or case_id = $3)
      order by next_attempt_at, id limit $2 for update skip locked`,
    [now, limit, caseId ?? null],
  )
}

export async function leaseSms(q: Queryable, ids: readonly string[], until: Date): Promise<void> {
  if (ids.length) await q.query('update sms_outbox set next_attempt_at = $2 where id = any($1::uuid[])', [ids, until])
}

/** A text that went, or never will: its phone is dropped. */
export async function finishSms(q: Queryable, id: string, status: 'sent' | 'failed' | 'limited', now: Date, error?: string): Promise<void> {
  await q.query(
    `update sms_outbox set status = $2, phone_enc = null, sent_at = case when $2 = 'sent' then $3::timestamptz end, last_error = $4,
            attempts = attempts + case when $2 = 'limited' then 0 else 1 end where id = $1`,
    [id, status, now, error ?? null],
  )
}

export async function retrySmsLater(q: Queryable, id: string, at: Date, error: string): Promise<void> {
  await q.query('update sms_outbox set attempts = attempts + 1, next_attempt_at = $2, last_error = $3 where id = $1', [id, at, error])
}

/** The number's live claim code, replacing any before it. */
export async function putCode(q: Queryable, hash: string, codeHash: string, expiresAt: Date): Promise<void> {
  await q.query(
    `insert into sms_codes (phone_hash, code_hash, expires_at) values ($1, $2, $3)
     on conflict (phone_hash) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0`,
    [hash, codeHash, expiresAt],
  )
}

export async function codeOf(q: Queryable, hash: string): Promise<{ code_hash: string; expires_at: Date; attempts: number } | null> {
  const [row] = await q.query<{ code_hash: string; expires_at: Date; attempts: number }>(
    'select code_hash, expires_at, attempts from sms_codes where phone_hash = $1 for update',
    [hash],
  )
  return row ?? null
}

export async function countWrongCode(q: Queryable, hash: string): Promise<void> {
  await q.query('update sms_codes set attempts = attempts + 1 where phone_hash = $1', [hash])
}

export async function dropCode(q: Queryable, hash: string): Promise<void> {
  await q.query('delete from sms_codes where phone_hash = $1', [hash])
}
