import { randomBytes } from 'node:crypto'
import type { Envelope } from '../../src/core/envelope'
import type { SessionUser } from '../../src/core/identity/viewer'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { createSession } from '../../server/identity/users-repository'
import { invoke, type Services } from '../../server/runtime/context'

/** The key residents' phones are encrypted with in tests. */
export const TEST_PHONE_KEY = randomBytes(32)

/**
 * Calls functions the way the runtimes do, as a given bearer token (or nobody). Tests file
 * many cases as one resident, so the submission limit is raised unless a test sets it.
 */
export function caller(db: Database, opts: Partial<Services> = {}) {
  const services: Services = { db, demoLogins: true, now: () => new Date(), submitLimits: { perHour: 1000, perDay: 1000 }, phoneKey: TEST_PHONE_KEY, ...opts }
  return <T = any>(name: string, event: unknown, token?: string): Promise<Envelope<T>> =>
    invoke(FUNCTIONS[name], event, services, token ? { kind: 'token', token } : { kind: 'anonymous' }) as Promise<Envelope<T>>
}

export async function login(call: ReturnType<typeof caller>, who: { persona: string } | { openid: string }) {
  const r = await call<{ token: string; user: SessionUser }>('auth', {
    action: 'devLogin',
    ...who,
  })
  if (r.code !== 'OK' || !r.data) throw new Error(`login failed: ${r.message}`)
  return r.data
}

/** A signed-in account with a role and scope, as an admin would give one (the demo sign-in makes residents only). */
export async function accountWith(
  db: Database,
  role: string,
  scope: { deputy_id?: string | null; station_id?: string | null; department_id?: string | null; district_id?: string | null; consultant_id?: string | null } = {},
): Promise<{ token: string; userId: string }> {
  const [user] = await db.query<{ id: string }>(
    `insert into users (openid, role, deputy_id, station_id, department_id, district_id, consultant_id, bound_at)
     values ($1, $2, $3, $4, $5, $6, $7, case when $2 = 'resident' then null else now() end) returning id`,
    [`test-${randomBytes(8).toString('hex')}`, role, scope.deputy_id ?? null, scope.station_id ?? null, scope.department_id ?? null, scope.district_id ?? null, scope.consultant_id ?? null],
  )
  return { token: await createSession(db, user.id), userId: user.id }
}

/** A call's data; the test fails with the code and message the function answered when it was not OK. */
export function dataOf<T = any>(r: { code: string; data: T; message: string }): T {
  if (r.code !== 'OK') throw new Error(`${r.code} ${r.message}`)
  return r.data
}
