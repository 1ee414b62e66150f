import { errors } from '../../src/core/errors'
import { anonymizeCasesOf } from '../cases/authors'
import { forgetSuggestionFollower } from '../suggestions/following'
import { caseViewOf } from '../cases/reading'
import { decryptPhone } from './phone'
import { endAccount } from '../identity/accounts'
import { forgetRater } from '../accountability/duty-reports'
import { forgetUploadsOf, removeStored } from '../media/uploads'
import { forgetPerson } from '../messaging/inbox'
import { cancelAppointmentsOfPerson } from '../reception/appointments'
import type { FnContext } from '../runtime/context'
import { dataOf } from './my-data-repository'

/**
 * `auth myData`: everything the product holds about the caller, in one document they can keep
 * (PIPL's right of access): their own data, and each case they filed exactly as the case view
 * shows it to them with the phone they left on it — never more (no note handlers keep among
 * themselves, no words held for review, no phone of someone a staff member recorded a case for).
 */
export async function myData(ctx: FnContext) {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  const d = await dataOf(db, user.id)
  const cases = []
  // The phone a person left on their own case is their own data: whole, as they typed it.
  for (const { id, phoneEnc } of d.cases) cases.push({ ...(await caseViewOf(ctx, user, id)), ...(phoneEnc && phoneKey ? { phone: decryptPhone(phoneEnc, phoneKey) } : {}) })
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
    await endAccount(q, user.id, now, ctx.services.phoneKey)
    await forgetPerson(q, user.id)
    await cancelAppointmentsOfPerson(q, user.id, now)
    await anonymizeCasesOf(q, user.id)
    await forgetSuggestionFollower(q, user.id)
    await forgetRater(q, user.id)
    return forgetUploadsOf(q, user.id)
  })
  await removeStored(media, uploads)
  return { deleted: true }
}
