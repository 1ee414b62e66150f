import { errors } from '../../src/core/errors'
import { readsReceptionRecords } from '../../src/core/reception/access'
import type { NoticesEvent } from '../../src/core/reception/schemas'
import { nextReceptionDates } from '../../src/core/reception/schedules'
import type { AdvanceQuestion, ReceptionRecordView } from '../../src/core/reception/views'
import { seesWaiting } from '../../src/core/safety/access'
import { HELD_TEXT } from '../../src/core/safety/types'
import { keepsStation } from '../../src/core/stations/access'
import { shanghaiDay } from '../../src/core/time'
import { fileCase } from '../cases/filing'
import { sealedPhone } from '../privacy/phone'
import { calendarOf, districtById, requireCategory } from '../districts/districts'
import { pushStepOf } from '../messaging/deliver'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText, type Screened } from '../safety/screening'
import { recordForumComments } from '../legislation/forums'
import { requireOwnDeputies } from '../stations/stations'
import { noticeById } from './notices-repository'
import { advanceQuestions, insertRecord, recordsOf } from './records-repository'

type Record = Extract<NoticesEvent, { action: 'record' }>

/** The questions sent in before the day, and what was recorded after each day. */
export async function receptionRecords(ctx: FnContext, id: string): Promise<{ questions: AdvanceQuestion[]; records: ReceptionRecordView[] }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const n = await noticeById(db, id)
  if (!n) throw errors.notFound.notice()
  if (!readsReceptionRecords(user, { stationId: n.station_id, districtId: n.district_id, deputyIds: n.deputy_ids })) throw errors.forbidden.recordsForbidden()
  // Minutes waiting for review are read by those who may release them, not by the deputies.
  const reads = seesWaiting(user, { stationId: n.station_id, districtId: n.district_id })
  const records = (await recordsOf(db, n.id)).map((r) => (r.held && !reads ? { ...r, minutes: HELD_TEXT } : r))
  return { questions: await advanceQuestions(db, n.id), records }
}

/**
 * After the day: staff record the minutes, attendance and deputies present, and each request
 * made on the spot becomes a case with channel `reception` — all in one transaction. At a forum
 * (座谈会) on a draft law, each opinion voiced becomes a comment on its article instead.
 */
export async function recordReceptionDay(ctx: FnContext, e: Record) {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const now = ctx.services.now()
  const n = await noticeById(db, e.id)
  if (!n) throw errors.notFound.notice()
  if (!keepsStation(user, { stationId: n.station_id, districtId: n.district_id })) throw errors.forbidden.notStationStaff('登记接待记录')
  if (e.day > shanghaiDay(now)) throw errors.validation.recordEarly()
  if (nextReceptionDates(n.schedule, e.day, 1, await calendarOf(db, n.district_id))[0] !== e.day) throw errors.validation.recordNotADay()
  await requireOwnDeputies(db, n.station_id, e.deputiesPresent, '到场代表')
  const phones = e.requests.map((r) => sealedPhone(ctx, r.phone))
  const district = await districtById(db, n.district_id)
  const forum = n.consultation_id
  if (!forum) e.requests.forEach((r) => requireCategory(district, r.category))
  // The minutes and each request's words are checked before anything is written.
  const minutes = await screenText(ctx, n.district_id, '接待纪要', [e.minutes], 3)
  const requests: Screened[] = []
  for (const r of e.requests) requests.push(await screenText(ctx, n.district_id, forum ? '意见' : '现场诉求', [r.text], 2))
  const where = { districtId: district.id, stationId: n.station_id, authorId: user.id }

  const caseIds = await db.tx(async (q) => {
    const recordId = await insertRecord(q, { noticeId: n.id, day: e.day, minutes: e.minutes, attendance: e.attendance, deputiesPresent: e.deputiesPresent, by: user.id })
    if (!recordId) throw errors.conflict.recordExists()
    await holdIfDoubtful(q, minutes, { kind: 'minutes', refId: recordId, ...where, content: e.minutes })
    const ids: string[] = []
    if (forum) {
      const said = e.requests.map((r, i) => ({ articleId: r.articleId, text: r.text, name: r.name, phoneEnc: phones[i]?.enc ?? null, phoneMasked: phones[i]?.masked ?? null, screened: requests[i] }))
      await recordForumComments(q, { consultationId: forum, noticeId: n.id, districtId: district.id, stationId: n.station_id, by: user.id, now }, said)
      return ids
    }
    for (const [i, r] of e.requests.entries()) {
      // Filed by the staff member who took it down: the requester may have no account.
      const filed = await fileCase(q, district, now, user, {
        residentId: user.id,
        submissionId: `rec-${recordId}-${i}`,
        districtId: district.id,
        stationId: n.station_id,
        deputyId: null,
        suggestedDeputyId: null,
        noticeId: n.id,
        receptionRecordId: recordId,
        channel: 'reception',
        category: r.category!,
        text: r.name ? `${r.text}（现场反映人：${r.name}）` : r.text,
        location: null,
        phone: phones[i],
        showPublicly: false,
      })
      await holdIfDoubtful(q, requests[i], { kind: 'case', refId: filed!.row.id, ...where, content: r.text })
      ids.push(filed!.row.id)
    }
    return ids
  })
  for (const id of caseIds) await pushStepOf(ctx.services, id)
  return receptionRecords(ctx, n.id)
}
