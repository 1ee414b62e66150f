import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { migrate } from './migrate'
import type { Database, Queryable } from './queryable'

export interface OpenOptions {
  /** A PostgreSQL URL; when absent, embedded PGlite is used. */
  url?: string
  /** PGlite's data folder; when absent (and no url), an in-memory database. */
  dataDir?: string
}

/** Opens the store and brings its schema up to date. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const db = opts.url ? openPostgres(opts.url) : await openPGlite(opts.dataDir)
  await migrate(db)
  return db
}

/** PGlite has one connection: every statement and transaction waits its turn. */
async function openPGlite(dataDir?: string): Promise<Database> {
  // Loaded on demand: the cloud function bundles talk to PostgreSQL and never carry PGlite.
  const { PGlite } = await import('@electric-sql/pglite')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const lite = await PGlite.create(dataDir, { extensions: { pg_trgm } })
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn)
    queue = run.catch(() => undefined)
    return run
  }
  const on = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql)
    },
  })
  const direct = on(lite)
  return {
    kind: 'pglite',
    query: (sql, params) => serial(() => direct.query(sql, params)),
    exec: (sql) => serial(() => direct.exec(sql)),
    tx: (fn) => serial(() => lite.transaction((t) => fn(on(t)))),
    close: () => serial(() => lite.close()),
  }
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (e) => console.warn('[postgres] idle connection lost:', e.message))
  const on = (c: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await c.query(sql)
    },
  })
  return {
    kind: 'postgres',
    ...on(pool),
    async tx(fn) {
      const client = await pool.connect()
      // A checked-out connection has no pool listener: one dropped mid-transaction would
      // otherwise raise an unhandled 'error' and stop the process. Its next query fails instead,
      // the transaction rolls back with the server's connection, and the client is discarded.
      let lost: Error | undefined
      const onError = (e: Error) => {
        lost = e
        console.warn('[postgres] connection lost in a transaction:', e.message)
      }
      client.on('error', onError)
      try {
        await client.query('BEGIN')
        const result = await fn(on(client))
        await client.query('COMMIT')
        return result
      } catch (e) {
        await client.query('ROLLBACK').catch((r: Error) => (lost ??= r))
        throw e
      } finally {
        client.off('error', onError)
        client.release(lost)
      }
    },
    close: () => pool.end(),
  }
}
