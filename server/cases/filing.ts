import { formatCaseNumber } from '../../src/core/cases/number'
import { stageDeadline } from '../../src/core/cases/deadlines'
import { mayFile } from '../../src/core/cases/access'
import type { CasesQueryEvent } from '../../src/core/cases/schemas'
import type { SubmittedCase } from '../../src/core/cases/types'
import { errors } from '../../src/core/errors'
import type { Actor } from '../../src/core/identity/roles'
import { SUBMIT_LIMITS, type SubmitLimits } from '../../src/core/limits'
import { shanghaiDay, shanghaiYear } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { districtById, requireCategory, type District } from '../districts/districts'
import { lockAccount } from '../identity/accounts'
import { attachUploads } from '../media/uploads'
import { pushStepOf } from '../messaging/deliver'
import { sealedPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, holdPhotos, screenText, sendPhotosToCheck } from '../safety/screening'
import { caseBySubmission, filedSince, insertCase, nextCaseSeq, type CaseRow, type NewCase } from './cases-repository'
import { dutyFor, routeOf } from './routing'
import { recordStep } from './steps'

type Submit = Extract<CasesQueryEvent, { action: 'submit' }>

/** Numbers, inserts and records a new case in the caller's transaction; null when the submission id was used already. */
export async function fileCase(q: Queryable, district: District, now: Date, actor: { id: string; role: Actor }, c: NewCase) {
  const year = shanghaiYear(now)
  const seq = await nextCaseSeq(q, district.id, year)
  const row = await insertCase(q, formatCaseNumber(district.casePrefix, year, seq), c, stageDeadline('submitted', now, district.deadlines, district.calendar))
  if (!row) return null
  const eventId = await recordStep(q, row, { action: 'submit', from: null, to: 'submitted', payload: { text: c.text }, note: c.text }, actor, now)
  return { row, eventId }
}

export const summary = (c: CaseRow, held = false): SubmittedCase => ({ id: c.id, number: c.number, status: c.status, ...(held ? { held } : {}) })

/** Refuses a person who filed too many cases in the last hour or day; counted in the filing's transaction. */
async function requireWithinLimits(q: Queryable, limits: SubmitLimits, residentId: string, now: Date) {
  const filed = await filedSince(q, residentId, new Date(now.getTime() - 3_600_000), new Date(now.getTime() - 86_400_000))
  if (filed.hour >= limits.perHour) throw errors.rateLimited.submissions(limits.perHour, '每小时')
  if (filed.day >= limits.perDay) throw errors.rateLimited.submissions(limits.perDay, '每天')
}

/** A resident's filed case says when they will hear back: the district's first-response days and the day they end. */
const withReplyBy = (s: SubmittedCase, c: CaseRow, district: District): SubmittedCase =>
  c.status === 'submitted' && c.due_at ? { ...s, replyBy: { workingDays: district.deadlines.firstResponse, date: shanghaiDay(c.due_at) } } : s

/** 选民接单: a resident files a concern; the same submission id answers the same case. */
export async function submit(ctx: FnContext, e: Submit): Promise<SubmittedCase> {
  const user = await ctx.requireUser()
  if (!mayFile(user)) throw errors.forbidden.fileResidents()
  const { db } = ctx.services
  const again = await caseBySubmission(db, user.id, e.submissionId)
  if (again) return withReplyBy(summary(again), again, await districtById(db, again.district_id))

  const now = ctx.services.now()
  const phone = sealedPhone(ctx, e.phone)
  const routed = await routeOf(db, e, shanghaiDay(now))
  const { route, districtId, channel, noticeId } = routed
  // By a station's code, the deputy on duty today is suggested (DESIGN.md §3); a reception day's deputies hear of its questions anyway.
  const dutyId = await dutyFor(db, routed, shanghaiDay(now))
  const district = await districtById(db, districtId)
  requireCategory(district, e.category)
  // What others may read of it is checked before anything is written.
  const screened = await screenText(ctx, district.id, '诉求内容', [e.text, e.location?.name], 2)
  const created = await db.tx(async (q) => {
    // One filing at a time per person, so parallel submissions are counted one after another.
    await lockAccount(q, user.id)
    if (await caseBySubmission(q, user.id, e.submissionId)) return null
    await requireWithinLimits(q, ctx.services.submitLimits ?? SUBMIT_LIMITS, user.id, now)
    const filed = await fileCase(q, district, now, user, {
      residentId: user.id,
      submissionId: e.submissionId,
      districtId: district.id,
      stationId: route.to === 'office' ? null : route.stationId,
      deputyId: route.to === 'deputy' ? route.deputyId : null,
      suggestedDeputyId: dutyId,
      noticeId: noticeId ?? null,
      receptionRecordId: null,
      channel,
      category: e.category,
      text: e.text,
      location: e.location ?? null,
      phone,
      showPublicly: e.showPublicly ?? false,
      smsNotify: e.smsNotify,
    })
    if (!filed) return null
    const where = { districtId: district.id, stationId: filed.row.station_id, authorId: user.id }
    await holdIfDoubtful(q, screened, { kind: 'case', refId: filed.row.id, ...where, content: e.text })
    await holdPhotos(q, ctx.services, await attachUploads(q, e.media, user.id, filed.row.id, filed.eventId), where)
    return filed.row
  })
  // A concurrent retry with the same submission id won the insert: answer with its case.
  const c = created ?? (await caseBySubmission(db, user.id, e.submissionId))
  if (!c) throw new Error('submission neither inserted nor found')
  if (created) {
    await pushStepOf(ctx.services, c.id)
    await sendPhotosToCheck(ctx.services).catch((err) => console.error('[picture check]', err))
  }
  return withReplyBy(summary(c, !!created && screened.held), c, district)
}
