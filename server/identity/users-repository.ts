import { randomBytes } from 'node:crypto'
import type { Viewer } from '../../src/core/identity/viewer'
import type { Queryable } from '../db/queryable'

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

export async function createSession(q: Queryable, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url')
  await q.query('insert into sessions (token, user_id) values ($1, $2)', [token, userId])
  return token
}

export async function viewerByToken(q: Queryable, token: string): Promise<Viewer | null> {
  const [row] = await q.query<Viewer>(`select ${VIEWER} from sessions s join users u on u.id = s.user_id where s.token = $1`, [token])
  return row ?? null
}

/** The signed-in accounts of a deputy. */
export async function deputyUsers(q: Queryable, deputyId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where deputy_id = $1 and role = 'deputy'`, [deputyId])).map((r) => r.id)
}

/** The staff accounts of a station. */
export async function stationStaffUsers(q: Queryable, stationId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where station_id = $1 and role = 'staff'`, [stationId])).map((r) => r.id)
}
