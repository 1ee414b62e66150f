import { statsEvent } from '../../src/core/stats/schemas'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { funnelFor } from '../stats/funnel'

/** 五单统计: the office its district, staff their station, a deputy their own cases. */
export const stats: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(statsEvent, raw)
  return funnelFor(ctx, e)
}
