import { statsEvent } from '../../src/core/stats/schemas'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { funnelFor } from '../stats/funnel'
import { reportFor } from '../stats/report'

/** 五单统计 and its report: the office its district, staff their station, a deputy their own cases. */
export const stats: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(statsEvent, raw)
  return e.action === 'report' ? reportFor(ctx, e) : funnelFor(ctx, e)
}
