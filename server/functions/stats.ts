import { DomainError } from '../../src/core/errors'
import { statsEvent } from '../../src/core/schemas'
import { shanghaiDayStart } from '../../src/core/time'
import { funnel, type FunnelScope } from '../db/stats-repository'
import type { UserRow } from '../db/users-repository'
import { parseEvent, type FunctionHandler } from './runtime'

const forbidden = () => new DomainError('FORBIDDEN', 'STATS.FORBIDDEN', '您没有查看这些统计的权限')

/** The office sees its district; staff their station; a deputy their own cases; admin all. */
function scopeFor(user: UserRow, asked: { stationId?: string; deputyId?: string }): FunnelScope {
  const own = (mine: string | null, given: string | undefined) => {
    if (!mine || (given !== undefined && given !== mine)) throw forbidden()
    return mine
  }
  switch (user.role) {
    case 'admin':
      return asked
    case 'office':
      if (!user.district_id) throw forbidden()
      return { ...asked, districtId: user.district_id }
    case 'staff':
      return { ...asked, stationId: own(user.station_id, asked.stationId) }
    case 'deputy':
      return { ...asked, deputyId: own(user.deputy_id, asked.deputyId) }
    default:
      throw forbidden()
  }
}

export const stats: FunctionHandler = async (raw, ctx) => {
  const event = parseEvent(statsEvent, raw)
  const user = await ctx.requireUser()
  const scope = scopeFor(user, { stationId: event.stationId, deputyId: event.deputyId })
  if (event.from) scope.from = shanghaiDayStart(event.from)
  if (event.to) scope.to = new Date(shanghaiDayStart(event.to).getTime() + 86_400_000)
  return funnel(ctx.services.db, scope)
}
