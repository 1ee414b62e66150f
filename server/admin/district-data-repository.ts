import type { Queryable } from '../db/queryable'

/** A district's own lists as its workbook has them, each row's cells as text; as stored, each with its version. */

export interface StationData { code: string; name: string; kind: string; street: string; community: string; address: string; latitude: string; longitude: string; openHours: string; contact: string }
export interface DeputyData { code: string; name: string; levels: string[]; duties: string; stationCode: string; active: boolean; phoneEnc: string | null }
export interface DepartmentData { code: string; name: string }
export interface CategoryData { name: string; departmentCode: string; sort: number }
export interface HolidayData { day: string; kind: string; name: string }
export type Stored<T> = T & { version: number }
/** A station's own fields beyond its sheet's. */
export type StoredStation = Stored<StationData> & { active: boolean; serviceArea: [number, number][] | null }

/** Each list reads the whole district, or (with `key`) one record. */
export async function stationsOf(q: Queryable, districtId: string, key: string | null = null): Promise<StoredStation[]> {
  return q.query(
    `select code, name, kind, street, community, address, coalesce(latitude::text, '') as latitude, coalesce(longitude::text, '') as longitude,
            open_hours as "openHours", contact, version, active, service_area as "serviceArea"
       from stations where district_id = $1 and ($2::text is null or code = $2) order by code`,
    [districtId, key],
  )
}

export async function deputiesOf(q: Queryable, districtId: string, key: string | null = null): Promise<Stored<DeputyData>[]> {
  return q.query(
    `select d.code, d.name, d.levels, d.duties, s.code as "stationCode", d.active, d.phone_enc as "phoneEnc", d.version
       from deputies d join stations s on s.id = d.station_id where s.district_id = $1 and ($2::text is null or d.code = $2) order by d.code`,
    [districtId, key],
  )
}

export async function departmentsOf(q: Queryable, districtId: string, key: string | null = null): Promise<Stored<DepartmentData>[]> {
  return q.query('select code, name, version from departments where district_id = $1 and ($2::text is null or code = $2) order by code', [districtId, key])
}

export async function categoriesOf(q: Queryable, districtId: string, key: string | null = null): Promise<Stored<CategoryData>[]> {
  return q.query(
    `select c.name, coalesce(dep.code, '') as "departmentCode", c.sort, c.version from categories c
       left join dispatch_catalogue dc on dc.district_id = c.district_id and dc.category = c.name
       left join departments dep on dep.id = dc.department_id
      where c.district_id = $1 and ($2::text is null or c.name = $2) order by c.sort, c.name`,
    [districtId, key],
  )
}

export async function holidaysOf(q: Queryable, districtId: string, key: string | null = null): Promise<Stored<HolidayData>[]> {
  return q.query(
    `select to_char(day, 'YYYY-MM-DD') as day, kind, name, version from holidays where district_id = $1 and ($2::text is null or to_char(day, 'YYYY-MM-DD') = $2) order by day`,
    [districtId, key],
  )
}

/** Codes of stations and deputies that another district already holds (codes are unique across districts). */
export async function codesElsewhere(q: Queryable, districtId: string, stations: string[], deputies: string[]) {
  const s = await q.query<{ code: string }>('select code from stations where district_id <> $1 and code = any($2::text[])', [districtId, stations])
  const d = await q.query<{ code: string }>(
    'select d.code from deputies d join stations s on s.id = d.station_id where s.district_id <> $1 and d.code = any($2::text[])',
    [districtId, deputies],
  )
  return { stations: new Set(s.map((r) => r.code)), deputies: new Set(d.map((r) => r.code)) }
}

const col = <T>(rows: T[], f: (r: T) => unknown) => rows.map(f)

export async function upsertDepartments(q: Queryable, districtId: string, rows: DepartmentData[]) {
  if (!rows.length) return
  await q.query(
    `insert into departments (district_id, code, name) select $1, * from unnest($2::text[], $3::text[])
     on conflict (district_id, code) do update set name = excluded.name, version = departments.version + 1`,
    [districtId, col(rows, (r) => r.code), col(rows, (r) => r.name)],
  )
}

export async function upsertStations(q: Queryable, districtId: string, rows: StationData[]) {
  if (!rows.length) return
  await q.query(
    `insert into stations (district_id, code, name, kind, street, community, address, latitude, longitude, open_hours, contact)
     select $1, t.code, t.name, t.kind, t.street, t.community, t.address, nullif(t.lat, '')::float8, nullif(t.lng, '')::float8, t.hours, t.contact
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
            as t(code, name, kind, street, community, address, lat, lng, hours, contact)
     on conflict (code) do update set name = excluded.name, kind = excluded.kind, street = excluded.street, community = excluded.community,
       address = excluded.address, latitude = excluded.latitude, longitude = excluded.longitude, open_hours = excluded.open_hours, contact = excluded.contact,
       version = stations.version + 1`,
    [districtId, ...(['code', 'name', 'kind', 'street', 'community', 'address', 'latitude', 'longitude', 'openHours', 'contact'] as const).map((k) => col(rows, (r) => r[k]))],
  )
}

/** A deputy's code is who they are (it is printed on posters): matched by it, never changed. A phone left empty stays as it was. */
export async function upsertDeputies(q: Queryable, rows: DeputyData[]) {
  if (!rows.length) return
  await q.query(
    `insert into deputies (code, name, levels, duties, station_id, active, phone_enc)
     select t.code, t.name, string_to_array(t.levels, '、'), t.duties, s.id, t.active, t.phone
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[]) as t(code, name, levels, duties, station, active, phone)
       join stations s on s.code = t.station
     on conflict (code) do update set name = excluded.name, levels = excluded.levels, duties = excluded.duties, station_id = excluded.station_id,
       active = excluded.active, phone_enc = coalesce(excluded.phone_enc, deputies.phone_enc), version = deputies.version + 1`,
    [col(rows, (r) => r.code), col(rows, (r) => r.name), col(rows, (r) => r.levels.join('、')), col(rows, (r) => r.duties), col(rows, (r) => r.stationCode),
      col(rows, (r) => r.active), col(rows, (r) => r.phoneEnc)],
  )
}

/** New categories after the others, in the workbook's order; each with the department the 派单目录 proposes (or none). */
export async function upsertCategories(q: Queryable, districtId: string, rows: CategoryData[]) {
  if (!rows.length) return
  await q.query(
    `insert into categories (district_id, name, sort) select $1, * from unnest($2::text[], $3::int[])
     on conflict (district_id, name) do update set version = categories.version + 1`,
    [districtId, col(rows, (r) => r.name), col(rows, (r) => r.sort)],
  )
  await q.query('delete from dispatch_catalogue where district_id = $1 and category = any($2::text[])', [districtId, col(rows, (r) => r.name)])
  await q.query(
    `insert into dispatch_catalogue (district_id, category, department_id)
     select $1, t.category, d.id from unnest($2::text[], $3::text[]) as t(category, department) join departments d on d.district_id = $1 and d.code = t.department`,
    [districtId, col(rows, (r) => r.name), col(rows, (r) => r.departmentCode)],
  )
}

export async function upsertHolidays(q: Queryable, districtId: string, rows: HolidayData[]) {
  if (!rows.length) return
  await q.query(
    `insert into holidays (district_id, day, kind, name) select $1, t.day::date, t.kind, t.name from unnest($2::text[], $3::text[], $4::text[]) as t(day, kind, name)
     on conflict (district_id, day) do update set kind = excluded.kind, name = excluded.name, version = holidays.version + 1`,
    [districtId, col(rows, (r) => r.day), col(rows, (r) => r.kind), col(rows, (r) => r.name)],
  )
}

export async function districtName(q: Queryable, districtId: string): Promise<string> {
  const [row] = await q.query<{ name: string }>('select name from districts where id = $1', [districtId])
  return row.name
}
