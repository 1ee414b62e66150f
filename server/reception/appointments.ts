import { errors } from '../../src/core/errors'
import { appointmentsListed, handlesAppointment, mayBook, ownsAppointment } from '../../src/core/reception/access'
import { nextReceptionDates, shanghaiInstant, slotTimes } from '../../src/core/reception/schedules'
import { APPOINTMENT_STATES, type AppointmentStatus, type AppointmentView, type SlotView } from '../../src/core/reception/views'
import { LIST_PAGE } from '../../src/core/limits'
import { formatShanghai, shanghaiDay } from '../../src/core/time'
import { afterCursor, pageOf } from '../db/cursor'
import type { Queryable } from '../db/queryable'
import { calendarOf } from '../districts/districts'
import { accountsOfDeputy, lockAccount } from '../identity/accounts'
import { tell } from '../messaging/inbox'
import { decryptPhone, sealedPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import {
  appointmentById, appointmentsOfResident, cancelAppointmentsOfResident, appointmentsToHandle, cancelFutureAppointments, firstWaiting, insertAppointment, liveOnDay,
  setAppointment, takenIn, forgetAppointmentDetailsOf, type AppointmentRead,
} from './appointments-repository'
import { noticeById, type NoticeRow } from './notices-repository'
import { ensureSlots, futureSlotDays, lockSlot, slotsOf, withdrawSlotsNotIn } from './slots-repository'

/** A notice's slots on one of its days: one per deputy and time. */
const slotsFor = (n: NoticeRow, day: string) =>
  n.deputy_ids.flatMap((deputyId) => slotTimes(n.schedule.start, n.schedule.end, n.slot_minutes).map((t) => ({ deputyId, startsAt: shanghaiInstant(day, t) })))

/** The slots of a notice's next reception day, made on the first ask of someone signed in (nobody else writes rows). */
export async function slotsOfNotice(ctx: FnContext, noticeId: string): Promise<{ day: string | null; items: SlotView[] }> {
  const { db } = ctx.services
  const n = await noticeById(db, noticeId)
  if (!n || n.status !== 'published') throw errors.notFound.notice()
  const day = nextReceptionDates(n.schedule, shanghaiDay(ctx.services.now()), 1, await calendarOf(db, n.district_id))[0]
  if (!day) return { day: null, items: [] }
  const viewer = await ctx.currentUser()
  if (viewer) await ensureSlots(db, n.id, day, slotsFor(n, day), n.slot_capacity)
  return { day, items: await slotsOf(db, n.id, day, viewer?.id ?? null) }
}

/**
 * After a notice's days, hours or deputies changed: the slots it no longer has are withdrawn,
 * the appointments on them cancelled, and those who made them told.
 */
export async function reshapeSlotsOf(q: Queryable, n: NoticeRow, now: Date) {
  const days = await futureSlotDays(q, n.id, now)
  const calendar = await calendarOf(q, n.district_id)
  const kept = days.filter((d) => nextReceptionDates(n.schedule, d, 1, calendar)[0] === d).flatMap((d) => slotsFor(n, d))
  const residents = await withdrawSlotsNotIn(q, n.id, now, kept)
  await tell(q, residents, '约见已取消', '接待日的时间或代表有变动，您的约见已取消，请重新预约')
}

/** A resident's appointments, the latest first; a deputy's or staff member's still to come, soonest first; a page at a time. */
export async function myAppointments(ctx: FnContext, cursor?: string): Promise<{ items: AppointmentView[]; cursor?: string }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const listed = appointmentsListed(user)
  const after = afterCursor(cursor)
  // The resident reads the phone they left masked; the deputy and staff who call back read it whole.
  const key = ctx.services.phoneKey
  const shown = (rows: AppointmentRead[], whole: boolean) =>
    rows.map(({ phoneEnc, phoneMasked, ...a }) => ({ ...a, phone: whole && phoneEnc && key ? decryptPhone(phoneEnc, key) : phoneMasked }))
  if ('residentId' in listed) return pageOf(shown(await appointmentsOfResident(db, listed.residentId, after, LIST_PAGE + 1), false), LIST_PAGE)
  const yesterday = new Date(ctx.services.now().getTime() - 86_400_000)
  return pageOf(shown(await appointmentsToHandle(db, listed, yesterday, after, LIST_PAGE + 1), true), LIST_PAGE)
}

/** Books a place on a slot, or a place on its waitlist; the last place goes to exactly one person. */
export async function book(ctx: FnContext, e: { slotId: string; topic: string; phone?: string }): Promise<{ id: string; status: AppointmentStatus }> {
  const user = await ctx.requireUser()
  if (!mayBook(user)) throw errors.forbidden.residentsBook()
  const { slotId, topic } = e
  const phone = sealedPhone(ctx, e.phone)
  const now = ctx.services.now()
  return ctx.services.db.tx(async (q) => {
    // The person's bookings take turns, so one a day holds across parallel calls.
    await lockAccount(q, user.id)
    const slot = await lockSlot(q, slotId)
    if (!slot) throw errors.notFound.slot()
    if (slot.notice_status !== 'published') throw errors.conflict.slotCancelled()
    if (slot.starts_at <= now) throw errors.conflict.slotPast()
    if ((await liveOnDay(q, user.id, slot)) > 0) throw errors.conflict.oneAppointmentADay()
    const status = (await takenIn(q, slot.id)) < slot.capacity ? 'booked' : 'waitlisted'
    const made = await insertAppointment(q, { slotId: slot.id, residentId: user.id, status, topic, phone })
    if (made.status === status) {
      const when = formatShanghai(slot.starts_at.toISOString())
      await tell(q, await accountsOfDeputy(q, slot.deputy_id), status === 'booked' ? '新的约见待确认' : '有群众候补约见', `${when} 的接待时段：${topic}`)
    }
    return made
  })
}

/** When a place frees up, the longest-waiting person on the slot gets it, and hears so. */
async function promote(q: Queryable, slotId: string) {
  const slot = await lockSlot(q, slotId)
  if (!slot || (await takenIn(q, slotId)) >= slot.capacity) return
  const next = await firstWaiting(q, slotId)
  if (!next) return
  await setAppointment(q, next.id, 'booked')
  await tell(q, [next.resident_id], '候补成功，约见已预约', `${formatShanghai(slot.starts_at.toISOString())} 的约见有了空位，已为您预约`)
}

type Answer = { action: 'cancel'; id: string } | { action: 'confirm'; id: string } | { action: 'decline'; id: string; reason: string }

/** Who booked cancels; the slot's deputy or the station's staff confirm or decline. A freed place goes to the longest-waiting. */
export async function answerAppointment(ctx: FnContext, e: Answer): Promise<{ id: string; status: AppointmentStatus }> {
  const user = await ctx.requireUser()
  return ctx.services.db.tx(async (q) => {
    // Every change to a slot's appointments happens under the slot's lock (as booking does),
    // then the appointment is read again: a cancel and a confirm at once cannot both count.
    const found = await appointmentById(q, e.id)
    if (!found) throw errors.notFound.appointment()
    await lockSlot(q, found.slot_id)
    const a = (await appointmentById(q, e.id, true))!
    const scope = { residentId: a.resident_id, deputyId: a.deputy_id, stationId: a.station_id, districtId: a.district_id }
    // Another's booking is not there to cancel; one the person may not answer is refused.
    if (e.action === 'cancel' && !ownsAppointment(user, scope)) throw errors.notFound.appointment()
    if (e.action !== 'cancel' && !handlesAppointment(user, scope)) throw errors.forbidden.notAppointmentHandler()
    if (!APPOINTMENT_STATES[a.status].live) throw errors.conflict.appointmentClosed()
    const when = formatShanghai(a.starts_at.toISOString())
    if (e.action === 'confirm') {
      if (a.status === 'confirmed') throw errors.conflict.appointmentConfirmed()
      if (a.status === 'waitlisted') throw errors.conflict.appointmentWaitlisted()
      await setAppointment(q, a.id, 'confirmed')
      await tell(q, [a.resident_id], '代表已确认约见', `${when}，请按时到联络站`)
    } else if (e.action === 'decline') {
      await setAppointment(q, a.id, 'declined', e.reason)
      await tell(q, [a.resident_id], '代表婉拒了约见', `${when}：${e.reason}`)
    } else {
      await setAppointment(q, a.id, 'cancelled')
    }
    if (APPOINTMENT_STATES[a.status].holdsPlace) await promote(q, a.slot_id)
    return { id: a.id, status: e.action === 'confirm' ? 'confirmed' : e.action === 'decline' ? 'declined' : 'cancelled' }
  })
}

/** A notice's cancellation cancels the appointments still to come, and tells those who made them. */
export async function cancelAppointmentsOf(q: Queryable, noticeId: string, now: Date) {
  const residents = await cancelFutureAppointments(q, noticeId, now, '接待日取消')
  await tell(q, residents, '约见已取消', '您预约的接待日已取消，请留意联络站的新公告')
}

/** A person whose account ended keeps no place at a reception day. */
export async function cancelAppointmentsOfPerson(q: Queryable, residentId: string, now: Date) {
  await cancelAppointmentsOfResident(q, residentId, now, '账号已注销')
  await forgetAppointmentDetailsOf(q, residentId)
}
