import type { CaseStatus } from '../../src/core/cases/states'
import type { Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

/** A public case as open data reads it, before it is anonymized. */
export interface PublicCaseRow {
  number: string
  status: CaseStatus
  category: string
  text: string
  agency: string
  createdAt: Date
  updatedAt: Date
  dueAt: Date | null
  resultRating: string | null
  latitude: number | null
  longitude: number | null
}

export interface PublicCaseFilter {
  districtId: string
  categories: string[] | null
  states: readonly CaseStatus[] | null
  from: Date
  to: Date
}

/** Only what the resident allowed to be shown and nothing held by review; merged cases live on in the one they joined. */
const PUBLIC = `c.show_publicly and ${shownSql('case', 'c.id')} and c.merged_into is null`

const COLUMNS = `c.number, c.status, c.category, c.text, coalesce(dep.name, s.name, '') as agency, c.created_at as "createdAt",
  c.updated_at as "updatedAt", case when c.expires_to = 'overdue' then c.due_at end as "dueAt", c.result_rating as "resultRating",
  (c.location->>'latitude')::float8 as latitude, (c.location->>'longitude')::float8 as longitude`

const FROM = `cases c left join departments dep on dep.id = c.department_id left join stations s on s.id = c.station_id`

/** A page of a district's public cases filed in the period, newest first. */
export function publicCases(q: Queryable, f: PublicCaseFilter, offset: number, limit: number): Promise<PublicCaseRow[]> {
  return q.query(
    `select ${COLUMNS} from ${FROM}
      where c.district_id = $1 and ${PUBLIC} and c.created_at >= $2 and c.created_at < $3
        and ($4::text[] is null or c.category = any($4)) and ($5::text[] is null or c.status = any($5))
      order by c.created_at desc, c.id desc offset $6 limit $7`,
    [f.districtId, f.from, f.to, f.categories, f.states, offset, limit],
  )
}

/** One public case of a district by its number; null when there is none, or it is not to be shown. */
export async function publicCase(q: Queryable, districtId: string, number: string): Promise<PublicCaseRow | null> {
  const [row] = await q.query<PublicCaseRow>(`select ${COLUMNS} from ${FROM} where c.district_id = $1 and c.number = $2 and ${PUBLIC}`, [districtId, number])
  return row ?? null
}

/** A district by its code (its jurisdiction_id), or the only one when none is named. */
export async function jurisdiction(q: Queryable, code: string | undefined): Promise<{ id: string; name: string } | null> {
  const rows = await q.query<{ id: string; name: string }>(
    code === undefined ? 'select id, name from districts limit 2' : 'select id, name from districts where code = $1',
    code === undefined ? [] : [code],
  )
  return rows.length === 1 ? rows[0] : null
}
