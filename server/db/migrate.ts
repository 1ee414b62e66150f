import type { Database } from './queryable'
import { MIGRATIONS } from './migrations'

/** An arbitrary constant: serialises concurrent starts against one server. */
const MIGRATION_LOCK = 20261122

/** Applies, in order and once each, the migrations the database has not seen. Safe to run again. */
export async function migrate(db: Database): Promise<number[]> {
  return db.tx(async (q) => {
    await q.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await q.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`)
    const done = new Set(
      (await q.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version),
    )
    const applied: number[] = []
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue
      await q.exec(m.sql)
      await q.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name])
      applied.push(m.version)
    }
    return applied
  })
}
