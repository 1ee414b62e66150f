import type { Queryable } from '../db/queryable'

/** Holds the (kind, key) counter until the transaction ends: concurrent hits of one key take turns. */
export async function lockCounter(q: Queryable, kind: string, key: string): Promise<void> {
  await q.query('select pg_advisory_xact_lock(hashtext($1))', [`limit:${kind}:${key}`])
}

export async function hitsWithin(q: Queryable, kind: string, key: string, seconds: number): Promise<number> {
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from limit_hits where kind = $1 and key = $2 and at > now() - make_interval(secs => $3)`, [kind, key, seconds])
  return row.n
}

export async function insertHit(q: Queryable, kind: string, key: string): Promise<void> {
  await q.query('insert into limit_hits (kind, key) values ($1, $2)', [kind, key])
}

/** Hits older than a day are no limit's any more. */
export async function dropOldHits(q: Queryable): Promise<number> {
  return (await q.query(`delete from limit_hits where at < now() - interval '1 day' returning 1`)).length
}
