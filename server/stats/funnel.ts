import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { funnelScope, type FunnelAsk } from '../../src/core/stats/access'
import type { StatsEvent } from '../../src/core/stats/schemas'
import type { Funnel } from '../../src/core/stats/types'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { deputyDistrictOf, funnel, stationDistrictOf } from './stats-repository'

/**
 * The caller's figures narrowed to what they asked for: FORBIDDEN for someone else's, and for a
 * station or deputy outside the asker's district (their figures would read as nothing otherwise).
 */
export async function statsScope(q: Queryable, user: Viewer, asked: FunnelAsk): Promise<FunnelAsk> {
  const scope = funnelScope(user, asked)
  if (!scope) throw errors.forbidden.statsScope()
  const outside = async (id: string | undefined, districtOf: (id: string) => Promise<string | null>) => !!id && (await districtOf(id)) !== user.districtId
  if ((await outside(asked.stationId, stationDistrictOf(q))) || (await outside(asked.deputyId, deputyDistrictOf(q)))) throw errors.forbidden.statsScope()
  return scope
}

/** The five-order figures of a period (Shanghai days, both included), within the caller's scope. */
export async function funnelFor(ctx: FnContext, e: StatsEvent): Promise<Funnel> {
  const user = await ctx.requireUser()
  const scope = await statsScope(ctx.services.db, user, { stationId: e.stationId, deputyId: e.deputyId })
  return funnel(ctx.services.db, {
    ...scope,
    ...(e.from ? { from: shanghaiDayStart(e.from) } : {}),
    ...(e.to ? { to: shanghaiDayEnd(e.to) } : {}),
  })
}
