import { errors } from '../../src/core/errors'
import { funnelScope } from '../../src/core/stats/access'
import type { StatsEvent } from '../../src/core/stats/schemas'
import type { Funnel } from '../../src/core/stats/types'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import type { FnContext } from '../runtime/context'
import { funnel } from './stats-repository'

/** The five-order figures of a period (Shanghai days, both included), within the caller's scope. */
export async function funnelFor(ctx: FnContext, e: StatsEvent): Promise<Funnel> {
  const user = await ctx.requireUser()
  const scope = funnelScope(user, { stationId: e.stationId, deputyId: e.deputyId })
  if (!scope) throw errors.forbidden.statsScope()
  return funnel(ctx.services.db, {
    ...scope,
    ...(e.from ? { from: shanghaiDayStart(e.from) } : {}),
    ...(e.to ? { to: shanghaiDayEnd(e.to) } : {}),
  })
}
