import type { StationPlace } from '../../src/core/cases/routing'
import type { StationDeputy, StationSummary } from '../../src/core/stations/types'
import { containsPattern, type Queryable } from '../db/queryable'

const SUMMARY = `s.id, s.code, s.name, s.kind, s.street, s.address, s.latitude, s.longitude, s.open_hours as "openHours",
  (select count(*)::int from deputies d where d.station_id = s.id and d.active) as deputies, null::float8 as "distanceKm"`

/** Active stations, matching a search over name, street and address when one is given. */
export async function listStations(q: Queryable, search: string | undefined): Promise<StationSummary[]> {
  return q.query<StationSummary>(
    `select ${SUMMARY} from stations s
      where s.active and ($1::text is null or s.name ilike $1 or s.street ilike $1 or s.address ilike $1)
      order by s.code limit 200`,
    [containsPattern(search)],
  )
}

export async function stationRow(q: Queryable, id: string): Promise<(StationSummary & { contact: string; districtId: string; regions: string[]; legislativePoint: boolean }) | null> {
  const [row] = await q.query<StationSummary & { contact: string; districtId: string; regions: string[]; legislativePoint: boolean }>(
    `with recursive up as (
       select r.id, r.name, r.parent_id, 0 as depth from regions r join stations s on s.region_id = r.id where s.id = $1
       union all select r.id, r.name, r.parent_id, up.depth + 1 from regions r join up on r.id = up.parent_id)
     select ${SUMMARY}, s.contact, s.district_id as "districtId", s.legislative_point as "legislativePoint",
            array(select name from up order by depth desc) as regions
       from stations s where s.id = $1 and s.active`,
    [id],
  )
  return row ?? null
}

/** The deputies grouped into a station, in code order. */
export async function stationDeputies(q: Queryable, stationId: string): Promise<StationDeputy[]> {
  return q.query<StationDeputy>(
    'select id, code, name, levels, duties from deputies where station_id = $1 and active order by code',
    [stationId],
  )
}

/** An open station by its code: a retired station's QR takes no new cases. */
export async function stationDistrict(q: Queryable, id: string): Promise<{ stationId: string; districtId: string } | null> {
  const [row] = await q.query<{ stationId: string; districtId: string }>('select id as "stationId", district_id as "districtId" from stations where id = $1', [id])
  return row ?? null
}

/** The station a deputy serves at; null for none. */
export async function deputyStation(q: Queryable, deputyId: string): Promise<string | null> {
  const [row] = await q.query<{ station_id: string | null }>('select station_id from deputies where id = $1', [deputyId])
  return row?.station_id ?? null
}

export async function stationByCode(q: Queryable, code: string): Promise<{ id: string; districtId: string } | null> {
  const [row] = await q.query<{ id: string; districtId: string }>('select id, district_id as "districtId" from stations where code = $1 and active', [code])
  return row ?? null
}

/** Every open station with a place on the map, as routing needs them (a retired one takes no new cases). */
export async function stationPlaces(q: Queryable): Promise<StationPlace[]> {
  return q.query<StationPlace>(
    `select id, district_id as "districtId", longitude, latitude, service_area as area
       from stations where active and longitude is not null and latitude is not null order by code`,
  )
}
