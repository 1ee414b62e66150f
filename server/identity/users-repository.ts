import { randomBytes } from 'node:crypto'
import type { Viewer } from '../../src/core/identity/viewer'
import type { Queryable } from '../db/queryable'
import { identityHash, secretHash as tokenHash } from './codes'

/**
 * The user's account as every access rule reads it, its scope taken from the current records on
 * every call: a deputy's station and district are the deputy record's today (a deputy moved by an
 * import or an edit acts at the new station at once; one set to 离任 acts as a resident); a staff
 * member's and a department handler's district is their station's or department's. Needs `u`
 * joined with SCOPE_JOINS.
 */
const VIEWER = `u.id,
  case when (u.role = 'deputy' and not coalesce(vd.active, false)) or (u.role = 'consultant' and not coalesce(vc.active, false)) then 'resident' else u.role end as role,
  case when u.role = 'deputy' and vd.active then vd.id end as "deputyId",
  case when u.role = 'deputy' and vd.active then vd.station_id when u.role = 'staff' then u.station_id end as "stationId",
  case when u.role = 'department' then u.department_id end as "departmentId",
  case u.role when 'deputy' then case when vd.active then vds.district_id end when 'staff' then vss.district_id
    when 'department' then vdp.district_id when 'consultant' then case when vc.active then vc.district_id end when 'resident' then null else u.district_id end as "districtId",
  u.member_of as "memberOf"`
const SCOPE_JOINS = `left join deputies vd on vd.id = u.deputy_id left join stations vds on vds.id = vd.station_id
  left join stations vss on vss.id = u.station_id left join departments vdp on vdp.id = u.department_id
  left join consultants vc on vc.id = u.consultant_id`

export async function viewerByOpenid(q: Queryable, openid: string): Promise<Viewer | null> {
  const [row] = await q.query<Viewer>(`select ${VIEWER} from users u ${SCOPE_JOINS} where u.openid = $1`, [openid])
  return row ?? null
}

/**
 * The caller behind an OPENID (or a dev openid); an unknown one becomes a resident — of the
 * person who left that identity behind when they deleted an earlier account, if one did.
 */
export async function findOrCreateResident(q: Queryable, openid: string, key: Buffer | undefined): Promise<Viewer> {
  await q.query(
    `insert into users (openid, role, person_id)
     values ($1, 'resident', coalesce((select person_id from departed_identities where identity_hash = $2), gen_random_uuid()))
     on conflict (openid) do nothing`,
    [openid, identityHash(openid, key)],
  )
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
       from sessions s join users u on u.id = s.user_id ${SCOPE_JOINS} where s.token_hash = $1 and s.expires_at > now()`,
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
  r: { role: string; districtId: string | null; stationId: string | null; deputyId: string | null; departmentId: string | null; consultantId?: string | null; leader?: boolean },
): Promise<Viewer> {
  await q.query(
    `update users set role = $2, district_id = $3, station_id = $4, deputy_id = $5, department_id = $6, leader = $7, consultant_id = $8,
       bound_at = case when $2 = 'resident' then null else now() end where id = $1`,
    [userId, r.role, r.districtId, r.stationId, r.deputyId, r.departmentId, r.leader ?? false, r.consultantId ?? null],
  )
  return (await viewerById(q, userId))!
}

/** The person's account as access rules read it. */
export async function viewerById(q: Queryable, userId: string, forUpdate = false): Promise<Viewer | null> {
  const [row] = await q.query<Viewer>(`select ${VIEWER} from users u ${SCOPE_JOINS} where u.id = $1 and u.deleted_at is null ${forUpdate ? 'for update of u' : ''}`, [userId])
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
  return (await q.query<{ id: string }>(`select u.id from users u join deputies d on d.id = u.deputy_id where u.deputy_id = $1 and u.role = 'deputy' and d.active`, [deputyId])).map((r) => r.id)
}

/** The office accounts of a district. */
export async function officeUsers(q: Queryable, districtId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where district_id = $1 and role = 'office' and deleted_at is null`, [districtId])).map((r) => r.id)
}

/** The handlers' accounts of departments (a unit's people). */
export async function departmentUsers(q: Queryable, departmentIds: readonly string[]): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where department_id = any($1::uuid[]) and role = 'department' and deleted_at is null`, [departmentIds])).map((r) => r.id)
}

/** The staff accounts of a station. */
export async function stationStaffUsers(q: Queryable, stationId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(`select id from users where station_id = $1 and role = 'staff'`, [stationId])).map((r) => r.id)
}

/**
 * An account its owner ended: unlinked from its WeChat identity and signed out everywhere. The
 * identity's keyed hash is kept with the person: a new account from it is the same person.
 */
export async function unlinkUser(q: Queryable, userId: string, at: Date, key: Buffer | undefined): Promise<void> {
  const [u] = await q.query<{ openid: string; person_id: string }>('select openid, person_id from users where id = $1 for update', [userId])
  if (!u) return
  await q.query(
    `insert into departed_identities (identity_hash, person_id) values ($1, $2) on conflict (identity_hash) do update set person_id = excluded.person_id, departed_at = now()`,
    [identityHash(u.openid, key), u.person_id],
  )
  await q.query(`update users set openid = 'deleted:' || id, deleted_at = $2 where id = $1`, [userId, at])
  await dropSessionsOf(q, userId)
}

/** SQL of the accounts (ids) of the person whose account is the parameter `param` (e.g. '$1'): their deleted ones too. */
export const personAccountsSql = (param: string) =>
  `(select pa.id from users pa where pa.person_id = (select pu.person_id from users pu where pu.id = ${param}))`
