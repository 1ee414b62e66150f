import { DomainError } from '../../src/core/errors'
import { nextReceptionDates, shanghaiInstant, slotTimes } from '../../src/core/reception'
import { appointmentsEvent } from '../../src/core/schemas'
import { formatShanghai, formatShanghaiLong, shanghaiDay, shanghaiHour } from '../../src/core/time'
import type { Queryable } from '../db/database'
import { insertPlainMessages } from '../db/messages-repository'
import { deputyUsers } from '../db/users-repository'
import {
  appointmentById, appointmentsOfResident, appointmentsToHandle, cancelFutureAppointments, dueReminders, ensureSlots, firstWaiting,
  insertAppointment, lockSlot, markReminded, noticeById, setAppointment, slotsOf, takenIn, type AppointmentRow,
} from '../db/reception-repository'
import { enqueuePlainPushes } from '../db/outbox-repository'
import type { UserRow } from '../db/users-repository'
import { parseEvent, type FnContext, type FunctionHandler, type Services } from './runtime'

const notFound = () => new DomainError('NOT_FOUND', 'APPOINTMENT.NOT_FOUND', '没有找到这个预约')
const HOLDS_PLACE = ['booked', 'confirmed']

/** When a place frees up, the longest-waiting person on the slot gets it, and hears so. */
async function promote(q: Queryable, slotId: string) {
  const slot = await lockSlot(q, slotId)
  if (!slot || (await takenIn(q, slotId)) >= slot.capacity) return
  const next = await firstWaiting(q, slotId)
  if (!next) return
  await setAppointment(q, next.id, 'booked')
  await insertPlainMessages(q, [next.resident_id], '候补成功，约见已预约', `${formatShanghai(slot.starts_at.toISOString())} 的约见有了空位，已为您预约`)
}

/** A notice's cancellation cancels the appointments still to come, and tells those who made them. */
export async function cancelAppointmentsOf(q: Queryable, noticeId: string, now: Date) {
  const residents = await cancelFutureAppointments(q, noticeId, now, '接待日取消')
  await insertPlainMessages(q, residents, '约见已取消', '您预约的接待日已取消，请留意联络站的新公告')
}

const REMINDER_BATCH = 100
/** Reminders go out from nine in the morning the day before, not at midnight. */
const REMINDER_HOUR = 9
const APPOINTMENTS_PAGE = 'packages/stations/appointments/index'

/**
 * The day before a reception day: each live appointment reminds its resident and its deputy,
 * in 消息 and (where they allowed it) by subscribe message — once, marked in the same transaction.
 */
export async function sendReminders(services: Services): Promise<number> {
  const now = services.now()
  if (shanghaiHour(now) < REMINDER_HOUR) return 0
  const tomorrow = shanghaiDay(new Date(now.getTime() + 86_400_000))
  let sent = 0
  for (;;) {
    const n = await services.db.tx(async (q) => {
      const due = await dueReminders(q, tomorrow, REMINDER_BATCH)
      for (const r of due) {
        const time = formatShanghai(r.starts_at.toISOString())
        const deputies = await deputyUsers(q, r.deputy_id)
        await insertPlainMessages(q, [r.resident_id], '明天有约见', `${time}，${r.station_name}，${r.deputy_name}代表，地点${r.place}`)
        await insertPlainMessages(q, deputies, '明天有约见', `${time}，群众约见（${r.theme}）`)
        const vals = { number: '', status: '待参加', title: '约见提醒', body: `${r.deputy_name}代表 ${r.place}`, category: r.station_name, time: formatShanghaiLong(r.starts_at) }
        await enqueuePlainPushes(q, { userIds: [r.resident_id, ...deputies], kind: 'reminder', page: APPOINTMENTS_PAGE, vals })
        await markReminded(q, r.id, now)
      }
      return due.length
    })
    sent += n
    if (n < REMINDER_BATCH) return sent
  }
}

/** The deputy of the slot, or the station's staff (admin too), answer appointments. */
function requireHandler(user: UserRow, a: AppointmentRow) {
  const ok = user.role === 'admin' || (user.role === 'deputy' && user.deputy_id === a.deputy_id) || (user.role === 'staff' && user.station_id === a.station_id)
  if (!ok) throw new DomainError('FORBIDDEN', 'APPOINTMENT.NOT_HANDLER', '只有被约见的代表或本站工作人员可以处理')
}

async function slots(noticeId: string, ctx: FnContext) {
  const { db } = ctx.services
  const n = await noticeById(db, noticeId)
  if (!n || n.status !== 'published') throw new DomainError('NOT_FOUND', 'NOTICE.NOT_FOUND', '没有找到这条接待公告')
  const day = nextReceptionDates(n.schedule, shanghaiDay(ctx.services.now()), 1)[0]
  if (!day) return { day: null, items: [] }
  const times = slotTimes(n.schedule.start, n.schedule.end, n.slot_minutes)
  await ensureSlots(db, n.id, day, n.deputy_ids.flatMap((deputyId) => times.map((t) => ({ deputyId, startsAt: shanghaiInstant(day, t) }))), n.slot_capacity)
  const viewer = await ctx.currentUser()
  return { day, items: await slotsOf(db, n.id, day, viewer?.id ?? null) }
}

/** 约见: residents book a deputy's slot on a reception day (or wait for one); the deputy answers. */
export const appointments: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(appointmentsEvent, raw)
  if (e.action === 'slots') return slots(e.noticeId, ctx)
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const now = ctx.services.now()
  switch (e.action) {
    case 'mine':
      return {
        items:
          user.role === 'resident'
            ? await appointmentsOfResident(db, user.id)
            : await appointmentsToHandle(db, { deputyId: user.deputy_id ?? undefined, stationId: user.role === 'staff' ? (user.station_id ?? undefined) : undefined }, new Date(now.getTime() - 86_400_000)),
      }
    case 'book': {
      if (user.role !== 'resident') throw new DomainError('FORBIDDEN', 'APPOINTMENT.RESIDENTS', '约见由群众预约')
      return db.tx(async (q) => {
        const slot = await lockSlot(q, e.slotId)
        if (!slot) throw new DomainError('NOT_FOUND', 'SLOT.NOT_FOUND', '没有找到这个时段')
        if (slot.notice_status !== 'published') throw new DomainError('CONFLICT', 'SLOT.CANCELLED', '这个接待日已经取消')
        if (slot.starts_at <= now) throw new DomainError('CONFLICT', 'SLOT.PAST', '这个时段已经过去，请选择其他时段')
        const status = (await takenIn(q, slot.id)) < slot.capacity ? 'booked' : 'waitlisted'
        const made = await insertAppointment(q, slot.id, user.id, status)
        if (made.status === status) {
          const when = formatShanghai(slot.starts_at.toISOString())
          await insertPlainMessages(q, await deputyUsers(q, slot.deputy_id), status === 'booked' ? '新的约见待确认' : '有群众候补约见', `${when} 的接待时段`)
        }
        return made
      })
    }
    default: {
      return db.tx(async (q) => {
        const a = await appointmentById(q, e.id)
        if (!a) throw notFound()
        if (e.action === 'cancel') {
          if (a.resident_id !== user.id) throw notFound()
        } else requireHandler(user, a)
        const live = ['booked', 'waitlisted', 'confirmed'].includes(a.status)
        if (!live) throw new DomainError('CONFLICT', 'APPOINTMENT.CLOSED', '这个预约已经取消或被婉拒')
        const when = formatShanghai(a.starts_at.toISOString())
        if (e.action === 'confirm') {
          if (a.status !== 'booked') throw new DomainError('CONFLICT', 'APPOINTMENT.NOT_BOOKED', a.status === 'confirmed' ? '这个预约已经确认' : '候补中的预约不能确认')
          await setAppointment(q, a.id, 'confirmed')
          await insertPlainMessages(q, [a.resident_id], '代表已确认约见', `${when}，请按时到联络站`)
        } else if (e.action === 'decline') {
          await setAppointment(q, a.id, 'declined', e.reason)
          await insertPlainMessages(q, [a.resident_id], '代表婉拒了约见', `${when}：${e.reason}`)
        } else {
          await setAppointment(q, a.id, 'cancelled')
        }
        if (HOLDS_PLACE.includes(a.status)) await promote(q, a.slot_id)
        return { id: a.id, status: e.action === 'confirm' ? 'confirmed' : e.action === 'decline' ? 'declined' : 'cancelled' }
      })
    }
  }
}
