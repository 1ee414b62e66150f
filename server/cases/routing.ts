import { routeCase, StationIndex, type Route } from '../../src/core/cases/routing'
import { errors } from '../../src/core/errors'
import type { CaseLocation } from '../../src/core/fields'
import type { RoutePreview } from '../../src/core/places/types'
import { dutyDeputy } from '../../src/core/reception/roster'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { findDeputy } from '../deputies/directory'
import { districtById, soleDistrict } from '../districts/districts'
import { noticeForQuestions } from '../reception/notices'
import type { FnContext } from '../runtime/context'
import { dutyOn } from '../stations/roster'
import { stationByCode, stationDetail, stationPlaces } from '../stations/stations'

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

/** Whom a concern is filed to: one deputy's code, one station's code, one reception day, or a place (or none). */
export interface Target {
  deputyCode?: string
  stationCode?: string
  noticeId?: string
  location?: CaseLocation
}

export interface Routed {
  route: Route
  districtId: string
  channel: 'deputy_qr' | 'station_qr' | 'reception' | 'general'
  noticeId?: string
}

/** Routes the case (DESIGN.md §3) and names the district it belongs to. */
export async function routeOf(q: Queryable, e: Target, today: string): Promise<Routed> {
  if (e.noticeId) {
    // A question sent in before a reception day goes to the station holding it (提前征集).
    const notice = await noticeForQuestions(q, e.noticeId, today)
    return { route: { to: 'station', stationId: notice.stationId, by: 'code' }, districtId: notice.districtId, channel: 'reception', noticeId: notice.id }
  }
  if (e.deputyCode) {
    const deputy = await findDeputy(q, e.deputyCode)
    const route = routeCase({ kind: 'deputy', deputyId: deputy.id, stationId: deputy.station.id }, NO_STATIONS)
    return { route, districtId: deputy.districtId, channel: 'deputy_qr' }
  }
  if (e.stationCode) {
    const station = await stationByCode(q, e.stationCode)
    if (!station) throw errors.notFound.station()
    return { route: routeCase({ kind: 'station', stationId: station.id }, NO_STATIONS), districtId: station.districtId, channel: 'station_qr' }
  }
  const index = await stationIndexOf(q)
  const route = routeCase({ kind: 'general', location: e.location }, index)
  const districtId = route.to === 'office' ? await soleDistrict(q) : index.stations.find((s) => s.id === route.stationId)!.districtId
  if (!districtId) throw errors.validation.noDistrict()
  return { route, districtId, channel: 'general' }
}

/** The deputy on duty today at a station filed to by its code, who is suggested and hears of the case (DESIGN.md §3). */
export async function dutyFor(q: Queryable, r: Routed, today: string): Promise<string | null> {
  if (r.route.to !== 'station' || r.route.by !== 'code' || r.noticeId) return null
  const duty = await dutyOn(q, r.route.stationId, today)
  return duty ? dutyDeputy(duty) : null
}

/** Where a concern would go, before it is sent: the same rules as filing, read only, open to anyone. */
export async function previewRoute(ctx: FnContext, e: Target): Promise<RoutePreview> {
  const { db, now } = ctx.services
  const at = now()
  const routed = await routeOf(db, e, shanghaiDay(at))
  const { route } = routed
  const district = await districtById(db, routed.districtId)
  const station = route.to === 'office' ? null : await stationDetail(db, route.stationId, at)
  const dutyId = await dutyFor(db, routed, shanghaiDay(at))
  const today = station?.roster?.today
  return {
    to: route.to,
    by: route.to === 'deputy' ? 'deputy' : route.to === 'station' ? route.by : 'none',
    station: station && { id: station.id, code: station.code, name: station.name, address: station.address },
    km: route.to === 'station' && route.km !== undefined ? Math.round(route.km * 10) / 10 : null,
    onDuty: (dutyId && station?.deputiesList.find((d) => d.id === dutyId)?.name) ?? null,
    onDutyToday: dutyId && today ? [...today.fixed, ...(today.rotating ? [today.rotating] : [])] : [],
    categories: district.categories,
  }
}
