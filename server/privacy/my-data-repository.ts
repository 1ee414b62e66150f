import { LIVE_APPOINTMENTS } from '../../src/core/reception/views'
import { isoText, type Queryable } from '../db/queryable'

/** Everything held about one person, as rows (their cases' phones still sealed). */
export async function dataOf(q: Queryable, userId: string) {
  const [account] = await q.query<{ id: string; role: string; createdAt: string }>(
    `select id, role, ${isoText('created_at')} as "createdAt" from users where id = $1`,
    [userId],
  )
  const cases = await q.query<{ id: string; number: string; category: string; text: string; location: unknown; status: string; phoneEnc: string | null; createdAt: string }>(
    `select id, number, category, text, location, status, phone_enc as "phoneEnc", ${isoText('created_at')} as "createdAt"
       from cases where resident_id = $1 order by created_at`,
    [userId],
  )
  const steps = await q.query<{ caseId: string; type: string; text: string | null; createdAt: string }>(
    `select case_id as "caseId", type, note as text, ${isoText('created_at')} as "createdAt"
       from case_events where case_id = any($1::uuid[]) order by seq`,
    [cases.map((c) => c.id)],
  )
  const messages = await q.query(`select title, body, ${isoText('created_at')} as "createdAt" from messages where user_id = $1 order by created_at`, [userId])
  const appointments = await q.query(
    `select a.status, ${isoText('sl.starts_at')} as start, a.reason from appointments a join reception_slots sl on sl.id = a.slot_id
      where a.resident_id = $1 order by sl.starts_at`,
    [userId],
  )
  const uploads = await q.query(`select kind, size, ${isoText('created_at')} as "createdAt" from media where owner_id = $1 order by created_at`, [userId])
  const following = await q.query(`select c.number from case_followers f join cases c on c.id = f.case_id where f.user_id = $1`, [userId])
  return { account, cases, steps, messages, appointments, uploads, following }
}

/**
 * Deletes a resident's account, in the caller's transaction: the person is unlinked from their
 * WeChat identity and signed out everywhere; what only concerned them goes; their cases stay for
 * the record without their phone. Answers the keys of their unused uploads, for the store.
 */
export async function eraseAccount(q: Queryable, userId: string, now: Date): Promise<{ cases: { id: string; text: string }[]; uploads: string[] }> {
  await q.query(`update users set openid = 'deleted:' || id, deleted_at = $2 where id = $1`, [userId, now])
  await q.query('delete from sessions where user_id = $1', [userId])
  await q.query('delete from case_followers where user_id = $1', [userId])
  await q.query('delete from messages where user_id = $1', [userId])
  await q.query(`delete from outbox where user_id = $1 and status = 'pending'`, [userId])
  await q.query('delete from subscribe_quota where user_id = $1', [userId])
  await q.query(
    `update appointments a set status = 'cancelled', reason = '账号已注销', updated_at = now() from reception_slots sl
      where sl.id = a.slot_id and a.resident_id = $1 and sl.starts_at >= $2 and a.status = any($3::text[])`,
    [userId, now, LIVE_APPOINTMENTS],
  )
  const cases = await q.query<{ id: string; text: string }>(
    'update cases set phone_enc = null, phone_masked = null where resident_id = $1 returning id, text',
    [userId],
  )
  const uploads = await q.query<{ storage_key: string }>('delete from media where owner_id = $1 and used_at is null returning storage_key', [userId])
  return { cases, uploads: uploads.map((u) => u.storage_key) }
}

/** A case's words as kept for the record once its author is gone (the filing's timeline entry too). */
export async function rewriteCaseText(q: Queryable, caseId: string, text: string): Promise<void> {
  await q.query('update cases set text = $2 where id = $1', [caseId, text])
  await q.query(`update case_events set note = $2, payload = payload || jsonb_build_object('text', $2::text) where case_id = $1 and type = 'submit'`, [caseId, text])
}
