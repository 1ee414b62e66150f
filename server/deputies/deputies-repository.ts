import { shownSql } from '../safety/visibility'
import type { DeputyProfile, DeputySummary } from '../../src/core/deputies/types'
import type { Queryable } from '../db/queryable'

/** One page of active deputies in code order; `after` is the last code of the page before. */
export async function listDeputies(q: Queryable, after: string | undefined, limit: number): Promise<DeputySummary[]> {
  return q.query<DeputySummary>(
    `select id, code, name, levels[1] as level, station_id as "stationId"
       from deputies where active and ($1::text is null or code > $1) order by code limit $2`,
    [after ?? null, limit],
  )
}

/** A deputy's profile as stored: the district a case filed to them belongs to, and the fields only the handler may open. */
export type DeputyRecord = Omit<DeputyProfile, 'photoUrl' | 'phone'> & {
  districtId: string
  photoKey: string | null
  phoneEnc: string | null
  phonePublic: boolean
  active: boolean
}

/** A deputy by code, in office or not (a retired deputy's printed code still lands somewhere). */
export async function deputyByCode(q: Queryable, code: string): Promise<DeputyRecord | null> {
  const [row] = await q.query<DeputyRecord>(
    `select d.id, d.code, d.name, d.levels, d.duties, s.district_id as "districtId", d.photo_key as "photoKey",
            case when ${shownSql('bio', 'd.id')} then d.bio else '' end as bio,
            d.contact_hours as "contactHours", d.phone_enc as "phoneEnc", d.phone_public as "phonePublic", d.active,
            json_build_object('id', s.id, 'name', s.name, 'address', s.address) as station,
            array(select c.name from categories c where c.district_id = s.district_id order by c.sort) as categories
       from deputies d join stations s on s.id = d.station_id
      where d.code = $1`,
    [code],
  )
  return row ?? null
}

export async function deputyCodeOf(q: Queryable, id: string): Promise<string | null> {
  const [row] = await q.query<{ code: string }>('select code from deputies where id = $1 and active', [id])
  return row?.code ?? null
}

export async function deputyNameAndStation(q: Queryable, deputyId: string): Promise<{ name: string; stationId: string; districtId: string }> {
  const [row] = await q.query<{ name: string; stationId: string; districtId: string }>(
    'select d.name, d.station_id as "stationId", s.district_id as "districtId" from deputies d join stations s on s.id = d.station_id where d.id = $1',
    [deputyId],
  )
  return row
}
