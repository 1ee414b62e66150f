import { stationsEvent } from '../../src/core/stations/schemas'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { editRoster } from '../stations/roster'
import { stationDirectory, stationPage, stationQr } from '../stations/stations'

/** Public: anyone may find a station and read its page; staff edit their roster. */
export const stations: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(stationsEvent, raw)
  switch (e.action) {
    case 'list':
      return stationDirectory(ctx, e)
    case 'get':
      return stationPage(ctx, e)
    case 'qr':
      return stationQr(ctx, e.id)
    case 'saveRoster':
      return editRoster(ctx, e)
  }
}
