import { errors } from '../../src/core/errors'
import { redactPersonal } from '../../src/core/privacy/redact'
import type { FnContext } from '../runtime/context'
import { dataOf, eraseAccount, rewriteCaseText } from './my-data-repository'
import { decryptPhone } from './phone'

/** `auth myData`: everything the product holds about the caller, in one document they can keep (PIPL's right of access). */
export async function myData(ctx: FnContext) {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  const d = await dataOf(db, user.id)
  const cases = d.cases.map(({ phoneEnc, id, ...c }) => ({
    ...c,
    phone: phoneEnc && phoneKey ? decryptPhone(phoneEnc, phoneKey) : null,
    steps: d.steps.filter((s) => s.caseId === id).map(({ caseId: _c, ...s }) => s),
  }))
  return { exportedAt: ctx.services.now().toISOString(), account: d.account, cases, messages: d.messages, appointments: d.appointments, uploads: d.uploads, following: d.following }
}

/**
 * `auth deleteAccount`: a resident deletes their account. They are signed out everywhere and
 * unlinked from WeChat; their messages, follows, subscriptions and unused uploads go; their
 * cases stay for the record, without their phone and with names, numbers and doors taken out
 * of their words. Staff accounts are ended by the admin, not here.
 */
export async function deleteAccount(ctx: FnContext): Promise<{ deleted: true }> {
  const user = await ctx.requireUser()
  if (user.role !== 'resident') throw errors.forbidden.staffAccountDeletion()
  const { db, media } = ctx.services
  const { uploads } = await db.tx(async (q) => {
    const erased = await eraseAccount(q, user.id, ctx.services.now())
    for (const c of erased.cases) {
      const kept = redactPersonal(c.text)
      if (kept !== c.text) await rewriteCaseText(q, c.id, kept)
    }
    return erased
  })
  for (const key of uploads) await media?.remove(key).catch((e) => console.error('[privacy] could not remove', key, e))
  return { deleted: true }
}
