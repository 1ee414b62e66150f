import { randomInt } from 'node:crypto'
import { errors } from '../../src/core/errors'
import { SMS_CODE_MINUTES, SMS_CODE_TRIES, SMS_LIMITS } from '../../src/core/limits'
import type { Queryable } from '../db/queryable'
import { secretHash } from '../identity/codes'
import { decryptPhone, type SealedPhone } from '../privacy/phone'
import type { Services } from '../runtime/services'
import { BATCH, backoffMs, LEASE_MS, MAX_ATTEMPTS } from './retry'
import { SmsError } from './sms'
import { codeOf, countWrongCode, dropCode, finishSms, insertSms, leaseSms, lockDueSms, lockNumber, putCode, retrySmsLater, textsTo } from './sms-repository'

/**
 * A claim code to a number: refused within a minute of the last and past 5 an hour or 10 texts a
 * day, counted in the database. Only a number that has cases to claim is actually texted (`send`);
 * every ask counts, so the answer and the limits are the same either way.
 */
export async function sendClaimCode(services: Services, phone: { plain: string; hash: string }, send: boolean): Promise<void> {
  const { db, sms } = services
  if (!sms) throw errors.validation.smsUnavailable()
  const now = services.now()
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const id = await db.tx(async (q) => {
    await lockNumber(q, phone.hash)
    const sent = await textsTo(q, phone.hash, now)
    const waited = sent.lastCodeAt ? (now.getTime() - sent.lastCodeAt.getTime()) / 1000 : Infinity
    if (waited < SMS_LIMITS.codeGapSeconds) throw errors.rateLimited.smsTooSoon(Math.ceil(SMS_LIMITS.codeGapSeconds - waited))
    if (sent.codesInHour >= SMS_LIMITS.codesPerHour || sent.inDay >= SMS_LIMITS.perDay) throw errors.rateLimited.smsNumber()
    // The row only counts the ask: no phone, so the outbox never sends it; the code's hash waits in sms_codes.
    const row = await insertSms(q, { hash: phone.hash, enc: null, purpose: 'code', params: [], status: send ? 'pending' : 'skipped', now })
    if (send) await putCode(q, phone.hash, secretHash(code), new Date(now.getTime() + SMS_CODE_MINUTES * 60_000))
    return row
  })
  if (!send) return
  try {
    await sms.send({ phone: phone.plain, template: 'code', params: [code, String(SMS_CODE_MINUTES)] })
    await finishSms(db, id, 'sent', now)
  } catch (e) {
    // A code that never arrived is not left waiting to be guessed.
    await db.tx(async (q) => {
      await finishSms(q, id, 'failed', now, e instanceof Error ? e.message : String(e))
      await dropCode(q, phone.hash)
    })
    throw errors.validation.smsUnavailable()
  }
}

/**
 * Uses a number's claim code in the caller's transaction: 'ok' spends it; a wrong one counts a
 * try (the caller commits that before refusing); after 5 wrong tries or 10 minutes it is spent.
 */
export async function useClaimCode(q: Queryable, hash: string, code: string, now: Date): Promise<'ok' | 'expired' | { left: number }> {
  const live = await codeOf(q, hash)
  if (!live || live.expires_at.getTime() <= now.getTime() || live.attempts >= SMS_CODE_TRIES) return 'expired'
  if (live.code_hash !== secretHash(code)) {
    await countWrongCode(q, hash)
    return live.attempts + 1 >= SMS_CODE_TRIES ? 'expired' : { left: SMS_CODE_TRIES - live.attempts - 1 }
  }
  await dropCode(q, hash)
  return 'ok'
}

/** The text that tells a recorded person their case number and where to claim it, queued in the filing's transaction. */
export async function queueRecordedSms(q: Queryable, t: { phone: SealedPhone; caseId: string; params: string[]; now: Date }): Promise<void> {
  await insertSms(q, { hash: t.phone.hash, enc: t.phone.enc, purpose: 'recorded', caseId: t.caseId, params: t.params, status: 'pending', now: t.now })
}

/**
 * Sends the queued texts that are due (all, or one case's right after its step), the way pushes go:
 * a short transaction claims a batch, the sends go out with no transaction open, and each result is
 * written as it comes. A number past its day's 10 texts gets no more that day.
 */
export async function deliverSms(services: Services, only?: { caseId: string }): Promise<{ sent: number; limited: number; retried: number; failed: number }> {
  const done = { sent: 0, limited: 0, retried: 0, failed: 0 }
  const { db, sms, phoneKey } = services
  if (!sms || !phoneKey) return done
  for (;;) {
    const now = services.now()
    const { due, sending } = await db.tx(async (q) => {
      const due = await lockDueSms(q, now, BATCH, only?.caseId)
      const sending = []
      const batch = new Map<string, number>()
      for (const t of due) {
        const before = (await textsTo(q, t.phone_hash, now)).sentInDay + (batch.get(t.phone_hash) ?? 0)
        if (before >= SMS_LIMITS.perDay) {
          await finishSms(q, t.id, 'limited', now)
          done.limited++
        } else {
          batch.set(t.phone_hash, (batch.get(t.phone_hash) ?? 0) + 1)
          sending.push(t)
        }
      }
      await leaseSms(q, sending.map((t) => t.id), new Date(now.getTime() + LEASE_MS))
      return { due: due.length, sending }
    })
    for (const t of sending) {
      const failure = await sms.send({ phone: decryptPhone(t.phone_enc, phoneKey), template: t.purpose, params: t.params }).then(
        () => null,
        (e: unknown) => e,
      )
      if (!failure) {
        await finishSms(db, t.id, 'sent', now)
        done.sent++
        continue
      }
      const message = failure instanceof Error ? failure.message : String(failure)
      if ((failure instanceof SmsError && failure.reason === 'invalid') || t.attempts + 1 >= MAX_ATTEMPTS) {
        await finishSms(db, t.id, 'failed', now, message)
        done.failed++
      } else {
        await retrySmsLater(db, t.id, new Date(now.getTime() + backoffMs(t.attempts)), message)
        done.retried++
      }
    }
    if (due < BATCH) return done
  }
}
