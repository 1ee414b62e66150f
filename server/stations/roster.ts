import { onDuty, type OnDuty } from '../../src/core/reception/roster'
import type { StationsEvent } from '../../src/core/stations/schemas'
import { keepsStation } from '../../src/core/stations/access'
import type { StationDetail } from '../../src/core/stations/types'
import { errors } from '../../src/core/errors'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { stationScope } from './stations'
import { rosterOf, saveRoster } from './roster-repository'
import { requireOwnDeputies, stationDetail } from './stations'

/** Keeps a station's roster as given (the demo seed, and editRoster after its checks). */
export { saveRoster }

/** Who is on duty at a station on a Shanghai day; null when it keeps no roster. */
export async function dutyOn(q: Queryable, stationId: string, day: string): Promise<OnDuty | null> {
  const roster = await rosterOf(q, stationId)
  return roster ? onDuty(roster, day) : null
}

/** Staff keep their own station's roster; every deputy on it must belong to the station. */
export async function editRoster(ctx: FnContext, e: Extract<StationsEvent, { action: 'saveRoster' }>): Promise<StationDetail> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const station = await stationScope(db, e.id)
  if (!station || !keepsStation(user, station)) throw errors.forbidden.notStationStaff('编排值班表')
  await requireOwnDeputies(db, e.id, [...e.fixed, ...e.rotating], '值班表')
  await db.tx((q) => saveRoster(q, e.id, { fixed: e.fixed, rotating: e.rotating, period: e.period, startsOn: e.startsOn }))
  return stationDetail(db, e.id, ctx.services.now())
}
