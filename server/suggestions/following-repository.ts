import { shownSql } from '../safety/visibility'
import type { Queryable } from '../db/queryable'

/** Who follows a published suggestion (and hears of its answer and progress). */

/** A person follows a published suggestion, or stops. */
export async function setFollow(q: Queryable, id: string, userId: string, on: boolean): Promise<void> {
  if (on) await q.query('insert into suggestion_followers (suggestion_id, user_id) values ($1, $2) on conflict do nothing', [id, userId])
  else await q.query('delete from suggestion_followers where suggestion_id = $1 and user_id = $2', [id, userId])
}

/** Who follows it (and still has an account). */
export async function followersOf(q: Queryable, id: string): Promise<string[]> {
  return (await q.query<{ id: string }>('select f.user_id as id from suggestion_followers f join users u on u.id = f.user_id where f.suggestion_id = $1 and u.deleted_at is null', [id])).map((r) => r.id)
}

/** A person's follows end with their account. */
export async function dropSuggestionFollows(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from suggestion_followers where user_id = $1', [userId])
}

/** Whether it is published: handed to a unit, not held by review. */
export async function isPublished(q: Queryable, id: string): Promise<boolean> {
  return (await q.query(`select 1 from suggestions s where s.id = $1 and s.assigned_at is not null and ${shownSql('suggestion', 's.id')} and s.status in ('assigned', 'answered', 'rehandling', 'closed')`, [id])).length > 0
}
