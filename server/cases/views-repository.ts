import type { Candidate } from '../../src/core/cases/duplicates'
import { OPEN_STATUSES, type CaseStatus } from '../../src/core/cases/states'
import type { CaseDetail, CaseEvent, CaseSummary } from '../../src/core/cases/types'
import { shownSql } from '../safety/visibility'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'

/** The summary columns every list shows; needs `c` joined to `d` (deputy), `s` (station) and `dep` (department). */
export const SUMMARY = `c.id, c.number, c.status, c.category, c.text, coalesce(d.name, '') as "deputyName",
  coalesce(s.name, '') as "stationName", coalesce(dep.name, '') as "departmentName", ${isoText('c.created_at')} as "createdAt", ${isoText('c.updated_at')} as "updatedAt",
  case when c.expires_to = 'overdue' then ${isoText('c.due_at')} end as "dueAt", c.overdue_at is not null as overdue`

export const CASES_FROM = `cases c left join deputies d on d.id = c.deputy_id left join stations s on s.id = c.station_id
  left join departments dep on dep.id = c.department_id`

/** A case and its timeline; its attachments are added by whoever knows where they are stored. */
export async function caseDetail(q: Queryable, id: string, viewerId: string): Promise<Omit<CaseDetail, 'media'> | null> {
  const [c] = await q.query<Omit<CaseDetail, 'events' | 'media'>>(
    `select ${SUMMARY}, c.version, c.location, c.resolved_by as "resolvedBy",
            c.result_rating as "resultRating", c.follow_up_rating as "followUpRating", c.reopen_count as "reopenCount", c.urged,
            c.phone_masked as phone, (c.show_publicly and ${shownSql('case', 'c.id')}) as "showPublicly", c.resident_id = $2 as mine,
            coalesce(sd.name, '') as "suggestedDeputyName",
            case when c.for_name is not null then json_build_object('name', c.for_name, 'claimed', not c.claimable) end as "recordedFor"
       from ${CASES_FROM} left join deputies sd on sd.id = c.suggested_deputy_id
      where c.id = $1`,
    [id, viewerId],
  )
  if (!c) return null
  // The actor is named by what they act as: the deputy, the department, the station.
  const events = await q.query<CaseEvent>(
    `select e.id, e.type, e.from_status as "fromStatus", e.to_status as "toStatus", e.actor_role as "actorRole",
            coalesce(ad.name, adep.name, ast.name, '') as "actorName", coalesce(e.note, e.payload->>'text') as text,
            ${isoText('e.created_at')} as "createdAt", not ${shownSql('note', 'e.id')} as held
       from case_events e left join users u on u.id = e.actor_id
            left join deputies ad on ad.id = e.actor_deputy_id
            left join departments adep on adep.id = u.department_id and e.actor_role = 'department'
            left join stations ast on ast.id = u.station_id and e.actor_role = 'staff'
      where e.case_id = $1 order by e.seq`,
    [id],
  )
  return { ...c, events }
}

/** The cases a resident filed or follows, newest first; with `toRate`, only their own results waiting in those states for a rating. */
export async function casesOfResident(
  q: Queryable,
  residentId: string,
  toRate: readonly CaseStatus[] | null,
  after: After | null,
  limit: number,
): Promise<(CaseSummary & { mine: boolean; showPublicly: boolean; pageKey: string })[]> {
  return q.query(
    `select ${SUMMARY}, c.resident_id = $1 as mine, (c.show_publicly and ${shownSql('case', 'c.id')}) as "showPublicly", ${pageKey('c.created_at')}
       from ${CASES_FROM}
      where (($3::text[] is null and (c.resident_id = $1 or exists (select 1 from case_followers f where f.case_id = c.id and f.user_id = $1)))
             or (c.resident_id = $1 and c.status = any($3::text[])))
        and ($4::timestamptz is null or (c.created_at, c.id) < ($4::timestamptz, $5::uuid))
      order by c.created_at desc, c.id desc limit $2`,
    [residentId, limit, toRate, after?.at ?? null, after?.id ?? null],
  )
}

/** How many of a resident's own results wait for their rating (待评价). */
export async function countToRate(q: Queryable, residentId: string, states: readonly CaseStatus[]): Promise<number> {
  const [row] = await q.query<{ n: number }>('select count(*)::int as n from cases where resident_id = $1 and status = any($2::text[])', [residentId, states])
  return row.n
}

/** A case's sealed phone (null: none was left), with the district whose trail records reading it. */
export async function storedPhone(q: Queryable, id: string): Promise<{ sealed: string; districtId: string } | null> {
  const [row] = await q.query<{ sealed: string | null; districtId: string }>('select phone_enc as sealed, district_id as "districtId" from cases where id = $1', [id])
  return row?.sealed ? { sealed: row.sealed, districtId: row.districtId } : null
}

/** Roughly 111 km to a degree of latitude; a box a little larger than the radius asked for. */
const METRES_PER_DEGREE = 111_320

/**
 * Open cases of a category in a district that may be the same problem: at the station, or
 * inside a box around the place (the caller measures the true distance). Another person's only.
 */
export async function openCasesLike(
  q: Queryable,
  p: { districtId: string; category: string; notResident: string; stationId: string | null; near: { latitude: number; longitude: number } | null; radiusM: number },
): Promise<Candidate[]> {
  const dLat = (p.radiusM * 1.2) / METRES_PER_DEGREE
  const dLng = p.near ? dLat / Math.max(Math.cos((p.near.latitude * Math.PI) / 180), 0.01) : 0
  return q.query<Candidate>(
    `select c.id, c.number, c.category, c.text, c.status, c.station_id as "stationId",
            (c.location->>'latitude')::float8 as latitude, (c.location->>'longitude')::float8 as longitude,
            (select count(*)::int from case_followers f where f.case_id = c.id) as followers,
            ${isoText('c.created_at')} as "createdAt", (c.show_publicly and ${shownSql('case', 'c.id')}) as "showPublicly"
       from cases c
      where c.district_id = $1 and c.category = $2 and c.resident_id <> $3 and c.status = any($4::text[])
        and ((c.station_id = $5::uuid)
          or ($6::float8 is not null and (c.location->>'latitude')::float8 between $6::float8 - $8::float8 and $6::float8 + $8::float8
              and (c.location->>'longitude')::float8 between $7::float8 - $9::float8 and $7::float8 + $9::float8))
      order by c.created_at desc limit 50`,
    [p.districtId, p.category, p.notResident, OPEN_STATUSES, p.stationId, p.near?.latitude ?? null, p.near?.longitude ?? null, dLat, dLng],
  )
}
