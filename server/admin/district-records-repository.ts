import type { SheetName } from '../../src/core/admin/workbook'
import { OPEN_STATUSES } from '../../src/core/cases/states'
import type { Queryable } from '../db/queryable'

/** One record's writes take turns (a new code too, which no row lock could hold). */
export async function lockRecord(q: Queryable, districtId: string, sheet: SheetName, key: string): Promise<void> {
  await q.query('select pg_advisory_xact_lock(hashtext($1))', [`district-record:${districtId}:${sheet}:${key}`])
}


/** A station's cases not yet finished. */
export async function openCasesAt(q: Queryable, districtId: string, code: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    'select count(*)::int as n from cases c join stations s on s.id = c.station_id where s.district_id = $1 and s.code = $2 and c.status = any($3::text[])',
    [districtId, code, OPEN_STATUSES],
  )
  return row.n
}

const DELETE: Record<SheetName, string> = {
  站点: 'delete from stations where district_id = $1 and code = $2',
  代表: 'delete from deputies d using stations s where s.id = d.station_id and s.district_id = $1 and d.code = $2',
  部门: 'delete from departments where district_id = $1 and code = $2',
  类别: 'delete from categories where district_id = $1 and name = $2',
  节假日: "delete from holidays where district_id = $1 and to_char(day, 'YYYY-MM-DD') = $2",
}

/**
 * Removes a record unless something still refers to it (a case, a deputy, a binding…): then it
 * stays, and the answer is false. A category's place in the 派单目录 goes with it.
 */
export async function removeRecord(q: Queryable, districtId: string, sheet: SheetName, key: string): Promise<boolean> {
  await q.query('savepoint remove_record')
  try {
    if (sheet === '类别') await q.query('delete from dispatch_catalogue where district_id = $1 and category = $2', [districtId, key])
    await q.query(DELETE[sheet], [districtId, key])
    await q.query('release savepoint remove_record')
    return true
  } catch (e) {
    if ((e as { code?: string }).code !== '23503') throw e
    await q.query('rollback to savepoint remove_record')
    return false
  }
}

export async function setStationActive(q: Queryable, districtId: string, code: string, active: boolean): Promise<void> {
  await q.query('update stations set active = $3, version = version + 1 where district_id = $1 and code = $2', [districtId, code, active])
}

/**
 * A station's service area, stored as its outline's ring of [longitude, latitude]; false when it
 * was that already. `bump`: a new version (when nothing else of the station was written in this save).
 */
export async function setServiceArea(q: Queryable, districtId: string, code: string, ring: [number, number][] | null, bump: boolean): Promise<boolean> {
  const rows = await q.query(
    `update stations set service_area = $3::jsonb, version = version + $4::int
      where district_id = $1 and code = $2 and service_area is distinct from $3::jsonb returning 1`,
    [districtId, code, ring && JSON.stringify(ring), bump ? 1 : 0],
  )
  return rows.length === 1
}

/**
 * The region tree follows the stations: the district, each 街道乡镇 under it and each 社区 under
 * that, made when first named (a region already there, the demo's included, is kept), and each
 * station placed in the deepest one.
 */
export async function syncRegions(q: Queryable, districtId: string): Promise<void> {
  await q.query(
    `with made as (
       insert into regions (code, name, level) select x.code, x.name, 'district' from districts x where x.id = $1 and x.region_id is null
       on conflict (code) do update set name = excluded.name returning id)
     update districts set region_id = (select id from made) where id = $1 and region_id is null`,
    [districtId],
  )
  const [{ root, code }] = await q.query<{ root: string; code: string }>('select region_id as root, code from districts where id = $1', [districtId])
  const place = (level: string, parent: string, name: string) =>
    q.query(
      `insert into regions (code, name, level, parent_id)
       select distinct $4::text || '/' || p.name || '/' || ${name}, ${name}, $2::text, p.id
         from stations s join regions p on ${parent}
        where s.district_id = $1 and ${name} <> ''
          and not exists (select 1 from regions r where r.parent_id = p.id and r.name = ${name})
       on conflict (code) do nothing`,
      [districtId, level, root, code],
    )
  await place('street', 'p.id = $3::uuid', 's.street')
  await place('community', "p.parent_id = $3::uuid and p.name = s.street", 's.community')
  await q.query(
    `update stations s set region_id = coalesce(
        (select c.id from regions c join regions st on st.id = c.parent_id where st.parent_id = $2 and st.name = s.street and c.name = s.community),
        (select st.id from regions st where st.parent_id = $2 and st.name = s.street))
      where s.district_id = $1`,
    [districtId, root],
  )
}

/** The district's regions with how many open stations each holds (its own and below), parents before children. */
export async function regionsOf(q: Queryable, districtId: string) {
  return q.query<{ id: string; parentId: string | null; name: string; level: 'district' | 'street' | 'community'; stations: number }>(
    `with recursive tree as (
       select r.id, r.parent_id, r.name, r.level, 0 as depth from regions r join districts x on x.region_id = r.id where x.id = $1
       union all select r.id, r.parent_id, r.name, r.level, t.depth + 1 from regions r join tree t on r.parent_id = t.id)
     select t.id, t.parent_id as "parentId", t.name, t.level,
            (select count(*)::int from stations s where s.district_id = $1 and s.active and s.region_id = t.id) as stations
       from tree t order by t.depth, t.name`,
    [districtId],
  )
}

export async function settingsOf(q: Queryable, districtId: string) {
  const [row] = await q.query<{ name: string; code: string; casePrefix: string; deadlines: unknown; suggestionTerms: unknown; version: number }>(
    'select name, code, case_prefix as "casePrefix", deadlines, suggestion_terms as "suggestionTerms", version from districts where id = $1',
    [districtId],
  )
  return row
}

/** Saves the settings when the version is the one read; false when someone saved in between. */
export async function saveSettingsRow(q: Queryable, districtId: string, s: { name: string; code: string; casePrefix: string; deadlines: object; suggestionTerms: object; version: number }): Promise<boolean> {
  const rows = await q.query(
    'update districts set name = $2, code = $3, case_prefix = $4, deadlines = $5::jsonb, suggestion_terms = $7::jsonb, version = version + 1 where id = $1 and version = $6 returning 1',
    [districtId, s.name, s.code, s.casePrefix, JSON.stringify(s.deadlines), s.version, JSON.stringify(s.suggestionTerms)],
  )
  return rows.length === 1
}

/** What a new district has so far, for its first-run checklist. */
export async function firstRunCounts(q: Queryable, districtId: string, today: string) {
  const [row] = await q.query<Record<'settings' | 'holidays' | 'stations' | 'deputies' | 'departments' | 'categories' | 'catalogue' | 'people' | 'reception', number>>(
    `select (select version - 1 from districts where id = $1) as settings,
            (select count(*)::int from holidays where district_id = $1 and day >= $2::date) as holidays,
            (select count(*)::int from stations where district_id = $1 and active) as stations,
            (select count(*)::int from deputies d join stations s on s.id = d.station_id where s.district_id = $1 and d.active) as deputies,
            (select count(*)::int from departments where district_id = $1) as departments,
            (select count(*)::int from categories where district_id = $1) as categories,
            (select count(*)::int from dispatch_catalogue where district_id = $1) as catalogue,
            (select count(*)::int from users where district_id = $1 and role <> 'resident' and deleted_at is null) as people,
            (select count(*)::int from reception_notices n join stations s on s.id = n.station_id where s.district_id = $1 and n.status = 'published') as reception`,
    [districtId, today],
  )
  return row
}

export const districtNameTaken = async (q: Queryable, districtId: string, name: string): Promise<boolean> =>
  (await q.query('select 1 from districts where name = $2 and id <> $1', [districtId, name])).length > 0

export const districtCodeTaken = async (q: Queryable, districtId: string, code: string): Promise<boolean> =>
  (await q.query('select 1 from districts where code = $2 and id <> $1', [districtId, code])).length > 0
