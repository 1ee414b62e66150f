import type { safetyEvent } from '../../core/safety/schemas'
import type { ReportableKind, ReviewItem, SafetyWord, ScreeningState } from '../../core/safety/types'
import { callFunction, type Args } from './call'

/** `safety`: 举报 (anyone signed in), the 审核 queue (staff, the office, the admin) and the word list (the admin). */

export const reportContent = (kind: ReportableKind, id: string, reason: Args<typeof safetyEvent, 'report'>['reason']) =>
  callFunction<{ reported: true }>('safety', { action: 'report', kind, id, reason })
export const reviewQueue = (cursor?: string) => callFunction<{ items: ReviewItem[]; cursor?: string }>('safety', { action: 'queue', ...(cursor ? { cursor } : {}) })
export const releaseItem = (id: string, version: number) => callFunction<{ id: string; state: ScreeningState }>('safety', { action: 'release', id, version })
export const refuseItem = (id: string, version: number, reason: string) =>
  callFunction<{ id: string; state: ScreeningState }>('safety', { action: 'refuse', id, version, reason })
export const safetyWords = (e: Args<typeof safetyEvent, 'words'> = {}) => callFunction<{ items: SafetyWord[] }>('safety', { action: 'words', ...e })
