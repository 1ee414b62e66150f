import { auditEvent } from '../../src/core/audit/schemas'
import { auditSearch } from '../audit/audit'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** `audit`: the admin searches who read residents' personal data. */
export const audit: FunctionHandler = async (raw, ctx) => auditSearch(ctx, parseEvent(auditEvent, raw))
