import { canHandleCase, canSeeCase, hasInbox, phoneShown, residentForCases, roleMayMove, type CaseScope } from '../../src/core/cases/access'
import { openingAudited } from '../../src/core/audit/access'
import { CHINA, workdaysAfter } from '../../src/core/calendar'
import { holderOf } from '../../src/core/cases/holders'
import { authorView, followerView } from '../../src/core/cases/redaction'
import { publicExcerpt } from '../../src/core/privacy/redact'
import { STATES_TO_RATE, type CaseFacts } from '../../src/core/cases/transitions'
import type { CaseDetail, CaseSummary, DispatchOptions } from '../../src/core/cases/types'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { CASES_PAGE } from '../../src/core/limits'
import { shanghaiDay } from '../../src/core/time'
import { audit } from '../audit/audit'
import { afterCursor, pageOf } from '../db/cursor'
import type { Queryable } from '../db/queryable'
import { calendarOf, dispatchOptions } from '../districts/districts'
import { caseMedia } from '../media/uploads'
import { decryptPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { suggestionsOnCase } from '../suggestions/reading'
import { caseById, type CaseRow } from './cases-repository'
import { isFollower } from './followers-repository'
import { unreadCount } from '../messaging/inbox'
import { caseQuery, statesOf, type InboxEvent } from './search'
import { searchCases } from './search-repository'
import { caseDetail, casesOfResident, countToRate, storedPhone } from './views-repository'

export const factsOf = (c: CaseRow): CaseFacts => ({
  status: c.status,
  resultRating: c.result_rating,
  reopenCount: c.reopen_count,
  resolvedBy: c.resolved_by,
  overdue: c.overdue,
  urged: c.urged,
})

/** Where a case belongs, as the access rules read it. */
export const scopeOf = (c: CaseRow, followed: boolean): CaseScope => ({
  residentId: c.resident_id,
  deputyId: c.deputy_id,
  stationId: c.station_id,
  departmentId: c.department_id,
  districtId: c.district_id,
  followed,
})

/** Loads a case the person may see; one they may not see is answered like one that does not exist. */
export async function visibleCase(q: Queryable, user: Viewer, id: string, forUpdate = false) {
  const c = await caseById(q, id, forUpdate)
  if (!c) throw errors.notFound.case()
  const scope = scopeOf(c, c.resident_id !== user.id && (await isFollower(q, c.id, user.id)))
  if (!canSeeCase(user, scope)) throw errors.notFound.case()
  return { c, handles: canHandleCase(user, scope) }
}

/** The case as this person reads it: the whole phone number only for a handler who calls back. */
export async function detailFor(ctx: FnContext, user: Viewer, id: string, handles: boolean): Promise<CaseDetail | null> {
  const { db, phoneKey } = ctx.services
  const detail = await caseDetail(db, id, user.id)
  if (!detail) return null
  const shown = phoneShown(user, { handles, mine: detail.mine })
  const stored = phoneKey && shown === 'whole' ? await storedPhone(db, id) : null
  if (stored) await audit(db, { actorId: user.id, actorRole: user.role, districtId: stored.districtId, kind: 'phone.read', subjectId: id, detail: detail.number })
  const phone = stored && phoneKey ? decryptPhone(stored.sealed, phoneKey) : shown === 'none' ? null : detail.phone
  const whole = { ...detail, media: await caseMedia(ctx, id, user.id), phone, suggestions: await suggestionsOnCase(db, id) }
  if (!residentForCases(user)) return whole
  return detail.mine ? authorView(whole) : followerView(whole)
}

/** A case as the case view shows this person (what `auth myData` hands them), without writing the opening down. */
export async function caseViewOf(ctx: FnContext, user: Viewer, id: string): Promise<CaseDetail | null> {
  const { handles } = await visibleCase(ctx.services.db, user, id)
  return detailFor(ctx, user, id, handles)
}

export async function caseFor(ctx: FnContext, id: string): Promise<CaseDetail | null> {
  const user = await ctx.requireUser()
  const { c, handles } = await visibleCase(ctx.services.db, user, id)
  if (openingAudited(user)) await audit(ctx.services.db, { actorId: user.id, actorRole: user.role, districtId: c.district_id, kind: 'case.open', subjectId: id, detail: c.number })
  return detailFor(ctx, user, id, handles)
}

/** How much of a followed case's shown words 我的诉求 lists. */
const LIST_EXCERPT = 60

/** 我的诉求: the person's cases and those they follow (as followers read them), newest first, a page at a time. */
export async function myCases(ctx: FnContext, filter: 'all' | 'toRate', cursor?: string): Promise<{ items: CaseSummary[]; cursor?: string }> {
  const user = await ctx.requireUser()
  const rows = await casesOfResident(ctx.services.db, user.id, filter === 'toRate' ? STATES_TO_RATE : null, afterCursor(cursor), CASES_PAGE + 1)
  const page = pageOf(rows, CASES_PAGE)
  return { ...page, items: page.items.map(({ mine, showPublicly, ...c }) => (mine ? c : { ...c, text: publicExcerpt(c.text, showPublicly, LIST_EXCERPT) })) }
}

/** What the tab bar and home signal: unread 消息, and one's own results waiting for a rating (待评价). */
export async function mySignals(ctx: FnContext): Promise<{ unread: number; toRate: number }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const [unread, toRate] = await Promise.all([unreadCount(db, user.id), countToRate(db, user.id, STATES_TO_RATE)])
  return { unread, toRate }
}

/**
 * A handler's cases in their scope, newest filed first, a page at a time: their to-do, the open,
 * the overdue or all, narrowed by what they search for.
 */
export async function inboxFor(ctx: FnContext, e: InboxEvent): Promise<{ items: CaseSummary[]; cursor?: string }> {
  const user = await ctx.requireUser()
  if (!hasInbox(user)) throw errors.forbidden.inboxHandlersOnly()
  const { db, now, phoneKey } = ctx.services
  const query = caseQuery(e, statesOf(e.filter, user.role), phoneKey)
  const page = pageOf(await searchCases(db, user, query, afterCursor(e.cursor), CASES_PAGE + 1), CASES_PAGE)
  if (!page.items.some((c) => c.overdue)) return page
  // The overdue board: how many working days late (by the district's calendar), and who holds the stage.
  const calendar = user.districtId ? await calendarOf(db, user.districtId) : CHINA
  const today = shanghaiDay(now())
  const late = (c: CaseSummary) => ({ days: c.dueAt ? workdaysAfter(shanghaiDay(new Date(c.dueAt)), today, calendar) : 0, holder: holderOf(c) })
  return { ...page, items: page.items.map((c) => (c.overdue ? { ...c, late: late(c) } : c)) }
}

/** The departments the case may be dispatched to, for those who may dispatch it. */
export async function dispatchChoices(ctx: FnContext, id: string): Promise<DispatchOptions> {
  const user = await ctx.requireUser()
  const { c, handles } = await visibleCase(ctx.services.db, user, id)
  if (!handles || !roleMayMove(user, 'dispatch')) throw errors.forbidden.roleCannot('派单')
  return dispatchOptions(ctx.services.db, c.district_id, c.category)
}
