import type { CaseLocation } from '../../src/core/fields'
import type { Queryable } from '../db/queryable'

/** A person's cases lose the phone they left and any name given for someone else; answers each case's words and place, to be anonymized. */
export async function casesLeftBy(q: Queryable, residentId: string): Promise<{ id: string; text: string; location: CaseLocation | null }[]> {
  return q.query(
    `with c as (update cases set phone_enc = null, phone_masked = null, phone_hash = null, sms_notify = false, for_name = null
                 where resident_id = $1 returning id, text, location),
          texts as (update sms_outbox set status = 'skipped', phone_enc = null where status = 'pending' and case_id in (select id from c))
     select id, text, location from c`,
    [residentId],
  )
}

/** A case's words and place as kept for the record (the filing's timeline entry too). */
export async function rewriteCase(q: Queryable, caseId: string, text: string, location: CaseLocation | null): Promise<void> {
  await q.query('update cases set text = $2, location = $3 where id = $1', [caseId, text, location === null ? null : JSON.stringify(location)])
  await q.query(`update case_events set note = $2, payload = payload || jsonb_build_object('text', $2::text) where case_id = $1 and type = 'submit'`, [caseId, text])
}

/** The words of a person's own later steps (a rating's comment, a reason): each step's note and its payload's words. */
export async function stepWordsOf(q: Queryable, residentId: string): Promise<{ id: string; note: string | null; words: Record<string, string> }[]> {
  return q.query(
    `select e.id, e.note,
            coalesce((select jsonb_object_agg(k, v) from jsonb_each_text(e.payload) as p(k, v) where k in ('comment', 'reason', 'text') and v is not null), '{}'::jsonb) as words
       from case_events e where e.actor_id = $1 and e.type <> 'submit' and (e.note is not null or e.payload ?| array['comment', 'reason', 'text'])`,
    [residentId],
  )
}

export async function rewriteStep(q: Queryable, eventId: string, note: string | null, words: Record<string, string>): Promise<void> {
  await q.query('update case_events set note = $2, payload = payload || $3::jsonb where id = $1', [eventId, note, JSON.stringify(words)])
}
