import { errors } from '../../src/core/errors'
import { sweepDeadlines } from '../cases/deadlines'
import { deliverPushes } from '../messaging/deliver'
import { sendReminders } from '../reception/reminders'
import type { FunctionHandler } from '../runtime/context'

/**
 * CloudBase runs this on its timer trigger; the host every minute. No person may call it. It
 * marks overdue stages and closes unrated ones, sends the day-before reminders of appointments,
 * and delivers (or retries) pushes.
 */
export const timer: FunctionHandler = async (_raw, ctx) => {
  if (ctx.caller.kind !== 'trigger') throw errors.forbidden.triggerOnly()
  const swept = await sweepDeadlines(ctx.services)
  const reminded = await sendReminders(ctx.services)
  return { ...swept, reminded, pushed: await deliverPushes(ctx.services) }
}
