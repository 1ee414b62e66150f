import { LIVE_APPOINTMENTS, PLACE_HOLDING_APPOINTMENTS, type SlotView } from '../../src/core/reception/views'
import { isoText, type Queryable } from '../db/queryable'

/** Status lists as SQL, from core's states; the live list is also the predicate of the partial unique index on bookings. */
const sqlList = (xs: readonly string[]) => `(${xs.map((x) => `'${x}'`).join(', ')})`
export const HOLDING = sqlList(PLACE_HOLDING_APPOINTMENTS)
export const LIVE = sqlList(LIVE_APPOINTMENTS)

/** Makes the slots of one reception day exist (idempotent). */
export async function ensureSlots(q: Queryable, noticeId: string, day: string, slots: { deputyId: string; startsAt: Date }[], capacity: number) {
  if (slots.length === 0) return
  await q.query(
    `insert into reception_slots (notice_id, day, deputy_id, starts_at, capacity)
     select $1, $2, d, t, $5 from unnest($3::uuid[], $4::timestamptz[]) as x(d, t)
     on conflict (notice_id, deputy_id, starts_at) do update set capacity = excluded.capacity, withdrawn_at = null`,
    [noticeId, day, slots.map((s) => s.deputyId), slots.map((s) => s.startsAt), capacity],
  )
}

export async function slotsOf(q: Queryable, noticeId: string, day: string, viewerId: string | null): Promise<SlotView[]> {
  return q.query<SlotView>(
    `select sl.id, sl.deputy_id as "deputyId", d.name as "deputyName", ${isoText('sl.starts_at')} as start, sl.capacity,
            (select count(*)::int from appointments a where a.slot_id = sl.id and a.status in ${HOLDING}) as taken,
            (select count(*)::int from appointments a where a.slot_id = sl.id and a.status = 'waitlisted') as waiting,
            (select json_build_object('id', a.id, 'status', a.status) from appointments a
              where a.slot_id = sl.id and a.resident_id = $3 and a.status in ${LIVE}) as mine
       from reception_slots sl join deputies d on d.id = sl.deputy_id
      where sl.notice_id = $1 and sl.day = $2 and sl.withdrawn_at is null
      order by array_position((select deputy_ids from reception_notices where id = $1), sl.deputy_id), sl.starts_at`,
    [noticeId, day, viewerId],
  )
}

export interface SlotRow {
  id: string
  notice_id: string
  day: string
  deputy_id: string
  starts_at: Date
  capacity: number
  station_id: string
  notice_status: string
}

/** Locks a slot: bookings of one slot take turns, so its last place goes to exactly one person. */
export async function lockSlot(q: Queryable, id: string): Promise<SlotRow | null> {
  const [row] = await q.query<SlotRow>(
    `select sl.id, sl.notice_id, to_char(sl.day, 'YYYY-MM-DD') as day, sl.deputy_id, sl.starts_at, sl.capacity, n.station_id,
            case when sl.withdrawn_at is null then n.status else 'cancelled' end as notice_status
       from reception_slots sl join reception_notices n on n.id = sl.notice_id where sl.id = $1 for update of sl`,
    [id],
  )
  return row ?? null
}

/** The days from `from` on that a notice has slots made for. */
export async function futureSlotDays(q: Queryable, noticeId: string, from: Date): Promise<string[]> {
  const rows = await q.query<{ day: string }>(
    `select distinct to_char(day, 'YYYY-MM-DD') as day from reception_slots where notice_id = $1 and starts_at >= $2 and withdrawn_at is null`,
    [noticeId, from],
  )
  return rows.map((r) => r.day)
}

/**
 * After a notice changed: its future slots that are no longer among `kept` (deputy and time)
 * are withdrawn, and the live appointments on them cancelled; answers whom to tell.
 */
export async function withdrawSlotsNotIn(q: Queryable, noticeId: string, from: Date, kept: { deputyId: string; startsAt: Date }[]): Promise<string[]> {
  await q.query(
    `update reception_slots sl set withdrawn_at = now()
      where sl.notice_id = $1 and sl.starts_at >= $2 and sl.withdrawn_at is null
        and (sl.deputy_id, sl.starts_at) not in (select * from unnest($3::uuid[], $4::timestamptz[]))`,
    [noticeId, from, kept.map((k) => k.deputyId), kept.map((k) => k.startsAt)],
  )
  const rows = await q.query<{ resident_id: string }>(
    `update appointments a set status = 'cancelled', reason = '接待日有变动', updated_at = now()
       from reception_slots sl
      where sl.id = a.slot_id and sl.notice_id = $1 and sl.withdrawn_at is not null and a.status in ${LIVE}
      returning a.resident_id`,
    [noticeId],
  )
  return [...new Set(rows.map((r) => r.resident_id))]
}
