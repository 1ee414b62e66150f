import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../server/db/database'
import type { Database } from '../../server/db/queryable'
import { seedDemoDistrict } from '../../server/seed/demo-district'
import { opened } from './hooks'
import { scratchDatabase } from './postgres'
import { PGLITE_TEMPLATE, POSTGRES_TEMPLATE } from './templates'

export interface Backend {
  name: 'PGlite' | 'PostgreSQL'
  /** A fresh, migrated and seeded database, and how to dispose of it. */
  open(): Promise<{ db: Database; dispose(): Promise<void> }>
}

/** Opens and seeds (unless it is a seeded copy already); on any failure closes what it opened before throwing. */
async function ready(open: () => Promise<Database>, seeded: boolean, cleanUp: () => Promise<void>) {
  let db: Database | undefined
  try {
    db = await open()
    if (!seeded) await seedDemoDistrict(db)
    const opened = db
    return { db: opened, dispose: async () => (await opened.close(), await cleanUp()) }
  } catch (e) {
    await db?.close().catch(() => undefined)
    await cleanUp()
    throw e
  }
}

const pglite: Backend = {
  name: 'PGlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'ms-pglite-'))
    const template = process.env[PGLITE_TEMPLATE]
    if (template) cpSync(template, dir, { recursive: true })
    return ready(() => openDatabase({ dataDir: dir }), !!template, async () => rmSync(dir, { recursive: true, force: true }))
  },
}

const postgres: Backend = {
  name: 'PostgreSQL',
  async open() {
    const template = process.env[POSTGRES_TEMPLATE]
    const scratch = await scratchDatabase(template)
    return ready(() => openDatabase({ url: scratch.url }), !!template, scratch.drop)
  },
}

/** Every backend the integration tests run against on this machine. */
export const BACKENDS: Backend[] = process.env.TEST_POSTGRES === '1' ? [pglite, postgres] : [pglite]

/** For one describe block: a fresh seeded database on the backend, closed after (even when opening ran out of time). */
export function withDatabase(backend: Backend): { readonly db: Database } {
  const box = opened(() => backend.open(), (o) => o.dispose())
  return {
    get db() {
      return box.value.db
    },
  }
}
