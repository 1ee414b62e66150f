import dayjs from 'dayjs'
import type { Calendar } from '../../src/core/calendar'
import { errors } from '../../src/core/errors'
import { keepsStation } from '../../src/core/stations/access'
import type { NoticesEvent } from '../../src/core/reception/schemas'
import { seesWaiting } from '../../src/core/safety/access'
import { nextReceptionDates, scheduleText } from '../../src/core/reception/schedules'
import type { NoticeView } from '../../src/core/reception/views'
import { LIST_PAGE } from '../../src/core/limits'
import { shanghaiDay } from '../../src/core/time'
import { afterCursor, KEYS, pageOf } from '../db/cursor'
import type { Queryable } from '../db/queryable'
import { calendarOf, districtById } from '../districts/districts'
import { tell } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText } from '../safety/screening'
import { dutyOn } from '../stations/roster'
import { requireForumDraft } from '../legislation/forums'
import { requireOwnDeputies, requireStation, stationScope } from '../stations/stations'
import { cancelAppointmentsOf, reshapeSlotsOf } from './appointments'
import {
  cancelNotice, insertNotice, isFollowing, noticeById, noticesWithDeputy, publishedNotices, setFollowing, stationListeners, updateNotice,
  type NoticeFields, type NoticeRow,
} from './notices-repository'

const noticeView = (n: NoticeRow, today: string, calendar: Calendar): NoticeView => ({
  id: n.id,
  stationId: n.station_id,
  stationName: n.station_name,
  stationCode: n.station_code,
  theme: n.theme,
  place: n.place,
  schedule: n.schedule,
  when: scheduleText(n.schedule),
  next: n.status === 'published' ? nextReceptionDates(n.schedule, today, 3, calendar) : [],
  deputies: n.deputies,
  status: n.status,
  version: n.version,
  held: n.held,
  consultationId: n.consultation_id,
})

/** Notices as people read them, each dated by its district's calendar. */
async function viewsOf(q: Queryable, rows: NoticeRow[], today: string): Promise<NoticeView[]> {
  const calendars = new Map<string, Calendar>()
  for (const id of new Set(rows.map((n) => n.district_id))) calendars.set(id, await calendarOf(q, id))
  return rows.map((n) => noticeView(n, today, calendars.get(n.district_id)!))
}

const viewOf = async (q: Queryable, n: NoticeRow, today: string) => noticeView(n, today, await calendarOf(q, n.district_id))

/**
 * Published reception days a page at a time: those to come, soonest first (by their next day,
 * then id); with `past` (the station's staff), every one, newest posted first.
 */
export async function noticeList(
  ctx: FnContext,
  e: { stationId?: string; past?: boolean; cursor?: string },
): Promise<{ items: NoticeView[]; cursor?: string; following?: boolean }> {
  const { db } = ctx.services
  const today = shanghaiDay(ctx.services.now())
  const user = e.stationId ? await ctx.currentUser() : null
  // The station's own staff also see what waits for review.
  const station = user && e.stationId ? await stationScope(db, e.stationId) : null
  const withHeld = !!user && !!station && keepsStation(user, station)
  let page: { items: NoticeView[]; cursor?: string }
  if (e.past) {
    const { items, cursor } = pageOf(await publishedNotices(db, e.stationId, withHeld, { after: afterCursor(e.cursor), limit: LIST_PAGE + 1 }), LIST_PAGE)
    page = { items: await viewsOf(db, items, today), cursor }
  } else {
    // Every notice still to come is dated (a one-off day a month gone cannot be), then read on from the cursor's day and id.
    const after = afterCursor(e.cursor, KEYS.day)
    const since = dayjs(today).subtract(1, 'month').format('YYYY-MM-DD')
    const coming = (await viewsOf(db, await publishedNotices(db, e.stationId, withHeld, { since }), today))
      .filter((v) => v.next.length > 0)
      .map((v) => ({ ...v, pageKey: v.next[0] }))
      .sort((a, b) => a.pageKey.localeCompare(b.pageKey) || a.id.localeCompare(b.id))
      .filter((v) => !after || v.pageKey > after.at || (v.pageKey === after.at && v.id > after.id))
    page = pageOf(coming.slice(0, LIST_PAGE + 1), LIST_PAGE)
  }
  return { ...page, ...(user && e.stationId ? { following: await isFollowing(db, e.stationId, user.id) } : {}) }
}

/** A notice written as it is, announced to nobody: the demo district's reception days. */
export const addNotice = (q: Queryable, stationId: string, f: NoticeFields) => insertNotice(q, stationId, f, null)

/** One notice, with the district's categories: a question for the day is filed from it. */
export async function noticePage(ctx: FnContext, id: string): Promise<NoticeView & { categories: string[] }> {
  const { db } = ctx.services
  const n = await noticeById(db, id)
  if (!n) throw errors.notFound.notice()
  if (n.held) {
    const user = await ctx.currentUser()
    if (!user || !seesWaiting(user, { stationId: n.station_id, districtId: n.district_id })) throw errors.notFound.notice()
  }
  const district = await districtById(db, n.district_id)
  return { ...noticeView(n, shanghaiDay(ctx.services.now()), district.calendar), categories: district.categories }
}

/** The days a deputy receives on, soonest first (their public page and their own). */
export async function upcomingOfDeputy(q: Queryable, deputyId: string, today: string): Promise<NoticeView[]> {
  const upcoming = (await viewsOf(q, await noticesWithDeputy(q, deputyId), today)).filter((n) => n.next.length > 0)
  return upcoming.sort((a, b) => a.next[0].localeCompare(b.next[0]))
}

/** Where a question sent in before a reception day goes (提前征集): a day still to come, at its station. */
export async function noticeForQuestions(q: Queryable, id: string, today: string): Promise<{ id: string; stationId: string; districtId: string }> {
  const n = await noticeById(q, id)
  if (!n || n.status !== 'published' || n.held) throw errors.notFound.notice()
  if (nextReceptionDates(n.schedule, today, 1, await calendarOf(q, n.district_id)).length === 0) throw errors.conflict.noticeOver()
  return { id: n.id, stationId: n.station_id, districtId: n.district_id }
}

export async function followStation(ctx: FnContext, stationId: string, on: boolean): Promise<{ following: boolean }> {
  const user = await ctx.requireUser()
  await requireStation(ctx.services.db, stationId)
  await setFollowing(ctx.services.db, stationId, user.id, on)
  return { following: on }
}

type Fields = Extract<NoticesEvent, { action: 'post' | 'update' }>
type Manage = Extract<NoticesEvent, { action: 'post' | 'update' | 'cancel' }>

/** The notice's fields; without deputies named, those on duty on its first date (the roster proposes them). */
async function fieldsOf(q: Queryable, stationId: string, e: Fields, today: string): Promise<NoticeFields> {
  const { districtId } = await requireStation(q, stationId)
  const first = nextReceptionDates(e.schedule, today, 1, await calendarOf(q, districtId))[0]
  if (!first) throw errors.validation.noticePast()
  let deputyIds = e.deputyIds
  if (!deputyIds) {
    const duty = await dutyOn(q, stationId, first)
    deputyIds = duty ? [...duty.fixed, ...(duty.rotating ? [duty.rotating] : [])] : []
  }
  await requireOwnDeputies(q, stationId, deputyIds, '接待代表')
  if (e.consultationId) await requireForumDraft(q, e.consultationId, stationId, today)
  return { theme: e.theme, place: e.place, schedule: e.schedule, deputyIds, slotMinutes: e.slotMinutes ?? 30, slotCapacity: e.slotCapacity ?? 2, consultationId: e.consultationId ?? null }
}

/** Tells the station's listeners (followers, and residents who filed through its codes). */
async function announce(q: Queryable, n: NoticeRow, title: string, today: string) {
  const view = await viewOf(q, n, today)
  const next = view.next[0] ? `，下次 ${view.next[0]}` : ''
  await tell(q, await stationListeners(q, n.station_id), title, `${n.station_name}：${view.when}${next}，主题“${n.theme}”，地点${n.place}`)
}

const VERBS = { post: '发布接待公告', update: '修改接待公告', cancel: '取消接待公告' } as const

/** A station's staff post, change and cancel its notices; listeners hear of each, and a cancellation cancels its appointments. */
export async function manageNotice(ctx: FnContext, e: Manage): Promise<NoticeView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const today = shanghaiDay(ctx.services.now())
  // Who may write it is known before its words are checked, and they are checked before it is
  // written; one held for review is announced to nobody.
  const stationId = e.action === 'post' ? e.stationId : (await noticeById(db, e.id))?.station_id
  const station = stationId ? await stationScope(db, stationId) : null
  if (!station) throw e.action === 'post' ? errors.notFound.station() : errors.notFound.notice()
  if (!keepsStation(user, station)) throw errors.forbidden.notStationStaff(VERBS[e.action])
  const screened = e.action === 'cancel' ? { held: false, why: [] } : await screenText(ctx, station.districtId, '接待公告', [e.theme, e.place], 3)
  const hold = (q: Queryable, n: NoticeRow) =>
    holdIfDoubtful(q, screened, { kind: 'notice', refId: n.id, districtId: n.district_id, stationId: n.station_id, authorId: user.id, content: `${n.theme}｜${n.place}` })
  const id = await db.tx(async (q) => {
    if (e.action === 'post') {
      if (!keepsStation(user, station)) throw errors.forbidden.notStationStaff(VERBS.post)
      const made = (await noticeById(q, await insertNotice(q, e.stationId, await fieldsOf(q, e.stationId, e, today), user.id)))!
      await hold(q, made)
      if (!screened.held) await announce(q, made, '新的接待日', today)
      return made.id
    }
    const n = await noticeById(q, e.id, true)
    if (!n) throw errors.notFound.notice()
    if (!keepsStation(user, { stationId: n.station_id, districtId: n.district_id })) throw errors.forbidden.notStationStaff(VERBS[e.action])
    if (n.version !== e.version) throw errors.conflict.noticeStale()
    if (n.status === 'cancelled') throw errors.conflict.noticeCancelled()
    if (e.action === 'update') {
      await updateNotice(q, n.id, await fieldsOf(q, n.station_id, e, today))
      const updated = (await noticeById(q, n.id))!
      await reshapeSlotsOf(q, updated, ctx.services.now())
      await hold(q, updated)
      if (!screened.held && !updated.held) await announce(q, updated, '接待日有变动', today)
    } else {
      await cancelNotice(q, n.id)
      await announce(q, n, '接待日已取消', today)
      await cancelAppointmentsOf(q, n.id, ctx.services.now())
    }
    return n.id
  })
  return viewOf(db, (await noticeById(db, id))!, today)
}
