import { LRUCache } from 'lru-cache'
import { deadlineConfig, type DeadlineConfig } from '../../src/core/deadlines'
import type { StationPlace } from '../../src/core/routing'
import type { Queryable } from './database'

export interface District {
  id: string
  casePrefix: string
  deadlines: DeadlineConfig
  categories: string[]
}

/**
 * A district's settings (prefix, deadlines, categories) are changed by hand and rarely: every
 * step reads them, so a process keeps each for a minute.
 */
const districts = new LRUCache<string, Promise<District>>({ max: 100, ttl: 60_000 })

export function districtById(q: Queryable, id: string): Promise<District> {
  const known = districts.get(id)
  if (known) return known
  const loading = loadDistrict(q, id)
  districts.set(id, loading)
  loading.catch(() => districts.delete(id))
  return loading
}

async function loadDistrict(q: Queryable, id: string): Promise<District> {
  const [row] = await q.query<Omit<District, 'deadlines'> & { deadlines: unknown }>(
    `select x.id, x.case_prefix as "casePrefix", x.deadlines,
            array(select c.name from categories c where c.district_id = x.id order by c.sort) as categories
       from districts x where x.id = $1`,
    [id],
  )
  if (!row) throw new Error(`district ${id} is missing`)
  return { ...row, deadlines: deadlineConfig(row.deadlines) }
}

/** The district when the installation serves exactly one, else null. */
export async function soleDistrict(q: Queryable): Promise<string | null> {
  const rows = await q.query<{ id: string }>('select id from districts limit 2')
  return rows.length === 1 ? rows[0].id : null
}

export async function stationByCode(q: Queryable, code: string): Promise<{ id: string; districtId: string } | null> {
  const [row] = await q.query<{ id: string; districtId: string }>(
    'select id, district_id as "districtId" from stations where code = $1',
    [code],
  )
  return row ?? null
}

/** Every station with a place on the map, as routing needs them. */
export async function stationPlaces(q: Queryable): Promise<StationPlace[]> {
  return q.query<StationPlace>(
    `select id, district_id as "districtId", longitude, latitude, service_area as area
       from stations where longitude is not null and latitude is not null order by code`,
  )
}

/** The departments a case of this district may go to, and the one the catalogue proposes. */
export async function dispatchOptions(q: Queryable, districtId: string, category: string) {
  const departments = await q.query<{ id: string; name: string }>(
    'select id, name from departments where district_id = $1 order by name',
    [districtId],
  )
  const [proposed] = await q.query<{ id: string }>(
    'select department_id as id from dispatch_catalogue where district_id = $1 and category = $2',
    [districtId, category],
  )
  return { departments, proposedId: proposed?.id ?? null }
}

export async function departmentInDistrict(q: Queryable, id: string, districtId: string): Promise<{ name: string } | null> {
  const [row] = await q.query<{ name: string }>('select name from departments where id = $1 and district_id = $2', [
    id,
    districtId,
  ])
  return row ?? null
}
