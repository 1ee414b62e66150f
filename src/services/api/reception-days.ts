import type { noticesEvent } from '../../core/reception/schemas'
import type { AdvanceQuestion, NoticeView, ReceptionRecordView } from '../../core/reception/views'
import { callFunction, PUBLIC, type Args } from './call'

/**
 * `notices`: reception days as the stations' pages list and follow them, and what a station's
 * staff do with them (subpackages only; the main package's one call is in notices.ts).
 */

export interface ReceptionBoard {
  questions: AdvanceQuestion[]
  records: ReceptionRecordView[]
}

export const listNotices = (e: { stationId?: string; past?: boolean } = {}, cursor?: string) =>
  callFunction<{ items: NoticeView[]; cursor?: string; following?: boolean }>('notices', { action: 'list', ...e, cursor }, e.stationId ? {} : PUBLIC)
export const followStation = (stationId: string, on: boolean) => callFunction<{ following: boolean }>('notices', { action: 'follow', stationId, on })
export const postNotice = (e: Args<typeof noticesEvent, 'post'>) => callFunction<NoticeView>('notices', { action: 'post', ...e })
export const cancelNotice = (n: { id: string; version: number }) => callFunction<NoticeView>('notices', { action: 'cancel', id: n.id, version: n.version })
export const receptionBoard = (id: string) => callFunction<ReceptionBoard>('notices', { action: 'records', id })
export const recordReceptionDay = (e: Args<typeof noticesEvent, 'record'>) => callFunction<ReceptionBoard>('notices', { action: 'record', ...e })
