import { DomainError } from '../../src/core/errors'
import { nextReceptionDates } from '../../src/core/reception'
import type { NoticesEvent } from '../../src/core/schemas'
import { shanghaiDay } from '../../src/core/time'
import { districtById } from '../db/districts-repository'
import { advanceQuestions, insertRecord, noticeById, recordsOf, type NoticeRow } from '../db/reception-repository'
import type { UserRow } from '../db/users-repository'
import { encryptPhone, maskPhone } from '../privacy/phone'
import { pushStepOf } from '../push/deliver'
import { fileCase, requireCategory } from './case-submit'
import type { FnContext } from './runtime'
import { requireOwnDeputies, requireStationStaff } from './stations'

type Record = Extract<NoticesEvent, { action: 'record' }>

export const noticeNotFound = () => new DomainError('NOT_FOUND', 'NOTICE.NOT_FOUND', '没有找到这条接待公告')

/** Who may read a reception day's questions and records: its station's staff, its deputies on duty, the office. */
function mayRead(user: UserRow, n: NoticeRow): boolean {
  return (
    user.role === 'admin' ||
    (user.role === 'staff' && user.station_id === n.station_id) ||
    (user.role === 'deputy' && !!user.deputy_id && n.deputy_ids.includes(user.deputy_id)) ||
    (user.role === 'office' && user.district_id === n.district_id)
  )
}

/** The questions sent in before the day, and what was recorded after each day. */
export async function receptionRecords(id: string, ctx: FnContext) {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const n = await noticeById(db, id)
  if (!n) throw noticeNotFound()
  if (!mayRead(user, n)) throw new DomainError('FORBIDDEN', 'NOTICE.RECORDS_FORBIDDEN', '只有本站工作人员和接待代表可以查看征集的问题和接待记录')
  return { questions: await advanceQuestions(db, n.id), records: await recordsOf(db, n.id) }
}

/**
 * After the day: staff record the minutes, attendance and deputies present, and each request
 * made on the spot becomes a case with channel `reception` — all in one transaction.
 */
export async function recordReceptionDay(e: Record, ctx: FnContext) {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  const now = ctx.services.now()
  const n = await noticeById(db, e.id)
  if (!n) throw noticeNotFound()
  requireStationStaff(user, n.station_id, '登记接待记录')
  if (e.day > shanghaiDay(now)) throw new DomainError('VALIDATION', 'RECORD.EARLY', '接待日还没到，请在接待之后登记')
  if (nextReceptionDates(n.schedule, e.day, 1)[0] !== e.day) throw new DomainError('VALIDATION', 'RECORD.NOT_A_DAY', '这一天不是这条公告的接待日')
  await requireOwnDeputies(db, n.station_id, e.deputiesPresent, '到场代表')
  if (e.requests.some((r) => r.phone) && !phoneKey) throw new DomainError('VALIDATION', 'CASE.PHONE_UNAVAILABLE', '暂时无法留下手机号，请不填手机号登记')
  const district = await districtById(db, n.district_id)
  e.requests.forEach((r) => requireCategory(district, r.category))

  const caseIds = await db.tx(async (q) => {
    const recordId = await insertRecord(q, { noticeId: n.id, day: e.day, minutes: e.minutes, attendance: e.attendance, deputiesPresent: e.deputiesPresent, by: user.id })
    if (!recordId) throw new DomainError('CONFLICT', 'RECORD.EXISTS', '这一天的接待记录已经登记过了')
    const ids: string[] = []
    for (const [i, r] of e.requests.entries()) {
      // Filed by the staff member who took it down: the requester may have no account.
      const filed = await fileCase(q, district, now, { id: user.id, role: user.role }, {
        residentId: user.id,
        submissionId: `rec-${recordId}-${i}`,
        districtId: district.id,
        stationId: n.station_id,
        deputyId: null,
        suggestedDeputyId: null,
        noticeId: n.id,
        receptionRecordId: recordId,
        channel: 'reception',
        category: r.category,
        text: r.name ? `${r.text}（现场反映人：${r.name}）` : r.text,
        location: null,
        phone: r.phone ? { enc: encryptPhone(r.phone, phoneKey!), masked: maskPhone(r.phone) } : null,
        showPublicly: false,
      })
      ids.push(filed!.row.id)
    }
    return ids
  })
  for (const id of caseIds) await pushStepOf(ctx.services, id)
  return receptionRecords(n.id, ctx)
}
