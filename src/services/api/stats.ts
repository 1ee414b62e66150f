import type { Report } from '../../core/stats/report'
import type { statsEvent } from '../../core/stats/schemas'
import type { Funnel } from '../../core/stats/types'
import { callFunction, type Args } from './call'

/** `stats`: the five-order figures within the caller's scope. */
export const funnelFigures = (e: Args<typeof statsEvent, 'funnel'> = {}) => callFunction<Funnel>('stats', { action: 'funnel', ...e })

/** `stats report`: a period's five orders grouped by month, category, station, deputy or department, with the whole. */
export const reportFigures = (e: Args<typeof statsEvent, 'report'>) => callFunction<Report>('stats', { action: 'report', ...e })
