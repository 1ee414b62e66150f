import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../server/db/database'
import { seedDemoDistrict } from '../../server/seed/demo-district'
import { createDatabase, dropDatabase, POSTGRES_URL } from './postgres'

/**
 * The demo district migrated and seeded once per run, copied for each test instead of built
 * again: a PGlite data folder (reopened in a fraction of the time a new one takes) and a
 * PostgreSQL template database. The global setup makes them and names them in the environment
 * the workers inherit; the global teardown removes them.
 */
export const PGLITE_TEMPLATE = 'MS_PGLITE_TEMPLATE'
export const POSTGRES_TEMPLATE = 'MS_POSTGRES_TEMPLATE'

export async function makeTemplates(withPostgres: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ms-template-'))
  const lite = await openDatabase({ dataDir: dir })
  try {
    await seedDemoDistrict(lite)
  } finally {
    await lite.close()
  }
  process.env[PGLITE_TEMPLATE] = dir
  if (!withPostgres) return
  const name = await createDatabase()
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  const pg = await openDatabase({ url: url.toString() })
  try {
    await seedDemoDistrict(pg)
  } finally {
    await pg.close()
  }
  process.env[POSTGRES_TEMPLATE] = name
}

export async function dropTemplates(): Promise<void> {
  const dir = process.env[PGLITE_TEMPLATE]
  if (dir) rmSync(dir, { recursive: true, force: true })
  const name = process.env[POSTGRES_TEMPLATE]
  if (name) await dropDatabase(name)
}
