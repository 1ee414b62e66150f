import type { BindingGrant, BindingView, BoundPerson, BoundRole } from '../../src/core/identity/bindings'
import type { After } from '../db/cursor'
import { pageKey } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'
import { personAccountsSql } from './users-repository'

export interface BindingRow {
  id: string
  role: BindingGrant
  district_id: string
  station_id: string | null
  deputy_id: string | null
  department_id: string | null
  consultant_id: string | null
  member_name: string | null
  leader: boolean
  hint: string
  /** The role of whoever issued it; null: the first admin's bootstrap code. */
  issuedByRole: BoundRole | null
  expired: boolean
  used_at: string | null
  revoked_at: string | null
}

export interface NewBinding {
  codeHash: string
  hint: string
  role: BindingGrant
  districtId: string
  stationId: string | null
  deputyId: string | null
  departmentId: string | null
  consultantId: string | null
  memberName?: string
  leader: boolean
  issuedBy: string | null
  days: number
}

export async function insertBinding(q: Queryable, b: NewBinding): Promise<{ id: string; expiresAt: string }> {
  const [row] = await q.query<{ id: string; expiresAt: string }>(
    `insert into bindings (code_hash, hint, role, district_id, station_id, deputy_id, department_id, issued_by, expires_at, leader, consultant_id, member_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(days => $9), $10, $11, $12) returning id, ${isoText('expires_at')} as "expiresAt"`,
    [b.codeHash, b.hint, b.role, b.districtId, b.stationId, b.deputyId, b.departmentId, b.issuedBy, b.days, b.leader, b.consultantId, b.memberName ?? null],
  )
  return row
}

const ROW = `b.id, b.role, b.district_id, b.station_id, b.deputy_id, b.department_id, b.consultant_id, b.member_name, b.leader, b.hint,
  (select i.role from users i where i.id = b.issued_by) as "issuedByRole", b.expires_at <= now() as expired, b.used_at, b.revoked_at`

export async function bindingByHash(q: Queryable, codeHash: string): Promise<BindingRow | null> {
  const [row] = await q.query<BindingRow>(`select ${ROW} from bindings b where b.code_hash = $1 for update of b`, [codeHash])
  return row ?? null
}

export async function bindingById(q: Queryable, id: string): Promise<BindingRow | null> {
  const [row] = await q.query<BindingRow>(`select ${ROW} from bindings b where b.id = $1 for update of b`, [id])
  return row ?? null
}

export async function markBindingUsed(q: Queryable, id: string, userId: string): Promise<void> {
  await q.query('update bindings set used_by = $2, used_at = now() where id = $1', [id, userId])
}

export async function revokeBindingRow(q: Queryable, id: string): Promise<void> {
  await q.query('update bindings set revoked_at = now() where id = $1', [id])
}

/** Wrong codes a person tried in the last hour (from any account of theirs); and one more. */
export async function recentBindAttempts(q: Queryable, userId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from bind_attempts where user_id in ${personAccountsSql('$1::uuid')} and at > now() - interval '1 hour'`, [userId])
  return row.n
}

export async function recordBindAttempt(q: Queryable, userId: string): Promise<void> {
  await q.query('insert into bind_attempts (user_id) values ($1)', [userId])
}

/** What a binding names, by the codes a district's lists use. */
export async function deputyTarget(q: Queryable, code: string) {
  const [row] = await q.query<{ id: string; stationId: string; districtId: string; active: boolean }>(
    `select d.id, d.station_id as "stationId", s.district_id as "districtId", d.active from deputies d join stations s on s.id = d.station_id where d.code = $1`,
    [code],
  )
  return row ?? null
}

export async function deputyInOffice(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('select 1 from deputies where id = $1 and active', [id])).length > 0
}

/** An active entry of a district's 专家库, by its number. */
export async function consultantTarget(q: Queryable, code: string, districtId: string | null) {
  const [row] = await q.query<{ id: string; districtId: string; active: boolean }>(
    'select id, district_id as "districtId", active from consultants where code = $1 and district_id = $2',
    [code, districtId],
  )
  return row ?? null
}

export async function consultantActive(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('select 1 from consultants where id = $1 and active', [id])).length > 0
}

export async function stationTarget(q: Queryable, code: string) {
  const [row] = await q.query<{ id: string; districtId: string }>('select id, district_id as "districtId" from stations where code = $1', [code])
  return row ?? null
}

export async function departmentTarget(q: Queryable, code: string, districtId: string | null) {
  const rows = await q.query<{ id: string; districtId: string }>(
    'select id, district_id as "districtId" from departments where code = $1 and ($2::uuid is null or district_id = $2)',
    [code, districtId],
  )
  return rows.length === 1 ? rows[0] : null
}

/** The name of a role's scope (of a binding `b` or a user `u`), as lists show it; an office leader is marked（领导）. */
const SCOPE_NAME = (t: string) =>
  `coalesce(dep.name || '（' || dep.code || '）', d.name || '（' || d.code || '）', cn.name || '（' || cn.code || '）', ${t}.member_name, st.name, di.name, '') || case when ${t}.leader then '（领导）' else '' end`
const SCOPE_JOINS = (t: string) => `left join deputies d on d.id = ${t}.deputy_id left join stations st on st.id = ${t}.station_id
  left join departments dep on dep.id = ${t}.department_id left join districts di on di.id = ${t}.district_id
  left join consultants cn on cn.id = ${t}.consultant_id`

/** Codes issued in a scope (a district, or one station's), newest first; admin codes only when `adminCodes`. */
export async function listBindings(q: Queryable, scope: { districtId: string | null; stationId: string | null; adminCodes: boolean }, after: After | null, limit: number) {
  return q.query<BindingView & { pageKey: string }>(
    `select b.id, b.hint, b.role, ${SCOPE_NAME('b')} as "scopeName",
            case when b.revoked_at is not null then 'revoked' when b.used_at is not null then 'used' when b.expires_at <= now() then 'expired' else 'waiting' end as status,
            ${isoText('b.created_at')} as "createdAt", ${isoText('b.expires_at')} as "expiresAt", ${isoText('b.used_at')} as "usedAt", ${pageKey('b.created_at')}
       from bindings b ${SCOPE_JOINS('b')}
      where ($1::uuid is null or b.district_id = $1) and ($2::uuid is null or b.station_id = $2 or d.station_id = $2)
        and ($6 or b.role <> 'admin')
        and ($3::timestamptz is null or (b.created_at, b.id) < ($3::timestamptz, $4::uuid))
      order by b.created_at desc, b.id desc limit $5`,
    [scope.districtId, scope.stationId, after?.at ?? null, after?.id ?? null, limit, scope.adminCodes],
  )
}

/** People with a role in a scope, newest first. */
export async function boundPeople(q: Queryable, scope: { districtId: string | null; stationId: string | null }, after: After | null, limit: number) {
  return q.query<BoundPerson & { pageKey: string }>(
    `select u.id, u.role, ${SCOPE_NAME('u')} as "scopeName", ${isoText('u.created_at')} as since, ${pageKey('u.created_at')}
       from users u ${SCOPE_JOINS('u')}
      where u.role <> 'resident' and u.deleted_at is null
        and ($1::uuid is null or u.district_id = $1) and ($2::uuid is null or coalesce(d.station_id, u.station_id) = $2)
        and ($3::timestamptz is null or (u.created_at, u.id) < ($3::timestamptz, $4::uuid))
      order by u.created_at desc, u.id desc limit $5`,
    [scope.districtId, scope.stationId, after?.at ?? null, after?.id ?? null, limit],
  )
}

/** The admins of a district (count under lockDistrict for a decision that must hold). */
export async function adminCount(q: Queryable, districtId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from users where role = 'admin' and district_id = $1 and deleted_at is null`, [districtId])
  return row.n
}

/** Holds the district's row: changes to its admins take turns. */
export async function lockDistrict(q: Queryable, districtId: string): Promise<void> {
  await q.query('select 1 from districts where id = $1 for update', [districtId])
}

/** Bootstraps (the first admin of a district) take turns. */
export async function lockBootstrap(q: Queryable): Promise<void> {
  await q.query(`select pg_advisory_xact_lock(hashtext('bootstrap-admin'))`)
}

/** Makes the account a member of the district's standing committee (a flag; nothing else of it changes). */
export async function setMember(q: Queryable, userId: string, districtId: string, name: string): Promise<void> {
  await q.query('update users set member_of = $2, member_name = $3 where id = $1', [userId, districtId, name])
}
