import type { ReceptionSchedule } from '../../src/core/reception/schedules'
import { shownSql } from '../safety/visibility'
import { pageKey, type After } from '../db/cursor'
import type { Queryable } from '../db/queryable'

export interface NoticeRow {
  id: string
  station_id: string
  station_name: string
  district_id: string
  theme: string
  place: string
  schedule: ReceptionSchedule
  deputy_ids: string[]
  deputies: { id: string; name: string }[]
  slot_minutes: number
  slot_capacity: number
  status: 'published' | 'cancelled'
  version: number
  held: boolean
  consultation_id: string | null
  station_code: string
}

const NOTICE = `n.id, n.station_id, s.name as station_name, s.code as station_code, s.district_id, n.theme, n.place, n.schedule, n.deputy_ids,
  coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name) order by array_position(n.deputy_ids, d.id))
              from deputies d where d.id = any(n.deputy_ids)), '[]') as deputies,
  n.slot_minutes, n.slot_capacity, n.status, n.version, not ${shownSql('notice', 'n.id')} as held, n.consultation_id`

export async function noticeById(q: Queryable, id: string, forUpdate = false): Promise<NoticeRow | null> {
  const [row] = await q.query<NoticeRow>(
    `select ${NOTICE} from reception_notices n join stations s on s.id = n.station_id where n.id = $1 ${forUpdate ? 'for update of n' : ''}`,
    [id],
  )
  return row ?? null
}

/**
 * Published notices, of one station or of all, newest posted first; those held for review only
 * when asked (the station's staff). `since` leaves out one-off days long gone; `after` and
 * `limit` read a page of them.
 */
export async function publishedNotices(
  q: Queryable,
  stationId: string | undefined,
  withHeld: boolean,
  page: { since?: string; after?: After | null; limit?: number } = {},
): Promise<(NoticeRow & { pageKey: string })[]> {
  return q.query(
    `select ${NOTICE}, ${pageKey('n.created_at')} from reception_notices n join stations s on s.id = n.station_id
      where n.status = 'published' and ($1::uuid is null or n.station_id = $1) and ($2 or ${shownSql('notice', 'n.id')})
        and ($3::date is null or n.schedule->'rule'->>'kind' <> 'once' or (n.schedule->'rule'->>'date')::date >= $3::date)
        and ($4::timestamptz is null or (n.created_at, n.id) < ($4::timestamptz, $5::uuid))
      order by n.created_at desc, n.id desc limit $6`,
    [stationId ?? null, withHeld, page.since ?? null, page.after?.at ?? null, page.after?.id ?? null, page.limit ?? null],
  )
}

/** Published notices a deputy receives on. */
export async function noticesWithDeputy(q: Queryable, deputyId: string): Promise<NoticeRow[]> {
  return q.query<NoticeRow>(
    `select ${NOTICE} from reception_notices n join stations s on s.id = n.station_id
      where n.status = 'published' and $1 = any(n.deputy_ids) and ${shownSql('notice', 'n.id')} order by n.created_at desc limit 50`,
    [deputyId],
  )
}

export interface NoticeFields {
  theme: string
  place: string
  schedule: ReceptionSchedule
  deputyIds: string[]
  slotMinutes: number
  slotCapacity: number
  consultationId?: string | null
}

export async function insertNotice(q: Queryable, stationId: string, f: NoticeFields, by: string | null): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into reception_notices (station_id, theme, place, schedule, deputy_ids, slot_minutes, slot_capacity, created_by, consultation_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [stationId, f.theme, f.place, JSON.stringify(f.schedule), f.deputyIds, f.slotMinutes, f.slotCapacity, by, f.consultationId ?? null],
  )
  return row.id
}

export async function updateNotice(q: Queryable, id: string, f: NoticeFields): Promise<void> {
  await q.query(
    `update reception_notices set theme = $2, place = $3, schedule = $4, deputy_ids = $5, slot_minutes = $6, slot_capacity = $7, consultation_id = $8,
            version = version + 1, updated_at = now() where id = $1`,
    [id, f.theme, f.place, JSON.stringify(f.schedule), f.deputyIds, f.slotMinutes, f.slotCapacity, f.consultationId ?? null],
  )
}

export async function cancelNotice(q: Queryable, id: string): Promise<void> {
  await q.query(`update reception_notices set status = 'cancelled', version = version + 1, updated_at = now() where id = $1`, [id])
}

/** Who hears of a station's reception days: its followers, and residents who filed through its codes. */
export async function stationListeners(q: Queryable, stationId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `select user_id as id from station_followers where station_id = $1
     union select resident_id from cases where station_id = $1 and channel in ('deputy_qr', 'station_qr', 'reception')`,
    [stationId],
  )
  return rows.map((r) => r.id)
}

export async function setFollowing(q: Queryable, stationId: string, userId: string, on: boolean): Promise<void> {
  await q.query(
    on
      ? 'insert into station_followers (station_id, user_id) values ($1, $2) on conflict do nothing'
      : 'delete from station_followers where station_id = $1 and user_id = $2',
    [stationId, userId],
  )
}

export async function isFollowing(q: Queryable, stationId: string, userId: string): Promise<boolean> {
  return (await q.query('select 1 from station_followers where station_id = $1 and user_id = $2', [stationId, userId])).length > 0
}
