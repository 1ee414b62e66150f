import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The PostgreSQL server the tests use: DATABASE_URL, else the machine's own on 127.0.0.1:5432. */
export const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (e) {
    return (e as Error).message
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function onServer<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: POSTGRES_URL })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end().catch(() => undefined)
  }
}

/** A new database on the server, empty or a copy of `template`; answers its name. */
export async function createDatabase(template?: string): Promise<string> {
  const name = `ms_test_${randomBytes(6).toString('hex')}`
  await onServer((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`))
  return name
}

export const dropDatabase = (name: string) => onServer((c) => c.query(`drop database if exists ${name} with (force)`))

/** A new database on the server (empty, or a copy of `template`), dropped again by the returned function. */
export async function scratchDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = await createDatabase(template)
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => dropDatabase(name).then(() => undefined) }
}
