import { formatCaseNumber } from '../../src/core/case-number'
import { stageDeadline } from '../../src/core/deadlines'
import { DomainError } from '../../src/core/errors'
import { SUBMIT_LIMITS } from '../../src/core/limits'
import { routeCase, StationIndex, type CaseSource, type Route } from '../../src/core/routing'
import type { CasesQueryEvent } from '../../src/core/schemas'
import { nextReceptionDates } from '../../src/core/reception'
import { dutyDeputy, onDuty } from '../../src/core/roster'
import type { Role } from '../../src/core/case-states'
import { shanghaiDay, shanghaiYear } from '../../src/core/time'
import { caseBySubmission, filedSince, insertCase, nextCaseSeq, type CaseRow, type NewCase } from '../db/cases-repository'
import type { Queryable } from '../db/database'
import { deputyByCode } from '../db/deputies-repository'
import { districtById, soleDistrict, stationByCode, stationPlaces, type District } from '../db/districts-repository'
import { noticeById } from '../db/reception-repository'
import { rosterOf } from '../db/roster-repository'
import type { UserRow } from '../db/users-repository'
import { encryptPhone, maskPhone } from '../privacy/phone'
import { recordStep } from './case-steps'
import { pushStepOf } from '../push/deliver'
import { attachUploads } from './case-media'
import { deputyNotFound } from './deputies'
import type { FnContext } from './runtime'

type Submit = Extract<CasesQueryEvent, { action: 'submit' }>

const NO_STATIONS = new StationIndex([])

/** Stations change rarely: each database's index is built at most once a minute per process. */
const STATION_INDEX_TTL_MS = 60_000
const stationIndexes = new WeakMap<Queryable, { at: number; index: Promise<StationIndex> }>()
function stationIndexOf(q: Queryable): Promise<StationIndex> {
  const known = stationIndexes.get(q)
  if (known && Date.now() - known.at < STATION_INDEX_TTL_MS) return known.index
  const index = stationPlaces(q).then((places) => new StationIndex(places))
  stationIndexes.set(q, { at: Date.now(), index })
  index.catch(() => stationIndexes.delete(q))
  return index
}

/** Routes the case (DESIGN.md §3) and names the district it belongs to. */
export async function routeOf(
  q: Queryable,
  e: Pick<Submit, 'deputyCode' | 'stationCode' | 'noticeId' | 'location'>,
  today: string,
): Promise<{ route: Route; districtId: string; channel: string; noticeId?: string }> {
  if (e.noticeId) {
    // A question sent in before a reception day goes to the station holding it (提前征集).
    const notice = await noticeById(q, e.noticeId)
    if (!notice || notice.status !== 'published') throw new DomainError('NOT_FOUND', 'NOTICE.NOT_FOUND', '这个接待日已取消或不存在')
    if (nextReceptionDates(notice.schedule, today, 1).length === 0) {
      throw new DomainError('CONFLICT', 'NOTICE.OVER', '这个接待日已经结束，请直接向代表反映')
    }
    const route: Route = { to: 'station', stationId: notice.station_id, by: 'code' }
    return { route, districtId: notice.district_id, channel: 'reception', noticeId: notice.id }
  }
  if (e.deputyCode) {
    const deputy = await deputyByCode(q, e.deputyCode)
    if (!deputy) throw deputyNotFound()
    const source: CaseSource = { kind: 'deputy', deputyId: deputy.id, stationId: deputy.station.id }
    return { route: routeCase(source, NO_STATIONS), districtId: deputy.districtId, channel: 'deputy_qr' }
  }
  if (e.stationCode) {
    const station = await stationByCode(q, e.stationCode)
    if (!station) throw new DomainError('NOT_FOUND', 'STATION.NOT_FOUND', '没有找到这个联络站，请确认二维码是否正确')
    return { route: routeCase({ kind: 'station', stationId: station.id }, NO_STATIONS), districtId: station.districtId, channel: 'station_qr' }
  }
  const index = await stationIndexOf(q)
  const route = routeCase({ kind: 'general', location: e.location }, index)
  const districtId = route.to === 'office' ? await soleDistrict(q) : index.stations.find((s) => s.id === route.stationId)!.districtId
  if (!districtId) throw new DomainError('VALIDATION', 'CASE.NO_DISTRICT', '请扫描代表或联络站的二维码提交诉求')
  return { route, districtId, channel: 'general' }
}

export function requireCategory(district: District, category: string): void {
  if (!district.categories.includes(category)) throw new DomainError('VALIDATION', 'CASE.CATEGORY_UNKNOWN', '请选择列表中的类别')
}

/** Numbers, inserts and records a new case in the caller's transaction; null when the submission id was used already. */
export async function fileCase(q: Queryable, district: District, now: Date, actor: { id: string; role: Role }, c: NewCase) {
  const year = shanghaiYear(now)
  const seq = await nextCaseSeq(q, district.id, year)
  const row = await insertCase(q, formatCaseNumber(district.casePrefix, year, seq), c, stageDeadline('submitted', now, district.deadlines))
  if (!row) return null
  const eventId = await recordStep(q, row, { action: 'submit', from: null, to: 'submitted', payload: { text: c.text }, note: c.text }, actor)
  return { row, eventId }
}

export async function submit(e: Submit, user: UserRow, ctx: FnContext) {
  const { db } = ctx.services
  const summary = (c: CaseRow) => ({ id: c.id, number: c.number, status: c.status })
  const again = await caseBySubmission(db, user.id, e.submissionId)
  if (again) return summary(again)

  const now = ctx.services.now()
  const limits = ctx.services.submitLimits ?? SUBMIT_LIMITS
  const filed = await filedSince(db, user.id, new Date(now.getTime() - 3_600_000), new Date(now.getTime() - 86_400_000))
  if (filed.hour >= limits.perHour || filed.day >= limits.perDay) {
    const [n, per] = filed.hour >= limits.perHour ? [limits.perHour, '每小时'] : [limits.perDay, '每天']
    throw new DomainError('RATE_LIMITED', 'CASE.RATE_LIMITED', `提交太频繁：${per}最多提交 ${n} 条诉求，请稍后再试。您填写的内容已保存。`)
  }
  const key = ctx.services.phoneKey
  if (e.phone && !key) throw new DomainError('VALIDATION', 'CASE.PHONE_UNAVAILABLE', '暂时无法留下手机号，请不填手机号提交')
  const phone = e.phone && key ? { enc: encryptPhone(e.phone, key), masked: maskPhone(e.phone) } : null
  const { route, districtId, channel, noticeId } = await routeOf(db, e, shanghaiDay(now))
  // By a station's code, the deputy on duty today is suggested (DESIGN.md §3); a reception day's deputies hear of its questions anyway.
  const roster = route.to === 'station' && route.by === 'code' && !noticeId ? await rosterOf(db, route.stationId) : null
  const suggestedDeputyId = roster ? dutyDeputy(onDuty(roster, shanghaiDay(now))) : null
  const district = await districtById(db, districtId)
  requireCategory(district, e.category)
  const created = await db.tx(async (q) => {
    const filed = await fileCase(q, district, now, { id: user.id, role: user.role }, {
      residentId: user.id,
      submissionId: e.submissionId,
      districtId: district.id,
      stationId: route.to === 'office' ? null : route.stationId,
      deputyId: route.to === 'deputy' ? route.deputyId : null,
      suggestedDeputyId,
      noticeId: noticeId ?? null,
      receptionRecordId: null,
      channel,
      category: e.category,
      text: e.text,
      location: e.location ?? null,
      phone,
      showPublicly: e.showPublicly ?? false,
    })
    if (!filed) return null
    await attachUploads(q, e.media, user.id, filed.row.id, filed.eventId)
    return filed.row
  })
  // A concurrent retry with the same submission id won the insert: answer with its case.
  const c = created ?? (await caseBySubmission(db, user.id, e.submissionId))
  if (!c) throw new Error('submission neither inserted nor found')
  if (created) await pushStepOf(ctx.services, c.id)
  return summary(c)
}
