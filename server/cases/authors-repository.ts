import type { Queryable } from '../db/queryable'

/** A person's cases lose the phone they left; answers each case's words, to be anonymized. */
export async function unphoneCasesOf(q: Queryable, residentId: string): Promise<{ id: string; text: string }[]> {
  return q.query(
    `with c as (update cases set phone_enc = null, phone_masked = null, phone_hash = null, sms_notify = false where resident_id = $1 returning id, text),
          texts as (update sms_outbox set status = 'skipped', phone_enc = null where status = 'pending' and case_id in (select id from c))
     select id, text from c`,
    [residentId],
  )
}

/** A case's words as kept for the record (the filing's timeline entry too). */
export async function rewriteCaseText(q: Queryable, caseId: string, text: string): Promise<void> {
  await q.query('update cases set text = $2 where id = $1', [caseId, text])
  await q.query(`update case_events set note = $2, payload = payload || jsonb_build_object('text', $2::text) where case_id = $1 and type = 'submit'`, [caseId, text])
}
