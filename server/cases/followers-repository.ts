import type { Queryable } from '../db/queryable'

/** Residents who follow another's case (a duplicate they joined, or one theirs was merged into). */
export async function isFollower(q: Queryable, caseId: string, userId: string): Promise<boolean> {
  const rows = await q.query('select 1 from case_followers where case_id = $1 and user_id = $2', [caseId, userId])
  return rows.length > 0
}

export async function addFollower(q: Queryable, caseId: string, userId: string): Promise<void> {
  await q.query('insert into case_followers (case_id, user_id) values ($1, $2) on conflict do nothing', [caseId, userId])
}

/** How long a case 'similar' showed a resident stays theirs to follow. */
const OFFER_HOURS = 24

/** Remembers the cases 'similar' showed a resident: those they may follow though not public. */
export async function rememberOffers(q: Queryable, userId: string, caseIds: readonly string[]): Promise<void> {
  if (!caseIds.length) return
  await q.query(
    `insert into similar_offers (user_id, case_id) select $1, unnest($2::uuid[]) on conflict (user_id, case_id) do update set offered_at = now()`,
    [userId, caseIds],
  )
}

export async function wasOffered(q: Queryable, userId: string, caseId: string): Promise<boolean> {
  const rows = await q.query(`select 1 from similar_offers where user_id = $1 and case_id = $2 and offered_at > now() - make_interval(hours => $3)`, [userId, caseId, OFFER_HOURS])
  return rows.length > 0
}

/** Forgets offers past their day (the timer's chore); answers how many. */
export async function dropOldOffers(q: Queryable): Promise<number> {
  return (await q.query(`delete from similar_offers where offered_at <= now() - make_interval(hours => $1) returning 1`, [OFFER_HOURS])).length
}

/** A person's follows of others' cases end. */
export async function dropFollowsOf(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from case_followers where user_id = $1', [userId])
}
