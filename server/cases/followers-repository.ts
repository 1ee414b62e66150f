import type { Queryable } from '../db/queryable'

/** Residents who follow another's case (a duplicate they joined, or one theirs was merged into). */
export async function isFollower(q: Queryable, caseId: string, userId: string): Promise<boolean> {
  const rows = await q.query('select 1 from case_followers where case_id = $1 and user_id = $2', [caseId, userId])
  return rows.length > 0
}

export async function addFollower(q: Queryable, caseId: string, userId: string): Promise<void> {
  await q.query('insert into case_followers (case_id, user_id) values ($1, $2) on conflict do nothing', [caseId, userId])
}

/** A person's follows of others' cases end. */
export async function dropFollowsOf(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from case_followers where user_id = $1', [userId])
}
