import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../server/db/database'
import type { Database } from '../../server/db/queryable'
import { seedDemoDistrict } from '../../server/seed/demo-district'
import { scratchDatabase } from './postgres'

export interface Backend {
  name: 'PGlite' | 'PostgreSQL'
  /** A fresh, migrated and seeded database, and how to dispose of it. */
  open(): Promise<{ db: Database; dispose(): Promise<void> }>
}

const pglite: Backend = {
  name: 'PGlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'ms-pglite-'))
    const db = await openDatabase({ dataDir: dir })
    await seedDemoDistrict(db)
    return {
      db,
      async dispose() {
        await db.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}

const postgres: Backend = {
  name: 'PostgreSQL',
  async open() {
    const scratch = await scratchDatabase()
    const db = await openDatabase({ url: scratch.url })
    await seedDemoDistrict(db)
    return {
      db,
      async dispose() {
        await db.close()
        await scratch.drop()
      },
    }
  },
}

/** Every backend the integration tests run against on this machine. */
export const BACKENDS: Backend[] = process.env.TEST_POSTGRES === '1' ? [pglite, postgres] : [pglite]
