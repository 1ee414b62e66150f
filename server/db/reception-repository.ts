import type { ReceptionSchedule } from '../../src/core/reception'
import type { AdvanceQuestion, AppointmentStatus, AppointmentView, ReceptionRecordView, SlotView } from '../../src/core/reception-views'
import type { Queryable } from './database'

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
}

const NOTICE = `n.id, n.station_id, s.name as station_name, s.district_id, n.theme, n.place, n.schedule, n.deputy_ids,
  coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name) order by array_position(n.deputy_ids, d.id))
              from deputies d where d.id = any(n.deputy_ids)), '[]') as deputies,
  n.slot_minutes, n.slot_capacity, n.status, n.version`

export async function noticeById(q: Queryable, id: string, forUpdate = false): Promise<NoticeRow | null> {
  const [row] = await q.query<NoticeRow>(
    `select ${NOTICE} from reception_notices n join stations s on s.id = n.station_id where n.id = $1 ${forUpdate ? 'for update of n' : ''}`,
    [id],
  )
  return row ?? null
}

/** Published notices, of one station or of all. */
export async function publishedNotices(q: Queryable, stationId: string | undefined): Promise<NoticeRow[]> {
  return q.query<NoticeRow>(
    `select ${NOTICE} from reception_notices n join stations s on s.id = n.station_id
      where n.status = 'published' and ($1::uuid is null or n.station_id = $1) order by n.created_at desc limit 200`,
    [stationId ?? null],
  )
}

/** Published notices a deputy receives on. */
export async function noticesWithDeputy(q: Queryable, deputyId: string): Promise<NoticeRow[]> {
  return q.query<NoticeRow>(
    `select ${NOTICE} from reception_notices n join stations s on s.id = n.station_id
      where n.status = 'published' and $1 = any(n.deputy_ids) order by n.created_at desc limit 50`,
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
}

export async function insertNotice(q: Queryable, stationId: string, f: NoticeFields, by: string): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into reception_notices (station_id, theme, place, schedule, deputy_ids, slot_minutes, slot_capacity, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [stationId, f.theme, f.place, JSON.stringify(f.schedule), f.deputyIds, f.slotMinutes, f.slotCapacity, by],
  )
  return row.id
}

export async function updateNotice(q: Queryable, id: string, f: NoticeFields): Promise<void> {
  await q.query(
    `update reception_notices set theme = $2, place = $3, schedule = $4, deputy_ids = $5, slot_minutes = $6, slot_capacity = $7,
            version = version + 1, updated_at = now() where id = $1`,
    [id, f.theme, f.place, JSON.stringify(f.schedule), f.deputyIds, f.slotMinutes, f.slotCapacity],
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

/** Makes the slots of one reception day exist (idempotent). */
export async function ensureSlots(q: Queryable, noticeId: string, day: string, slots: { deputyId: string; startsAt: Date }[], capacity: number) {
  if (slots.length === 0) return
  await q.query(
    `insert into reception_slots (notice_id, day, deputy_id, starts_at, capacity)
     select $1, $2, d, t, $5 from unnest($3::uuid[], $4::timestamptz[]) as x(d, t)
     on conflict (notice_id, deputy_id, starts_at) do nothing`,
    [noticeId, day, slots.map((s) => s.deputyId), slots.map((s) => s.startsAt), capacity],
  )
}

const iso = (c: string) => `to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
const LIVE = `('booked', 'confirmed')`

export async function slotsOf(q: Queryable, noticeId: string, day: string, viewerId: string | null): Promise<SlotView[]> {
  return q.query<SlotView>(
    `select sl.id, sl.deputy_id as "deputyId", d.name as "deputyName", ${iso('sl.starts_at')} as start, sl.capacity,
            (select count(*)::int from appointments a where a.slot_id = sl.id and a.status in ${LIVE}) as taken,
            (select count(*)::int from appointments a where a.slot_id = sl.id and a.status = 'waitlisted') as waiting,
            (select json_build_object('id', a.id, 'status', a.status) from appointments a
              where a.slot_id = sl.id and a.resident_id = $3 and a.status in ('booked', 'waitlisted', 'confirmed')) as mine
       from reception_slots sl join deputies d on d.id = sl.deputy_id
      where sl.notice_id = $1 and sl.day = $2
      order by array_position((select deputy_ids from reception_notices where id = $1), sl.deputy_id), sl.starts_at`,
    [noticeId, day, viewerId],
  )
}

export interface SlotRow {
  id: string
  notice_id: string
  deputy_id: string
  starts_at: Date
  capacity: number
  station_id: string
  notice_status: string
}

/** Locks a slot: bookings of one slot take turns, so its last place goes to exactly one person. */
export async function lockSlot(q: Queryable, id: string): Promise<SlotRow | null> {
  const [row] = await q.query<SlotRow>(
    `select sl.id, sl.notice_id, sl.deputy_id, sl.starts_at, sl.capacity, n.station_id, n.status as notice_status
       from reception_slots sl join reception_notices n on n.id = sl.notice_id where sl.id = $1 for update of sl`,
    [id],
  )
  return row ?? null
}

export async function takenIn(q: Queryable, slotId: string): Promise<number> {
  return (await q.query<{ n: number }>(`select count(*)::int as n from appointments where slot_id = $1 and status in ${LIVE}`, [slotId]))[0].n
}

/** Books, or finds the person's live booking of the slot. */
export async function insertAppointment(q: Queryable, slotId: string, residentId: string, status: AppointmentStatus): Promise<{ id: string; status: AppointmentStatus }> {
  const [made] = await q.query<{ id: string; status: AppointmentStatus }>(
    `insert into appointments (slot_id, resident_id, status) values ($1, $2, $3)
     on conflict (slot_id, resident_id) where status in ('booked', 'waitlisted', 'confirmed') do nothing returning id, status`,
    [slotId, residentId, status],
  )
  if (made) return made
  const [live] = await q.query<{ id: string; status: AppointmentStatus }>(
    `select id, status from appointments where slot_id = $1 and resident_id = $2 and status in ('booked', 'waitlisted', 'confirmed')`,
    [slotId, residentId],
  )
  return live
}

export interface AppointmentRow {
  id: string
  slot_id: string
  resident_id: string
  status: AppointmentStatus
  deputy_id: string
  station_id: string
  starts_at: Date
}

export async function appointmentById(q: Queryable, id: string): Promise<AppointmentRow | null> {
  const [row] = await q.query<AppointmentRow>(
    `select a.id, a.slot_id, a.resident_id, a.status, sl.deputy_id, n.station_id, sl.starts_at
       from appointments a join reception_slots sl on sl.id = a.slot_id join reception_notices n on n.id = sl.notice_id
      where a.id = $1`,
    [id],
  )
  return row ?? null
}

export async function setAppointment(q: Queryable, id: string, status: AppointmentStatus, reason: string | null = null): Promise<void> {
  await q.query('update appointments set status = $2, reason = coalesce($3, reason), updated_at = now() where id = $1', [id, status, reason])
}

/** The longest-waiting person on the slot's waitlist, if any. */
export async function firstWaiting(q: Queryable, slotId: string): Promise<{ id: string; resident_id: string } | null> {
  const [row] = await q.query<{ id: string; resident_id: string }>(
    `select id, resident_id from appointments where slot_id = $1 and status = 'waitlisted' order by created_at, id limit 1`,
    [slotId],
  )
  return row ?? null
}

const VIEW = `a.id, a.status, a.reason, ${iso('sl.starts_at')} as start, d.name as "deputyName", s.name as "stationName",
  n.theme, n.id as "noticeId"`
const VIEW_FROM = `appointments a join reception_slots sl on sl.id = a.slot_id join reception_notices n on n.id = sl.notice_id
  join deputies d on d.id = sl.deputy_id join stations s on s.id = n.station_id`

export async function appointmentsOfResident(q: Queryable, residentId: string): Promise<AppointmentView[]> {
  return q.query<AppointmentView>(`select ${VIEW} from ${VIEW_FROM} where a.resident_id = $1 order by sl.starts_at desc limit 100`, [residentId])
}

/** A deputy's (or a station's) appointments from today on, soonest first. */
export async function appointmentsToHandle(q: Queryable, by: { deputyId?: string; stationId?: string }, from: Date): Promise<AppointmentView[]> {
  return q.query<AppointmentView>(
    `select ${VIEW} from ${VIEW_FROM}
      where sl.starts_at >= $3 and (sl.deputy_id = $1 or n.station_id = $2) and a.status <> 'cancelled'
      order by sl.starts_at, a.created_at limit 200`,
    [by.deputyId ?? null, by.stationId ?? null, from],
  )
}

/** Cancels the live appointments of a notice's slots still to come; answers whose they were. */
export async function cancelFutureAppointments(q: Queryable, noticeId: string, from: Date, reason: string): Promise<string[]> {
  const rows = await q.query<{ resident_id: string }>(
    `update appointments a set status = 'cancelled', reason = $3, updated_at = now()
       from reception_slots sl
      where sl.id = a.slot_id and sl.notice_id = $1 and sl.starts_at >= $2 and a.status in ('booked', 'waitlisted', 'confirmed')
      returning a.resident_id`,
    [noticeId, from, reason],
  )
  return [...new Set(rows.map((r) => r.resident_id))]
}

export interface DueReminder {
  id: string
  resident_id: string
  deputy_id: string
  deputy_name: string
  starts_at: Date
  station_name: string
  place: string
  theme: string
}

/** Live appointments on a day that have not been reminded of, locked so two timers never both remind. */
export async function dueReminders(q: Queryable, day: string, limit: number): Promise<DueReminder[]> {
  return q.query<DueReminder>(
    `select a.id, a.resident_id, sl.deputy_id, d.name as deputy_name, sl.starts_at, s.name as station_name, n.place, n.theme
       from appointments a join reception_slots sl on sl.id = a.slot_id join reception_notices n on n.id = sl.notice_id
            join deputies d on d.id = sl.deputy_id join stations s on s.id = n.station_id
      where sl.day = $1 and a.status in ('booked', 'confirmed') and a.reminded_at is null
      order by sl.starts_at, a.id limit $2
      for update of a skip locked`,
    [day, limit],
  )
}

export async function markReminded(q: Queryable, id: string, at: Date): Promise<void> {
  await q.query('update appointments set reminded_at = $2 where id = $1', [id, at])
}

/** After the day: its record, once per notice and date; null when that day was recorded already. */
export async function insertRecord(
  q: Queryable,
  r: { noticeId: string; day: string; minutes: string; attendance: number; deputiesPresent: readonly string[]; by: string },
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into reception_records (notice_id, day, minutes, attendance, deputies_present, recorded_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (notice_id, day) do nothing returning id`,
    [r.noticeId, r.day, r.minutes, r.attendance, r.deputiesPresent, r.by],
  )
  return row?.id ?? null
}

/** A notice's records, newest day first, each with the deputies present and the cases the day produced. */
export async function recordsOf(q: Queryable, noticeId: string): Promise<ReceptionRecordView[]> {
  return q.query<ReceptionRecordView>(
    `select r.id, to_char(r.day, 'YYYY-MM-DD') as day, r.minutes, r.attendance,
            array(select d.name from deputies d where d.id = any(r.deputies_present) order by array_position(r.deputies_present, d.id)) as "deputiesPresent",
            coalesce((select json_agg(json_build_object('id', c.id, 'number', c.number, 'category', c.category, 'status', c.status) order by c.number)
                        from cases c where c.reception_record_id = r.id), '[]') as requests,
            to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt"
       from reception_records r where r.notice_id = $1 order by r.day desc`,
    [noticeId],
  )
}

/** Questions sent in before the notice's days (提前征集), oldest first. */
export async function advanceQuestions(q: Queryable, noticeId: string): Promise<AdvanceQuestion[]> {
  return q.query<AdvanceQuestion>(
    `select c.id, c.number, c.category, c.text, c.status,
            to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
       from cases c where c.notice_id = $1 and c.reception_record_id is null order by c.created_at`,
    [noticeId],
  )
}
