import { reportsEvent } from '../../src/core/stats/exports'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { exportFor } from '../stats/exports'

/** Excel exports: a handler's cases, each phone as that person may read it, or a period's 五单 report. */
export const reports: FunctionHandler = async (raw, ctx) => exportFor(ctx, parseEvent(reportsEvent, raw))
