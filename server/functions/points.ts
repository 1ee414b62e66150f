import { pointsEvent } from '../../src/core/accountability/schemas'
import { pointsOf, ranking } from '../accountability/points'
import { rulesView, saveRules } from '../accountability/rules'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 履职积分: a deputy's score with what earned each point (public), rankings, and the district's rule table. */
export const points: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(pointsEvent, raw)
  switch (e.action) {
    case 'get':
      return pointsOf(ctx, e.deputyCode, e.from, e.to)
    case 'ranking':
      return ranking(ctx, e.from, e.to, e.stationCode)
    case 'rules':
      return rulesView(ctx)
    case 'saveRules':
      return saveRules(ctx, e)
  }
}
