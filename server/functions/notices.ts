import { noticesEvent } from '../../src/core/reception/schemas'
import { followStation, manageNotice, noticeList, noticePage } from '../reception/notices'
import { receptionRecords, recordReceptionDay } from '../reception/records'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/**
 * 接待公告: anyone reads them; a station's staff post, change and cancel its own, and record each
 * day after it; residents follow stations.
 */
export const notices: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(noticesEvent, raw)
  switch (e.action) {
    case 'list':
      return noticeList(ctx, e)
    case 'get':
      return noticePage(ctx, e.id)
    case 'follow':
      return followStation(ctx, e.stationId, e.on)
    case 'record':
      return recordReceptionDay(ctx, e)
    case 'records':
      return receptionRecords(ctx, e.id)
    case 'post':
    case 'update':
    case 'cancel':
      return manageNotice(ctx, e)
  }
}
