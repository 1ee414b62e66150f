import { CASE_PAGE } from '../../src/core/cases/pages'
import { templateData } from '../../src/core/messaging/subscribe'
import { addQuota, clearQuota, finishPush, lockDuePushes, retryPushLater, takeQuota } from './outbox-repository'
import type { Services } from '../runtime/services'
import { PushError } from './channel'

const BATCH = 50
/** Tries after the first: 1, 4, 16 and 64 minutes later; then the push is given up as failed. */
export const MAX_ATTEMPTS = 5
export const backoffMs = (attempts: number) => 60_000 * 4 ** attempts

export interface Delivered {
  sent: number
  skipped: number
  retried: number
  failed: number
}

/**
 * Delivers queued pushes that are due (all, or those of one case right after its step).
 * Each is sent while its row is locked, so two dispatchers never send the same one; without
 * a template for its kind or quota for the person it is skipped, without error.
 */
export async function deliverPushes(services: Services, only?: { caseId: string }): Promise<Delivered> {
  const done: Delivered = { sent: 0, skipped: 0, retried: 0, failed: 0 }
  const channel = services.push
  if (!channel) return done
  for (;;) {
    const now = services.now()
    const handled = await services.db.tx(async (q) => {
      const due = await lockDuePushes(q, now, BATCH, only?.caseId)
      for (const p of due) {
        const template = channel.templates[p.kind]
        if (!template || !(await takeQuota(q, p.user_id, template.id))) {
          await finishPush(q, p.id, 'skipped', now)
          done.skipped++
          continue
        }
        try {
          const page = p.page ?? `${CASE_PAGE[p.role].slice(1)}?id=${p.case_id}`
          await channel.send({ openid: p.openid, templateId: template.id, page, data: templateData(template, p.vals) })
          await finishPush(q, p.id, 'sent', now)
          done.sent++
        } catch (e) {
          const reason = e instanceof PushError ? e.reason : 'transient'
          const message = e instanceof Error ? e.message : String(e)
          if (reason === 'refused') {
            // WeChat has no quota for this person, whatever we counted: count none from now on.
            await clearQuota(q, p.user_id, template.id)
            await finishPush(q, p.id, 'skipped', now, message)
            done.skipped++
          } else if (reason === 'invalid' || p.attempts + 1 >= MAX_ATTEMPTS) {
            await finishPush(q, p.id, 'failed', now, message)
            done.failed++
          } else {
            // The quota was not spent on a send that did not arrive.
            await addQuota(q, p.user_id, [template.id])
            await retryPushLater(q, p.id, new Date(now.getTime() + backoffMs(p.attempts)), message)
            done.retried++
          }
        }
      }
      return due.length
    })
    if (handled < BATCH) return done
  }
}

/** Right after a step commits: its pushes go out now; one that fails waits for the timer's retry. */
export async function pushStepOf(services: Services, caseId: string): Promise<void> {
  if (!services.push) return
  try {
    await deliverPushes(services, { caseId })
  } catch (e) {
    console.error('[push]', e)
  }
}
