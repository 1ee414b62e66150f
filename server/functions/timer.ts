import { errors } from '../../src/core/errors'
import { runChores } from '../chores/chores'
import type { FunctionHandler } from '../runtime/context'

/**
 * CloudBase runs this on its timer trigger; the host every minute. No person may call it. It
 * runs the chores (server/chores): deadlines, reminders, pushes, retention.
 */
export const timer: FunctionHandler = async (_raw, ctx) => {
  if (ctx.caller.kind !== 'trigger') throw errors.forbidden.triggerOnly()
  return runChores(ctx.services)
}
