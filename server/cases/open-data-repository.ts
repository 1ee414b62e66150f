import type { CaseStatus } from '../../src/core/cases/states'
import type { Queryable } from '../db/queryable'
import { pageKey, type After } from '../db/cursor'
import { shownSql } from '../safety/visibility'

/** A public case as open data reads it, before it is anonymized. */
export interface PublicCaseRow {
  id: string
  pageKey: string
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

/** Which cases: by number (overriding the rest), or by category, state and the period filed in; continuing after a page's last. */
export interface PublicCaseFilter {
  districtId: string
  numbers: string[] | null
  categories: string[] | null
  states: readonly CaseStatus[] | null
  from: Date
  to: Date
  after: After | null
}

/** Only what the resident allowed to be shown, nothing held by review and nothing withdrawn; merged cases live on in the one they joined. */
const PUBLIC = `c.show_publicly and ${shownSql('case', 'c.id')} and c.merged_into is null and c.status <> 'withdrawn'`

const COLUMNS = `c.id, ${pageKey('c.created_at')}, c.number, c.status, c.category, c.text, coalesce(dep.name, s.name, '') as agency, c.created_at as "createdAt",
  c.updated_at as "updatedAt", case when c.expires_to = 'overdue' then c.due_at end as "dueAt", c.result_rating as "resultRating",
  (c.location->>'latitude')::float8 as latitude, (c.location->>'longitude')::float8 as longitude`

const FROM = `cases c left join departments dep on dep.id = c.department_id left join stations s on s.id = c.station_id`

/** A page of a district's public cases, newest first: by number (numbers are upper case), or filed in the period and filtered. */
export function publicCases(q: Queryable, f: PublicCaseFilter, offset: number, limit: number): Promise<PublicCaseRow[]> {
  return q.query(
    `select ${COLUMNS} from ${FROM}
      where c.district_id = $1 and ${PUBLIC}
        and (($2::text[] is not null and c.number = any($2))
          or ($2::text[] is null and c.created_at >= $3 and c.created_at < $4 and ($5::text[] is null or c.category = any($5))
              and ($6::text[] is null or c.status = any($6)) and ($7::timestamptz is null or (c.created_at, c.id) < ($7, $8::uuid))))
      order by c.created_at desc, c.id desc offset $9 limit $10`,
    [f.districtId, f.numbers?.map((n) => n.toUpperCase()) ?? null, f.from, f.to, f.categories, f.states, f.after?.at ?? null, f.after?.id ?? null, offset, limit],
  )
}

/**
 * A district by its jurisdiction_id: its administrative division code (行政区划代码), or its
 * case-number prefix, either in any case; the only one when none is named.
 */
export async function jurisdiction(q: Queryable, code: string | undefined): Promise<{ id: string; name: string; code: string } | null> {
  const rows = await q.query<{ id: string; name: string; code: string }>(
    code === undefined
      ? 'select id, name, code from districts limit 2'
      : 'select id, name, code from districts where lower(code) = lower($1) or lower(case_prefix) = lower($1) order by lower(code) = lower($1) desc limit 2',
    code === undefined ? [] : [code],
  )
  return rows.length === 1 || (code !== undefined && rows.length) ? rows[0] : null
}
