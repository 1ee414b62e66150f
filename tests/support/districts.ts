import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { accountWith } from './call'

/** The roles that act for a district (residents belong to none). */
export const DISTRICT_ROLES = ['admin', 'office', 'staff', 'deputy', 'department', 'consultant'] as const
export type DistrictRole = (typeof DISTRICT_ROLES)[number]

/**
 * A second district beside the demo one, with a station, a deputy, a department and a category
 * of its own, and one signed-in person in each role, bound to it.
 */
export async function secondDistrict(db: Database) {
  const tag = randomUUID().slice(0, 6)
  const one = async <T>(sql: string, params: unknown[]) => (await db.query<T>(sql, params))[0]
  const district = await one<{ id: string }>(`insert into districts (code, name, case_prefix) values ($1, '外区', 'WQ') returning id`, [`wq${tag}`])
  const station = await one<{ id: string; code: string }>(
    `insert into stations (district_id, code, name, kind, street, address) values ($1, $2, '外区联络站', '联络站', '外区街道', '外区路1号') returning id, code`,
    [district.id, `WQ${tag}`],
  )
  const deputy = await one<{ id: string; code: string }>(
    `insert into deputies (code, name, levels, station_id) values ($1, '赵外区', '{县区}', $2) returning id, code`,
    [`WQD${tag}`, station.id],
  )
  const department = await one<{ id: string }>(`insert into departments (district_id, code, name) values ($1, 'WQBM01', '外区住建局') returning id`, [district.id])
  await db.query(`insert into categories (district_id, name, sort) values ($1, '物业管理', 0)`, [district.id])
  const expert = await one<{ id: string }>(`insert into consultants (district_id, code, name, field, organisation) values ($1, 'ZJ001', '外区律师', '民商法', '外区律所') returning id`, [district.id])
  const scope: Record<DistrictRole, Record<string, string>> = {
    admin: { district_id: district.id },
    office: { district_id: district.id },
    staff: { district_id: district.id, station_id: station.id },
    deputy: { district_id: district.id, station_id: station.id, deputy_id: deputy.id },
    department: { district_id: district.id, department_id: department.id },
    consultant: { district_id: district.id, consultant_id: expert.id },
  }
  const people = {} as Record<DistrictRole, { token: string; userId: string }>
  for (const role of DISTRICT_ROLES) people[role] = await accountWith(db, role, scope[role])
  return { districtId: district.id, stationId: station.id, stationCode: station.code, deputyId: deputy.id, deputyCode: deputy.code, departmentId: department.id, people }
}
