import type { AppointmentStatus, AppointmentView } from '../../src/core/reception/views'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'
import { HOLDING, LIVE } from './slots-repository'

/** The person's live appointments on a notice's day, other than on this slot. */
export async function liveOnDay(q: Queryable, residentId: string, slot: { id: string; notice_id: string; day: string }): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `select count(*)::int as n from appointments a join reception_slots sl on sl.id = a.slot_id
      where a.resident_id = $1 and sl.notice_id = $2 and sl.day = $3 and a.slot_id <> $4 and a.status in ${LIVE}`,
    [residentId, slot.notice_id, slot.day, slot.id],
  )
  return row.n
}

export async function takenIn(q: Queryable, slotId: string): Promise<number> {
  return (await q.query<{ n: number }>(`select count(*)::int as n from appointments where slot_id = $1 and status in ${HOLDING}`, [slotId]))[0].n
}

/** Books, or finds the person's live booking of the slot. */
export async function insertAppointment(
  q: Queryable,
  a: { slotId: string; residentId: string; status: AppointmentStatus; topic: string; phone: { enc: string; masked: string } | null },
): Promise<{ id: string; status: AppointmentStatus }> {
  const { slotId, residentId, status } = a
  const [made] = await q.query<{ id: string; status: AppointmentStatus }>(
    `insert into appointments (slot_id, resident_id, status, topic, phone_enc, phone_masked) values ($1, $2, $3, $4, $5, $6)
     on conflict (slot_id, resident_id) where status in ${LIVE} do nothing returning id, status`,
    [slotId, residentId, status, a.topic, a.phone?.enc ?? null, a.phone?.masked ?? null],
  )
  if (made) return made
  const [live] = await q.query<{ id: string; status: AppointmentStatus }>(
    `select id, status from appointments where slot_id = $1 and resident_id = $2 and status in ${LIVE}`,
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
  district_id: string
  starts_at: Date
}

export async function appointmentById(q: Queryable, id: string, forUpdate = false): Promise<AppointmentRow | null> {
  const [row] = await q.query<AppointmentRow>(
    `select a.id, a.slot_id, a.resident_id, a.status, sl.deputy_id, n.station_id, s.district_id, sl.starts_at
       from appointments a join reception_slots sl on sl.id = a.slot_id join reception_notices n on n.id = sl.notice_id
            join stations s on s.id = n.station_id
      where a.id = $1${forUpdate ? ' for update of a' : ''}`,
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

const VIEW = `a.id, a.status, a.reason, ${isoText('sl.starts_at')} as start, d.name as "deputyName", s.name as "stationName",
  n.theme, n.id as "noticeId", n.place, a.topic, a.phone_masked as "phoneMasked", a.phone_enc as "phoneEnc"`
const VIEW_FROM = `appointments a join reception_slots sl on sl.id = a.slot_id join reception_notices n on n.id = sl.notice_id
  join deputies d on d.id = sl.deputy_id join stations s on s.id = n.station_id`

/** An appointment as read, its phone still sealed: the caller shows it as the reader may read it. */
export type AppointmentRead = Omit<AppointmentView, 'phone'> & { phoneMasked: string | null; phoneEnc: string | null; pageKey: string }

/** A resident's appointments, the latest day first, a page after `after`. */

export async function appointmentsOfResident(q: Queryable, residentId: string, after: After | null, limit: number): Promise<AppointmentRead[]> {
  return q.query(
    `select ${VIEW}, ${pageKey('sl.starts_at')} from ${VIEW_FROM}
      where a.resident_id = $1 and ($2::timestamptz is null or (sl.starts_at, a.id) < ($2::timestamptz, $3::uuid))
      order by sl.starts_at desc, a.id desc limit $4`,
    [residentId, after?.at ?? null, after?.id ?? null, limit],
  )
}

/** A deputy's (or a station's) appointments from `from` on, soonest first, a page after `after`. */
export async function appointmentsToHandle(
  q: Queryable,
  by: { deputyId: string | null; stationId: string | null },
  from: Date,
  after: After | null,
  limit: number,
): Promise<AppointmentRead[]> {
  return q.query(
    `select ${VIEW}, ${pageKey('sl.starts_at')} from ${VIEW_FROM}
      where sl.starts_at >= $3 and (sl.deputy_id = $1 or n.station_id = $2) and a.status <> 'cancelled'
        and ($4::timestamptz is null or (sl.starts_at, a.id) > ($4::timestamptz, $5::uuid))
      order by sl.starts_at, a.id limit $6`,
    [by.deputyId, by.stationId, from, after?.at ?? null, after?.id ?? null, limit],
  )
}

/** Cancels the live appointments of a notice's slots still to come; answers whose they were. */
export async function cancelFutureAppointments(q: Queryable, noticeId: string, from: Date, reason: string): Promise<string[]> {
  const rows = await q.query<{ resident_id: string }>(
    `update appointments a set status = 'cancelled', reason = $3, updated_at = now()
       from reception_slots sl
      where sl.id = a.slot_id and sl.notice_id = $1 and sl.starts_at >= $2 and a.status in ${LIVE}
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
      where sl.day = $1 and a.status in ${HOLDING} and a.reminded_at is null
      order by sl.starts_at, a.id limit $2
      for update of a skip locked`,
    [day, limit],
  )
}

export async function markReminded(q: Queryable, id: string, at: Date): Promise<void> {
  await q.query('update appointments set reminded_at = $2 where id = $1', [id, at])
}

/** Cancels a person's live appointments still to come (their account ended). */
export async function cancelAppointmentsOfResident(q: Queryable, residentId: string, from: Date, reason: string): Promise<void> {
  await q.query(
    `update appointments a set status = 'cancelled', reason = $3, updated_at = now() from reception_slots sl
      where sl.id = a.slot_id and a.resident_id = $1 and sl.starts_at >= $2 and a.status in ${LIVE}`,
    [residentId, from, reason],
  )
}

/** What a person told about their visits (the topic, the phone) goes with their account. */
export async function forgetAppointmentDetailsOf(q: Queryable, residentId: string): Promise<void> {
  await q.query(`update appointments set topic = '', phone_enc = null, phone_masked = null where resident_id = $1`, [residentId])
}
