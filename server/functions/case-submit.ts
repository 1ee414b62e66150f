import { formatCaseNumber } from '../../src/core/case-number'
import { stageDeadline } from '../../src/core/deadlines'
import { DomainError } from '../../src/core/errors'
import { SUBMIT_LIMITS } from '../../src/core/limits'
import { routeCase, StationIndex, type CaseSource, type Route } from '../../src/core/routing'
import type { CasesQueryEvent } from '../../src/core/schemas'
import { dutyDeputy, onDuty } from '../../src/core/roster'
import { shanghaiDay, shanghaiYear } from '../../src/core/time'
import { caseBySubmission, filedSince, insertCase, nextCaseSeq, type CaseRow } from '../db/cases-repository'
import type { Queryable } from '../db/database'
import { deputyByCode } from '../db/deputies-repository'
import { districtById, soleDistrict, stationByCode, stationPlaces } from '../db/districts-repository'
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
  e: Pick<Submit, 'deputyCode' | 'stationCode' | 'location'>,
): Promise<{ route: Route; districtId: string; channel: string }> {
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
  const { route, districtId, channel } = await routeOf(db, e)
  // By a station's code, the deputy on duty today is suggested (DESIGN.md §3).
  const roster = route.to === 'station' && route.by === 'code' ? await rosterOf(db, route.stationId) : null
  const suggestedDeputyId = roster ? dutyDeputy(onDuty(roster, shanghaiDay(now))) : null
  const district = await districtById(db, districtId)
  if (!district.categories.includes(e.category)) {
    throw new DomainError('VALIDATION', 'CASE.CATEGORY_UNKNOWN', '请选择列表中的类别')
  }
  const year = shanghaiYear(now)
  const created = await db.tx(async (q) => {
    const seq = await nextCaseSeq(q, district.id, year)
    const row = await insertCase(
      q,
      formatCaseNumber(district.casePrefix, year, seq),
      {
        residentId: user.id,
        submissionId: e.submissionId,
        districtId: district.id,
        stationId: route.to === 'office' ? null : route.stationId,
        deputyId: route.to === 'deputy' ? route.deputyId : null,
        suggestedDeputyId,
        channel,
        category: e.category,
        text: e.text,
        location: e.location ?? null,
        phone,
        showPublicly: e.showPublicly ?? false,
      },
      stageDeadline('submitted', now, district.deadlines),
    )
    if (!row) return null
    const eventId = await recordStep(q, row, { action: 'submit', from: null, to: 'submitted', payload: { text: e.text }, note: e.text }, {
      id: user.id,
      role: user.role,
    })
    await attachUploads(q, e.media, user.id, row.id, eventId)
    return row
  })
  // A concurrent retry with the same submission id won the insert: answer with its case.
  const c = created ?? (await caseBySubmission(db, user.id, e.submissionId))
  if (!c) throw new Error('submission neither inserted nor found')
  if (created) await pushStepOf(ctx.services, c.id)
  return summary(c)
}
