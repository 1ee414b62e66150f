import { mayClaim, mayRecordFor } from '../../src/core/cases/access'
import { CLAIM_PAGE } from '../../src/core/cases/pages'
import type { CasesQueryEvent } from '../../src/core/cases/schemas'
import type { SubmittedCase } from '../../src/core/cases/types'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import { audit } from '../audit/audit'
import { districtById, requireCategory } from '../districts/districts'
import { pushStepOf } from '../messaging/deliver'
import { queueRecordedSms, sendClaimCode, useClaimCode } from '../messaging/texting'
import { maskPhone, phoneHash, sealPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText } from '../safety/screening'
import { requireStation } from '../stations/stations'
import { caseBySubmission } from './cases-repository'
import { fileCase, summary } from './filing'
import { dutyFor } from './routing'
import { claimableBy, claimCasesOf } from './claims-repository'

type RecordFor = Extract<CasesQueryEvent, { action: 'recordFor' }>

/** The page a recorded person claims their cases on, as the text's link. */
const claimLink = (publicUrl: string, number: string) => `${publicUrl.replace(/\/$/, '')}${CLAIM_PAGE}?no=${encodeURIComponent(number)}`

/**
 * Staff take down a phone call or a visit for a person without the mini-program: the case is
 * filed at their station under their account, for that person, who gets a text with its number
 * and a link, and can claim it with a code sent to the same phone.
 */
export async function recordFor(ctx: FnContext, e: RecordFor): Promise<SubmittedCase> {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  if (!mayRecordFor(user) || !user.stationId) throw errors.forbidden.notStationStaff('代为登记诉求')
  if (!phoneKey) throw errors.validation.phoneUnavailable()
  const again = await caseBySubmission(db, user.id, e.submissionId)
  if (again) return summary(again)

  const now = ctx.services.now()
  const stationId = user.stationId
  const district = await districtById(db, (await requireStation(db, stationId)).districtId)
  requireCategory(district, e.category)
  const screened = await screenText(ctx, district.id, '诉求内容', [e.text, e.location?.name], 2)
  const phone = sealPhone(e.phone, phoneKey)
  const duty = await dutyFor(db, { route: { to: 'station', stationId, by: 'code' }, districtId: district.id, channel: 'station_qr' }, shanghaiDay(now))
  const created = await db.tx(async (q) => {
    const f = await fileCase(q, district, now, user, {
      residentId: user.id,
      submissionId: e.submissionId,
      districtId: district.id,
      stationId,
      deputyId: null,
      suggestedDeputyId: duty,
      noticeId: null,
      receptionRecordId: null,
      channel: e.channel,
      category: e.category,
      text: e.text,
      location: e.location ?? null,
      phone,
      showPublicly: false,
      forName: e.name,
      smsNotify: e.smsNotify,
    })
    if (!f) return null
    await holdIfDoubtful(q, screened, { kind: 'case', refId: f.row.id, districtId: district.id, stationId, authorId: user.id, content: e.text })
    const link = claimLink(ctx.services.publicUrl ?? '', f.row.number)
    await queueRecordedSms(q, { phone, caseId: f.row.id, params: [f.row.number, link], now })
    return f.row
  })
  // A concurrent retry with the same submission id won the insert: answer with its case.
  const filed = created ?? (await caseBySubmission(db, user.id, e.submissionId))
  if (!filed) throw new Error('recording neither inserted nor found')
  if (created) await pushStepOf(ctx.services, filed.id)
  return summary(filed)
}

/** A resident claiming by a phone: the number's lookup key. */
async function claimantsHash(ctx: FnContext, phone: string): Promise<string> {
  const user = await ctx.requireUser()
  if (!mayClaim(user)) throw errors.forbidden.claimResidents()
  if (!ctx.services.phoneKey) throw errors.validation.smsUnavailable()
  return phoneHash(phone, ctx.services.phoneKey)
}

/** The person asks for a code to the phone their cases were recorded under; the answer is the same whether there are any. */
export async function askClaimCode(ctx: FnContext, phone: string): Promise<{ sentTo: string }> {
  const { db } = ctx.services
  const hash = await claimantsHash(ctx, phone)
  await sendClaimCode(ctx.services, { plain: phone, hash }, (await claimableBy(db, hash)) > 0)
  return { sentTo: maskPhone(phone) }
}

/** With the code, every case recorded under that phone becomes the person's own: to follow, and to rate. */
export async function claim(ctx: FnContext, phone: string, code: string): Promise<{ claimed: { id: string; number: string }[] }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const hash = await claimantsHash(ctx, phone)
  const now = ctx.services.now()
  const { verdict, claimed } = await db.tx(async (q) => {
    const verdict = await useClaimCode(q, hash, code, now)
    return { verdict, claimed: verdict === 'ok' ? await claimCasesOf(q, hash, user.id, now) : [] }
  })
  if (verdict === 'expired') throw errors.validation.smsCodeExpired()
  if (verdict !== 'ok') throw errors.validation.smsCodeWrong(verdict.left)
  for (const c of claimed) await audit(db, { actorId: user.id, actorRole: user.role, districtId: c.districtId, kind: 'case.claim', subjectId: c.id, detail: c.number })
  return { claimed: claimed.map(({ id, number }) => ({ id, number })) }
}
