import { statusLabel } from '../../src/core/cases/states'
import type { Services } from '../runtime/services'
import { expiredStages, lockExpired, markOverdue } from './cases-repository'
import { moveAndRecord, recordStep, SYSTEM } from './steps'

const BATCH = 200

/**
 * Deals with every stage past its deadline: an overdue stage is marked and escalated to the
 * office once, and to the office's leaders when the case ran late before; a rating window that
 * ran out closes the case as 未评价.
 */
export async function sweepDeadlines(services: Services): Promise<{ overdue: number; closed: number; passedOver: number }> {
  const { db } = services
  const now = services.now()
  const done = { overdue: 0, closed: 0, passedOver: 0 }
  // A case whose step fails is logged and passed over, so the rest are still dealt with.
  const skipped: string[] = []
  for (;;) {
    const batch = await expiredStages(db, now, BATCH, skipped)
    for (const id of batch) {
      try {
        await db.tx(async (q) => {
          const c = await lockExpired(q, id, now)
          if (!c) return
          if (c.expires_to === 'close') {
            const step = { action: 'close', payload: { reason: 'unrated' }, note: '评价期限已过，未评价' } as const
            await moveAndRecord(q, c, 'closed', {}, step, SYSTEM, now)
            done.closed++
          } else {
            // A case that ran late before goes up to the office's leaders.
            const times = await markOverdue(q, id, now)
            const escalate = times > 1
            const note = `${statusLabel(c.status)}阶段已超过办理期限${escalate ? `，本件已第 ${times} 次超期，已报人大办领导` : ''}`
            await recordStep(q, c, { action: 'overdue', from: c.status, to: c.status, payload: { times }, note, escalate }, SYSTEM, now)
            done.overdue++
          }
        })
      } catch (e) {
        console.error(`[timer] case ${id}:`, e)
        skipped.push(id)
        done.passedOver++
      }
    }
    if (batch.length < BATCH) return done
  }
}
