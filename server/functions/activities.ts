import { activitiesEvent } from '../../src/core/accountability/schemas'
import { activityList, decideOn, myActivities, pendingActivities, recordActivity } from '../accountability/activities'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 履职档案: a deputy (or their station's staff) records activities, the station verifies or returns them; verified ones are public. */
export const activities: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(activitiesEvent, raw)
  switch (e.action) {
    case 'record':
      return recordActivity(ctx, e)
    case 'verify':
      return decideOn(ctx, e.id, 'verified', null)
    case 'return':
      return decideOn(ctx, e.id, 'returned', e.reason)
    case 'list':
      return activityList(ctx, e.deputyCode, e.cursor)
    case 'mine':
      return myActivities(ctx, e.cursor)
    case 'pending':
      return pendingActivities(ctx, e.cursor)
  }
}
