import { CASE_PAGE } from '../../src/core/cases/pages'
import { templateData } from '../../src/core/messaging/subscribe'
import type { TemplateConfig } from '../../src/core/messaging/subscribe'
import { addQuota, clearQuota, finishPush, leasePushes, lockDuePushes, retryPushLater, takeQuota, type PushRow } from './outbox-repository'
import type { Services } from '../runtime/services'
import { PushError } from './channel'
import { BATCH, backoffMs, LEASE_MS, MAX_ATTEMPTS } from './retry'
import { deliverSms } from './texting'

export interface Delivered {
  sent: number
  skipped: number
  retried: number
  failed: number
}

/**
 * Delivers queued pushes that are due (all, or those of one case right after its step).
 * A short transaction claims a batch (spending quota, and leasing each for a while so no
 * other dispatcher takes it); the sends then go out with no transaction open and no lock held
 * across the network, and each result is written as it comes. A push without a template for
 * its kind or quota for the person is skipped, without error.
 */
export async function deliverPushes(services: Services, only?: { caseId: string }): Promise<Delivered> {
  const done: Delivered = { sent: 0, skipped: 0, retried: 0, failed: 0 }
  const channel = services.push
  if (!channel) return done
  const { db } = services
  for (;;) {
    const now = services.now()
    const { due, sending } = await db.tx(async (q) => {
      const due = await lockDuePushes(q, now, BATCH, only?.caseId)
      const sending: { p: PushRow; template: TemplateConfig }[] = []
      for (const p of due) {
        const template = channel.templates[p.kind]
        if (template && (await takeQuota(q, p.user_id, template.id))) sending.push({ p, template })
        else {
          await finishPush(q, p.id, 'skipped', now)
          done.skipped++
        }
      }
      await leasePushes(q, sending.map((s) => s.p.id), new Date(now.getTime() + LEASE_MS))
      return { due: due.length, sending }
    })
    for (const { p, template } of sending) {
      const page = p.page ?? `${CASE_PAGE[p.role].slice(1)}?id=${p.case_id}`
      const failure = await channel.send({ openid: p.openid, templateId: template.id, page, data: templateData(template, p.vals) }).then(
        () => null,
        (e: unknown) => e,
      )
      if (!failure) {
        await finishPush(db, p.id, 'sent', now)
        done.sent++
        continue
      }
      const reason = failure instanceof PushError ? failure.reason : 'transient'
      const message = failure instanceof Error ? failure.message : String(failure)
      if (reason === 'refused') {
        // WeChat has no quota for this person, whatever we counted: count none from now on.
        await db.tx(async (q) => {
          await clearQuota(q, p.user_id, template.id)
          await finishPush(q, p.id, 'skipped', now, message)
        })
        done.skipped++
      } else if (reason === 'invalid' || p.attempts + 1 >= MAX_ATTEMPTS) {
        await finishPush(db, p.id, 'failed', now, message)
        done.failed++
      } else {
        // The quota was not spent on a send that did not arrive.
        await db.tx(async (q) => {
          await addQuota(q, p.user_id, [template.id])
          await retryPushLater(q, p.id, new Date(now.getTime() + backoffMs(p.attempts)), message)
        })
        done.retried++
      }
    }
    if (due < BATCH) return done
  }
}

/** Right after a step commits: its pushes and texts go out now; one that fails waits for the timer's retry. */
export async function pushStepOf(services: Services, caseId: string): Promise<void> {
  try {
    if (services.push) await deliverPushes(services, { caseId })
    if (services.sms) await deliverSms(services, { caseId })
  } catch (e) {
    console.error('[push]', e)
  }
}
