import { errors } from '../../src/core/errors'
import { anonymizeCasesOf } from '../cases/authors'
import { endAccount } from '../identity/accounts'
import { forgetRater } from '../accountability/duty-reports'
import { forgetUploadsOf, removeStored } from '../media/uploads'
import { forgetPerson } from '../messaging/inbox'
import { cancelAppointmentsOfPerson } from '../reception/appointments'
import type { FnContext } from '../runtime/context'
import { dataOf } from './my-data-repository'
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
  return { exportedAt: ctx.services.now().toISOString(), account: d.account, cases, messages: d.messages, appointments: d.appointments, uploads: d.uploads, following: d.following, reports: d.reports, dutyRatings: d.dutyRatings }
}

/**
 * `auth deleteAccount`: a resident deletes their account. They are signed out everywhere and
 * unlinked from WeChat; their messages, follows, subscriptions, unused uploads and the words of
 * their 述职 ratings go; their
 * cases stay for the record, without their phone and with names, numbers and doors taken out
 * of their words. Staff accounts are ended by the admin, not here.
 */
export async function deleteAccount(ctx: FnContext): Promise<{ deleted: true }> {
  const user = await ctx.requireUser()
  if (user.role !== 'resident') throw errors.forbidden.staffAccountDeletion()
  const { db, media } = ctx.services
  const now = ctx.services.now()
  // Each feature forgets the person in its own way, all in one transaction.
  const uploads = await db.tx(async (q) => {
    await endAccount(q, user.id, now)
    await forgetPerson(q, user.id)
    await cancelAppointmentsOfPerson(q, user.id, now)
    await anonymizeCasesOf(q, user.id)
    await forgetRater(q, user.id)
    return forgetUploadsOf(q, user.id)
  })
  await removeStored(media, uploads)
  return { deleted: true }
}
