import { statusLabel } from '../../src/core/case-states'
import { DomainError } from '../../src/core/errors'
import { expiredStages, lockExpired, markOverdue } from '../db/cases-repository'
import { moveAndRecord, recordStep } from './case-steps'
import { deliverPushes } from '../push/deliver'
import { sendReminders } from './appointments'
import type { FunctionHandler, Services } from './runtime'

const BATCH = 200
const SYSTEM = { id: null, role: 'system' } as const

/**
 * Deals with every stage past its deadline: an overdue stage is marked and escalated to the
 * office once; a rating window that ran out closes the case as 未评价.
 */
export async function sweepDeadlines(services: Services): Promise<{ overdue: number; closed: number }> {
  const { db } = services
  const now = services.now()
  const done = { overdue: 0, closed: 0 }
  for (;;) {
    const batch = await expiredStages(db, now, BATCH)
    for (const id of batch) {
      await db.tx(async (q) => {
        const c = await lockExpired(q, id, now)
        if (!c) return
        if (c.expires_to === 'close') {
          const step = { action: 'close', payload: { reason: 'unrated' }, note: '评价期限已过，未评价' }
          await moveAndRecord(q, c, 'closed', {}, step, SYSTEM, now)
          done.closed++
        } else {
          await markOverdue(q, id, now)
          const note = `${statusLabel(c.status)}阶段已超过办理期限`
          await recordStep(q, c, { action: 'overdue', from: c.status, to: c.status, payload: {}, note }, SYSTEM)
          done.overdue++
        }
      })
    }
    if (batch.length < BATCH) return done
  }
}

/** CloudBase runs this on its timer trigger; the host every minute. No person may call it. It also
 * sends the day-before reminders of appointments and delivers (or retries) pushes. */
export const timer: FunctionHandler = async (_raw, ctx) => {
  if (ctx.caller.kind !== 'trigger') throw new DomainError('FORBIDDEN', 'TIMER.TRIGGER_ONLY', '您没有权限进行此操作')
  const swept = await sweepDeadlines(ctx.services)
  const reminded = await sendReminders(ctx.services)
  return { ...swept, reminded, pushed: await deliverPushes(ctx.services) }
}
