import { distance } from 'geokdbush'
import { DomainError } from '../../src/core/errors'
import { onDuty } from '../../src/core/roster'
import { stationsEvent, type StationsEvent } from '../../src/core/schemas'
import type { StationDetail } from '../../src/core/stations'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/database'
import { stationByCode } from '../db/districts-repository'
import { rosterOf, saveRoster } from '../db/roster-repository'
import { listStations, stationDeputies, stationRow } from '../db/stations-repository'
import type { UserRow } from '../db/users-repository'
import { qrUrl } from './qr'
import { parseEvent, type FnContext, type FunctionHandler } from './runtime'

const stationNotFound = () => new DomainError('NOT_FOUND', 'STATION.NOT_FOUND', '没有找到这个联络站')

/** A station's page: where it is, who is grouped into it, and who is on duty today. */
async function stationDetail(q: Queryable, id: string, now: Date): Promise<StationDetail> {
  const row = await stationRow(q, id)
  if (!row) throw stationNotFound()
  const { districtId: _district, ...station } = row
  const deputiesList = await stationDeputies(q, id)
  const roster = await rosterOf(q, id)
  const byId = new Map(deputiesList.map((d) => [d.id, d]))
  const named = (ids: string[]) => ids.flatMap((i) => (byId.has(i) ? [byId.get(i)!] : []))
  const today = roster ? onDuty(roster, shanghaiDay(now)) : null
  return {
    ...station,
    deputiesList,
    roster: roster && today && {
      period: roster.period,
      startsOn: roster.startsOn,
      fixed: named(roster.fixed),
      rotating: named(roster.rotating),
      today: { rotating: today.rotating ? (byId.get(today.rotating)?.name ?? null) : null, fixed: named(today.fixed).map((d) => d.name) },
    },
  }
}

/** A station is kept by its own staff, and by admin. */
export function requireStationStaff(user: UserRow, stationId: string, what: string): void {
  if (!(user.role === 'admin' || (user.role === 'staff' && user.station_id === stationId))) {
    throw new DomainError('FORBIDDEN', 'STATION.NOT_STAFF', `只有本站工作人员可以${what}`)
  }
}

/** Only the station's own deputies may be put on its duty or its reception days. */
export async function requireOwnDeputies(q: Queryable, stationId: string, ids: readonly string[], where: string): Promise<void> {
  const members = new Set((await stationDeputies(q, stationId)).map((d) => d.id))
  if (ids.some((id) => !members.has(id))) throw new DomainError('VALIDATION', 'STATION.OUTSIDER', `${where}里只能安排本站的代表`)
}

/** Staff keep their own station's roster; every deputy on it must belong to the station. */
async function editRoster(e: Extract<StationsEvent, { action: 'saveRoster' }>, ctx: FnContext) {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  requireStationStaff(user, e.id, '编排值班表')
  await requireOwnDeputies(db, e.id, [...e.fixed, ...e.rotating], '值班表')
  await db.tx((q) => saveRoster(q, e.id, { fixed: e.fixed, rotating: e.rotating, period: e.period, startsOn: e.startsOn }))
  return stationDetail(db, e.id, ctx.services.now())
}

/** Public: anyone may find a station and read its page; staff edit their roster. */
export const stations: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(stationsEvent, raw)
  const { db, now } = ctx.services
  switch (e.action) {
    case 'list': {
      const items = await listStations(db, e.q || undefined)
      if (!e.near) return { items }
      const { latitude, longitude } = e.near
      const measured = items.map((s) => ({
        ...s,
        distanceKm: s.latitude === null || s.longitude === null ? null : Math.round(distance(longitude, latitude, s.longitude, s.latitude) * 100) / 100,
      }))
      measured.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
      return { items: measured }
    }
    case 'get': {
      const id = e.id ?? (await stationByCode(db, e.code!))?.id
      if (!id) throw stationNotFound()
      return stationDetail(db, id, now())
    }
    case 'qr': {
      const row = await stationRow(db, e.id)
      if (!row) throw stationNotFound()
      return { url: await qrUrl(ctx, { kind: 'station', code: row.code }) }
    }
    case 'saveRoster':
      return editRoster(e, ctx)
  }
}
