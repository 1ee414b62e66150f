import { DomainError } from '../../src/core/errors'
import { nextReceptionDates, scheduleText } from '../../src/core/reception'
import type { NoticeView } from '../../src/core/reception-views'
import { onDuty } from '../../src/core/roster'
import { noticesEvent, type NoticesEvent } from '../../src/core/schemas'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/database'
import { districtById } from '../db/districts-repository'
import { insertPlainMessages } from '../db/messages-repository'
import {
  cancelNotice, insertNotice, isFollowing, noticeById, publishedNotices, setFollowing, stationListeners, updateNotice,
  type NoticeFields, type NoticeRow,
} from '../db/reception-repository'
import { rosterOf } from '../db/roster-repository'
import { stationRow } from '../db/stations-repository'
import { cancelAppointmentsOf } from './appointments'
import { noticeNotFound, receptionRecords, recordReceptionDay } from './reception-records'
import { parseEvent, type FnContext, type FunctionHandler } from './runtime'
import { requireOwnDeputies, requireStationStaff } from './stations'

export const noticeView = (n: NoticeRow, today: string): NoticeView => ({
  id: n.id,
  stationId: n.station_id,
  stationName: n.station_name,
  theme: n.theme,
  place: n.place,
  schedule: n.schedule,
  when: scheduleText(n.schedule),
  next: n.status === 'published' ? nextReceptionDates(n.schedule, today, 3) : [],
  deputies: n.deputies,
  status: n.status,
  version: n.version,
})

type Fields = Extract<NoticesEvent, { action: 'post' | 'update' }>

/** The notice's fields; without deputies named, those on duty on its first date (the roster proposes them). */
async function fieldsOf(q: Queryable, stationId: string, e: Fields, today: string): Promise<NoticeFields> {
  const first = nextReceptionDates(e.schedule, today, 1)[0]
  if (!first) throw new DomainError('VALIDATION', 'NOTICE.PAST', '接待日期已经过去，请重新选择')
  let deputyIds = e.deputyIds
  if (!deputyIds) {
    const roster = await rosterOf(q, stationId)
    const duty = roster ? onDuty(roster, first) : null
    deputyIds = duty ? [...duty.fixed, ...(duty.rotating ? [duty.rotating] : [])] : []
  }
  await requireOwnDeputies(q, stationId, deputyIds, '接待代表')
  return { theme: e.theme, place: e.place, schedule: e.schedule, deputyIds, slotMinutes: e.slotMinutes ?? 30, slotCapacity: e.slotCapacity ?? 2 }
}

/** Tells the station's listeners (followers, and residents who filed through its codes). */
async function announce(q: Queryable, n: NoticeRow, title: string, today: string) {
  const view = noticeView(n, today)
  const next = view.next[0] ? `，下次 ${view.next[0]}` : ''
  await insertPlainMessages(q, await stationListeners(q, n.station_id), title, `${n.station_name}：${view.when}${next}，主题“${n.theme}”，地点${n.place}`)
}

async function manage(e: Exclude<NoticesEvent, { action: 'list' | 'get' | 'follow' | 'record' | 'records' }>, ctx: FnContext) {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const today = shanghaiDay(ctx.services.now())
  const id = await db.tx(async (q) => {
    if (e.action === 'post') {
      requireStationStaff(user, e.stationId, '发布接待公告')
      if (!(await stationRow(q, e.stationId))) throw new DomainError('NOT_FOUND', 'STATION.NOT_FOUND', '没有找到这个联络站')
      const made = await insertNotice(q, e.stationId, await fieldsOf(q, e.stationId, e, today), user.id)
      await announce(q, (await noticeById(q, made))!, '新的接待日', today)
      return made
    }
    const n = await noticeById(q, e.id, true)
    if (!n) throw noticeNotFound()
    requireStationStaff(user, n.station_id, e.action === 'update' ? '修改接待公告' : '取消接待公告')
    if (n.version !== e.version) throw new DomainError('CONFLICT', 'NOTICE.STALE', '这条公告刚刚被修改过，请刷新后再试')
    if (n.status === 'cancelled') throw new DomainError('CONFLICT', 'NOTICE.CANCELLED', '这条公告已经取消')
    if (e.action === 'update') {
      await updateNotice(q, n.id, await fieldsOf(q, n.station_id, e, today))
      await announce(q, (await noticeById(q, n.id))!, '接待日有变动', today)
    } else {
      await cancelNotice(q, n.id)
      await announce(q, n, '接待日已取消', today)
      await cancelAppointmentsOf(q, n.id, ctx.services.now())
    }
    return n.id
  })
  return noticeView((await noticeById(db, id))!, today)
}

/**
 * 接待公告: anyone reads them; a station's staff post, change and cancel its own, and record each
 * day after it; residents follow stations.
 */
export const notices: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(noticesEvent, raw)
  const { db } = ctx.services
  const today = shanghaiDay(ctx.services.now())
  switch (e.action) {
    case 'list': {
      const views = (await publishedNotices(db, e.stationId)).map((n) => noticeView(n, today)).filter((v) => e.past || v.next.length > 0)
      // Upcoming days first, the soonest first; days gone by after them.
      views.sort((a, b) => (a.next[0] ?? '9999').localeCompare(b.next[0] ?? '9999'))
      const user = e.stationId ? await ctx.currentUser() : null
      return { items: views, ...(user && e.stationId ? { following: await isFollowing(db, e.stationId, user.id) } : {}) }
    }
    case 'get': {
      const n = await noticeById(db, e.id)
      if (!n) throw noticeNotFound()
      // With the district's categories: a question for the day is filed from the notice.
      return { ...noticeView(n, today), categories: (await districtById(db, n.district_id)).categories }
    }
    case 'follow': {
      const user = await ctx.requireUser()
      if (!(await stationRow(db, e.stationId))) throw new DomainError('NOT_FOUND', 'STATION.NOT_FOUND', '没有找到这个联络站')
      await setFollowing(db, e.stationId, user.id, e.on)
      return { following: e.on }
    }
    case 'record':
      return recordReceptionDay(e, ctx)
    case 'records':
      return receptionRecords(e.id, ctx)
    default:
      return manage(e, ctx)
  }
}
