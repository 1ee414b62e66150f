import type { ActivityKind } from '../../src/core/accountability/kinds'
import type { ActivityStatus, ActivityView } from '../../src/core/accountability/types'
import type { After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

export type ActivityRow = Omit<ActivityView, 'media'> & { pageKey: string; stationId: string; districtId: string; deputyIds: string[]; recordedBy: string; districtWide: boolean }

const COLUMNS = `a.id, a.kind, to_char(a.day, 'YYYY-MM-DD') as date, a.title, a.text, a.place, a.status, a.reason, a.internal,
  a.station_id as "stationId", a.district_id as "districtId", a.deputy_ids as "deputyIds", a.recorded_by as "recordedBy", a.district_wide as "districtWide", ${isoText('a.created_at')} as "createdAt",
  array(select json_build_object('code', d.code, 'name', d.name) from deputies d where d.id = any(a.deputy_ids)
        order by array_position(a.deputy_ids, d.id)) as deputies`

export interface NewActivity {
  districtId: string
  stationId: string
  deputyIds: string[]
  kind: ActivityKind
  day: string
  title: string
  text: string
  place: string | null
  internal: boolean
  status: ActivityStatus
  reportId: string | null
  recordedBy: string
  submissionId: string | null
  /** Recorded by the office for deputies of many stations; verified by the office. */
  districtWide?: boolean
  /** The suggestion an 意见建议 was about. */
  suggestionId?: string | null
}

/** A new activity; with a submission id already used by its recorder, the first one's id (a retry). */
export async function insertActivity(q: Queryable, a: NewActivity): Promise<{ id: string; fresh: boolean }> {
  const [row] = await q.query<{ id: string }>(
    `insert into activities (district_id, station_id, deputy_ids, kind, day, title, text, place, internal, status, report_id, recorded_by, submission_id,
                             decided_at, district_wide, suggestion_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, case when $10 = 'verified' then now() end, $14, $15)
     on conflict (recorded_by, submission_id) do nothing returning id`,
    [a.districtId, a.stationId, a.deputyIds, a.kind, a.day, a.title, a.text, a.place, a.internal, a.status, a.reportId, a.recordedBy, a.submissionId, a.districtWide ?? false, a.suggestionId ?? null],
  )
  if (row) return { id: row.id, fresh: true }
  const [first] = await q.query<{ id: string }>('select id from activities where recorded_by = $1 and submission_id = $2', [a.recordedBy, a.submissionId])
  return { id: first.id, fresh: false }
}

export async function activityById(q: Queryable, id: string): Promise<ActivityRow | null> {
  const [row] = await q.query<ActivityRow>(`select ${COLUMNS}, '' as "pageKey" from activities a where a.id = $1`, [id])
  return row ?? null
}

/** Verifies or returns a pending activity; false when it was decided already. */
export async function decideActivity(q: Queryable, id: string, status: 'verified' | 'returned', reason: string | null, by: string): Promise<boolean> {
  const rows = await q.query('update activities set status = $2, reason = $3, decided_by = $4, decided_at = now() where id = $1 and status = \'pending\' returning id', [id, status, reason, by])
  return rows.length === 1
}

/** What the public reads of a deputy's record: verified, not internal, and not waiting for (or refused by) review. */
export const PUBLIC_ACTIVITY = `a.status = 'verified' and not a.internal and ${shownSql('activity', 'a.id')}`

/**
 * Activities newest first by day (then id), one page after `after`: a deputy's (`deputyId`), only
 * public ones when `publicOnly`; or those waiting to be verified at a station (not district-wide)
 * or in a district, but those `notBy` recorded.
 */
export async function activityPage(
  q: Queryable,
  where: { deputyId: string; publicOnly: boolean } | { pending: { stationId?: string; districtId?: string; notBy: string } },
  after: After | null,
  limit: number,
): Promise<ActivityRow[]> {
  // $1–$3 the filter's, $4–$6 the page's.
  const [filter, params] =
    'deputyId' in where
      ? [`a.deputy_ids @> array[$1::uuid] ${where.publicOnly ? `and ${PUBLIC_ACTIVITY}` : ''} and $2::uuid is null and $3::uuid is null`, [where.deputyId, null, null]]
      : [
          `a.status = 'pending' and a.recorded_by <> $1 and ($2::uuid is null or (a.station_id = $2 and not a.district_wide)) and ($3::uuid is null or a.district_id = $3)`,
          [where.pending.notBy, where.pending.stationId ?? null, where.pending.districtId ?? null],
        ]
  return q.query<ActivityRow>(
    `select ${COLUMNS}, to_char(a.day, 'YYYY-MM-DD') as "pageKey" from activities a
      where ${filter} and ($4::date is null or (a.day, a.id) < ($4::date, $5::uuid))
      order by a.day desc, a.id desc limit $6`,
    [...params, after?.at ?? null, after?.id ?? null, limit],
  )
}

/** Verified activities of a deputy in a span, by kind: what a 述职 reports. */
export async function activitiesByKind(q: Queryable, deputyId: string, from: string, to: string): Promise<Partial<Record<ActivityKind, number>>> {
  const rows = await q.query<{ kind: ActivityKind; n: number }>(
    `select kind, count(*)::int as n from activities where deputy_ids @> array[$1::uuid] and status = 'verified' and day between $2::date and $3::date group by kind`,
    [deputyId, from, to],
  )
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]))
}
