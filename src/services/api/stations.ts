import type { stationsEvent } from '../../core/stations/schemas'
import type { StationDetail, StationSummary } from '../../core/stations/types'
import { callFunction, PUBLIC, type Args } from './call'
import type { ShownCode } from '../../core/scene'

/** `stations`: the directory and a station's page are public; its staff keep the roster. */

export const listStations = (e: Args<typeof stationsEvent, 'list'>) => callFunction<{ items: StationSummary[] }>('stations', { action: 'list', ...e }, PUBLIC)
export const getStation = (by: { id: string } | { code: string }) => callFunction<StationDetail>('stations', { action: 'get', ...by }, PUBLIC)
export const stationQr = (id: string) => callFunction<ShownCode>('stations', { action: 'qr', id }, PUBLIC)
export const saveRoster = (e: Args<typeof stationsEvent, 'saveRoster'>) => callFunction<StationDetail>('stations', { action: 'saveRoster', ...e })
