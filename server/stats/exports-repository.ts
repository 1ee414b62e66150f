import type { ReportsEvent } from '../../src/core/stats/exports'
import type { Queryable } from '../db/queryable'

export async function insertExport(q: Queryable, e: { id: string; userId: string; key: string; kind: ReportsEvent['kind'] | 'legislation'; rows: number }): Promise<void> {
  await q.query('insert into exports (id, user_id, key, kind, rows) values ($1, $2, $3, $4, $5)', [e.id, e.userId, e.key, e.kind, e.rows])
}

/** Starts the person's one export; false while another of theirs runs (one older than `staleMinutes` is taken over). */
export async function startRun(q: Queryable, userId: string, staleMinutes: number): Promise<boolean> {
  const rows = await q.query(
    `insert into export_runs (user_id) values ($1)
     on conflict (user_id) do update set started_at = now() where export_runs.started_at < now() - make_interval(mins => $2) returning 1`,
    [userId, staleMinutes],
  )
  return rows.length === 1
}

export async function endRun(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from export_runs where user_id = $1', [userId])
}

/** Marks up to `limit` exports made before `before` as removed, and answers their keys. */
export async function dropExportsBefore(q: Queryable, before: Date, limit: number): Promise<string[]> {
  const rows = await q.query<{ key: string }>(
    `update exports set removed_at = now()
      where id in (select id from exports where removed_at is null and created_at < $1 order by created_at limit $2)
      returning key`,
    [before, limit],
  )
  return rows.map((r) => r.key)
}
