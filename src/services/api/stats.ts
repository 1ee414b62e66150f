import type { statsEvent } from '../../core/stats/schemas'
import type { Funnel } from '../../core/stats/types'
import { callFunction, type Args } from './call'

/** `stats`: the five-order figures within the caller's scope. */
export const funnelFigures = (e: Args<typeof statsEvent, 'funnel'> = {}) => callFunction<Funnel>('stats', { action: 'funnel', ...e })
