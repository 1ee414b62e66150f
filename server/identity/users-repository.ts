import { randomBytes } from 'node:crypto'
import type { Viewer } from '../../src/core/identity/viewer'
import type { Queryable } from '../db/queryable'
import { secretHash as tokenHash } from './codes'

/** The user's row as every access rule reads it: mapped here, once. */
const VIEWER = `u.id, u.role, u.deputy_id as "deputyId", u.station_id as "stationId", u.department_id as "departmentId",
  u.district_id as "districtId"`

export async function viewerByOpenid(q: Queryable, openid: string): Promise<Viewer | null> {
  const [row] = await q.query<Viewer>(`select ${VIEWER} from users u where u.openid = $1`, [openid])
  return row ?? null
}

/** The caller behind an OPENID (or a dev openid); an unknown one becomes a resident. */
export async function findOrCreateResident(q: Queryable, openid: string): Promise<Viewer> {
  await q.query(`insert into users (openid, role) values ($1, 'resident') on conflict (openid) do nothing`, [openid])
  const user = await viewerByOpenid(q, openid)
  if (!user) throw new Error('user vanished after insert')
  return user
}

/**
 * A session ends after a time unused: a resident's 30 days, anyone else's 8 hours (they can read
 * residents' phones). Only a hash of the token is stored: a copy of the database signs nobody in.
 */
const IDLE_MINUTES = { resident: 30 * 24 * 60, staff: 8 * 60 }

export async function createSession(q: Queryable, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url')
  await q.query(
    `insert into sessions (token_hash, user_id, idle_minutes, expires_at)
     select $1, u.id, m, now() + make_interval(mins => m)
       from users u, lateral (select case when u.role = 'resident' then $3::int else $4::int end as m) x where u.id = $2`,
    [tokenHash(token), userId, IDLE_MINUTES.resident, IDLE_MINUTES.staff],
  )
  return token
}

export async function viewerByToken(q: Queryable, token: string): Promise<Viewer | null> {
  const hash = tokenHash(token)
  // Renewed on use, at most once in a hundredth of its time (a resident's about every 7 hours, staff's every 5 minutes).
  const [row] = await q.query<Viewer & { renew: boolean }>(
    `select ${VIEWER}, s.expires_at < now() + make_interval(mins => s.idle_minutes - s.idle_minutes / 100) as renew
       from sessions s join users u on u.id = s.user_id where s.token_hash = $1 and s.expires_at > now()`,
    [hash],
  )
  if (!row) return null
  if (row.renew) await q.query('update sessions set expires_at = now() + make_interval(mins => idle_minutes) where token_hash = $1', [hash])
  const { renew: _renew, ...viewer } = row
  return viewer
}

/** Ends one session (its token signs nobody in again). */
export async function dropSession(q: Queryable, token: string): Promise<void> {
  await q.query('delete from sessions where token_hash = $1', [tokenHash(token)])
}

/** Ends every session of a person. */
export async function dropSessionsOf(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from sessions where user_id = $1', [userId])
}

/** Gives a person a role and the scope it acts in (back to resident: no scope). */
export async function setRole(
  q: Queryable,
  userId: string,
  r: { role: string; districtId: string | null; stationId: string | null; deputyId: string | null; departmentId: string | null; leader?: boolean },
): Promise<Viewer> {
  const [row] = await q.query<Viewer>(
    `update users u set role = $2, district_id = $3, station_id = $4, deputy_id = $5, department_id = $6, leader = $7 where u.id = $1 returning ${VIEWER}`,
    [userId, r.role, r.districtId, r.stationId, r.deputyId, r.departmentId, r.leader ?? false],
  )
  return row
}

/** The person's account as access rules read it. */
export async function viewerById(q: Queryable, userId: string, forUpdate = false): Promise<Viewer | null> {
  const [row] = await q.query<Viewer>(`select ${VIEWER} from users u where u.id = $1 and u.deleted_at is null ${forUpdate ? 'for update' : ''}`, [userId])
  return row ?? null
}

/** Holds the person's row until the transaction ends: their actions that must not overlap take turns. */
export async function lockUser(q: Queryable, userId: string): Promise<void> {
  await q.query('select 1 from users where id = $1 for update', [userId])
}

/** Removes sessions that have run out. */
export async function dropExpiredSessions(q: Queryable): Promise<number> {
  return (await q.query('delete from sessions where expires_at <= now() returning 1')).length
}

/** The signed-in accounts of a deputy. */
export async function deputyUsers(q: Queryable, deputyId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where deputy_id = $1 and role = 'deputy'`, [deputyId])).map((r) => r.id)
}

/** The staff accounts of a station. */
export async function stationStaffUsers(q: Queryable, stationId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where station_id = $1 and role = 'staff'`, [stationId])).map((r) => r.id)
}

/** An account its owner ended: unlinked from its WeChat identity (that identity would start afresh) and signed out everywhere. */
export async function unlinkUser(q: Queryable, userId: string, at: Date): Promise<void> {
  await q.query(`update users set openid = 'deleted:' || id, deleted_at = $2 where id = $1`, [userId, at])
  await dropSessionsOf(q, userId)
}
