import type { DeputyPage } from '../../core/accountability/types'
import type { DeputyProfile, DeputySummary } from '../../core/deputies/types'
import { callFunction, PUBLIC } from './call'
import type { ShownCode } from '../../core/scene'

/** `deputies`, the public part: anyone who scanned a code reads these. */

export const listDeputies = (cursor?: string) =>
  callFunction<{ items: DeputySummary[]; cursor?: string }>('deputies', { action: 'list', ...(cursor ? { cursor } : {}) }, PUBLIC)
export const getDeputy = (code: string) => callFunction<DeputyProfile>('deputies', { action: 'get', code }, PUBLIC)
export const deputyRecord = (code: string) => callFunction<DeputyPage>('deputies', { action: 'figures', code }, PUBLIC)
export const deputyQr = (code: string) => callFunction<ShownCode>('deputies', { action: 'qr', code }, PUBLIC)
