import { distance } from 'geokdbush'
import { errors } from '../../src/core/errors'
import type { Scene } from '../../src/core/scene'
import { onDuty } from '../../src/core/reception/roster'
import type { StationScope } from '../../src/core/stations/access'
import type { StationDeputy, StationDetail, StationRosterView, StationSummary } from '../../src/core/stations/types'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { qrUrl } from '../deputies/qr-codes'
import type { FnContext } from '../runtime/context'
import { rosterOf } from './roster-repository'
import type { Located } from '../../src/core/fields'
import type { ShownCode } from '../../src/core/scene'
import { toGcj02 } from '../places/coords'
import { deputyStation, listStations, stationByCode, stationDeputies, stationDistrict, stationPlaces, stationRow } from './stations-repository'

export { deputyStation, stationByCode, stationPlaces }

/** The directory: by code, or the nearest first when the person gave a place; with a search over name, street and address. */
export async function stationDirectory(ctx: FnContext, e: { q?: string; near?: Located }): Promise<{ items: StationSummary[] }> {
  const items = await listStations(ctx.services.db, e.q || undefined)
  if (!e.near) return { items }
  const { latitude, longitude } = toGcj02(e.near)
  const measured = items.map((s) => ({
    ...s,
    distanceKm: s.latitude === null || s.longitude === null ? null : Math.round(distance(longitude, latitude, s.longitude, s.latitude) * 100) / 100,
  }))
  measured.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
  return { items: measured }
}

/** The roster as the station page shows it: the deputies by name, and who is on duty today. */
async function rosterView(q: Queryable, stationId: string, deputies: StationDeputy[], now: Date): Promise<StationRosterView | null> {
  const roster = await rosterOf(q, stationId)
  if (!roster) return null
  const byId = new Map(deputies.map((d) => [d.id, d]))
  const named = (ids: string[]) => ids.flatMap((i) => (byId.has(i) ? [byId.get(i)!] : []))
  const today = onDuty(roster, shanghaiDay(now))
  return {
    period: roster.period,
    startsOn: roster.startsOn,
    fixed: named(roster.fixed),
    rotating: named(roster.rotating),
    today: { rotating: today.rotating ? (byId.get(today.rotating)?.name ?? null) : null, fixed: named(today.fixed).map((d) => d.name) },
  }
}

/** A station's page: where it is, who is grouped into it, and who is on duty today. */
export async function stationDetail(q: Queryable, id: string, now: Date): Promise<StationDetail> {
  const row = await stationRow(q, id)
  if (!row) throw errors.notFound.station()
  const { districtId: _district, ...station } = row
  const deputiesList = await stationDeputies(q, id)
  return { ...station, deputiesList, roster: await rosterView(q, id, deputiesList, now) }
}

/** A station's page by its id, or by the code its QR carries. */
export async function stationPage(ctx: FnContext, e: { id?: string; code?: string }): Promise<StationDetail> {
  const { db, now } = ctx.services
  const id = e.id ?? (await stationByCode(db, e.code!))?.id
  if (!id) throw errors.notFound.station()
  return stationDetail(db, id, now())
}

/** The station's code (scene s=<code>), made once like a deputy's. */
export async function stationQr(ctx: FnContext, id: string): Promise<ShownCode> {
  const row = await stationRow(ctx.services.db, id)
  if (!row) throw errors.notFound.station()
  const scene: Scene = { kind: 'station', code: row.code }
  return qrUrl(ctx, scene)
}

/** Where a station belongs, as the access rules read it; null when there is no such station. */
export const stationScope: (q: Queryable, id: string) => Promise<StationScope | null> = stationDistrict

/** That a station exists (and is active), before something is hung on it. */
export async function requireStation(q: Queryable, id: string): Promise<{ districtId: string }> {
  const row = await stationRow(q, id)
  if (!row) throw errors.notFound.station()
  return { districtId: row.districtId }
}

/** Only the station's own deputies may be put on its duty, its reception days or its records. */
export async function requireOwnDeputies(q: Queryable, stationId: string, ids: readonly string[], where: string): Promise<void> {
  const members = new Set((await stationDeputies(q, stationId)).map((d) => d.id))
  if (ids.some((id) => !members.has(id))) throw errors.validation.outsideDeputies(where)
}
