import { pendingScope, readsDutyOf, recordsDistrictWide, recordsFor, verifiesAt } from '../../src/core/accountability/access'
import type { ActivitiesEvent } from '../../src/core/accountability/schemas'
import type { ActivityView } from '../../src/core/accountability/types'
import { errors } from '../../src/core/errors'
import { LIST_PAGE } from '../../src/core/limits'
import { shanghaiDay } from '../../src/core/time'
import { afterCursor, KEYS, pageOf } from '../db/cursor'
import { audit } from '../audit/audit'
import { accountsOfDeputy, officeOf, staffOfStation } from '../identity/accounts'
import { attachHolderUploads, holderMedia } from '../media/uploads'
import { tell } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText } from '../safety/screening'
import { activityById, activityPage, decideActivity, insertActivity, type ActivityRow } from './activities-repository'
import { deputiesNamed, deputyOfCode, ownDeputy, scopeOf } from './deputies'
import { signedSuggestion } from '../suggestions/record'

type Record = Extract<ActivitiesEvent, { action: 'record' }>

/**
 * `activities record`: a deputy records what they did (others of their station who took part
 * named by code), or their station's staff record it for them; the office records one of deputies
 * of many stations, district-wide. Its words pass the content check; it waits to be verified by
 * someone other than its recorder.
 */
export async function recordActivity(ctx: FnContext, e: Record): Promise<{ id: string; status: 'pending'; held?: true }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const codes = e.deputyCodes ?? []
  const own = user.role === 'deputy' ? await ownDeputy(db, user.deputyId) : null
  const first = own ?? (codes[0] ? await deputyOfCode(db, codes[0]) : null)
  if (!first || !recordsFor(user, scopeOf(first))) throw errors.forbidden.recordFor()
  const districtWide = recordsDistrictWide(user)
  const taking = await deputiesNamed(db, [first.code, ...codes], { districtId: first.districtId, stationId: districtWide ? null : first.stationId })
  if (e.date > shanghaiDay(ctx.services.now())) throw errors.validation.activityFuture()
  if (e.suggestionId && (e.kind !== '意见建议' || !(await signedSuggestion(db, e.suggestionId, first.districtId, taking.map((d) => d.id))))) throw errors.validation.activitySuggestion()
  // Its words will be public once verified: checked before anything is written, doubtful ones held for review.
  const screened = await screenText(ctx, first.districtId, '履职记录', [e.title, e.text, e.place], 2)
  const { id, fresh } = await db.tx(async (q) => {
    const made = await insertActivity(q, {
      districtId: first.districtId,
      stationId: first.stationId,
      deputyIds: taking.map((d) => d.id),
      kind: e.kind,
      day: e.date,
      title: e.title,
      text: e.text,
      place: e.place || null,
      internal: e.internal ?? false,
      status: 'pending',
      reportId: null,
      recordedBy: user.id,
      submissionId: e.submissionId ?? null,
      districtWide,
      suggestionId: e.suggestionId ?? null,
    })
    if (made.fresh) {
      await attachHolderUploads(q, e.media, user.id, 'activity', made.id)
      await holdIfDoubtful(q, screened, { kind: 'activity', refId: made.id, districtId: first.districtId, stationId: first.stationId, authorId: user.id, content: [e.title, e.text, e.place].filter(Boolean).join('｜') })
      const verifiers = districtWide ? await officeOf(q, first.districtId) : await staffOfStation(q, first.stationId)
      await tell(q, verifiers.filter((v) => v !== user.id), '有履职记录待核实', `${taking.map((d) => d.name).join('、')}：${e.kind}「${e.title}」`)
    }
    return made
  })
  return { id, status: 'pending', ...(fresh && screened.held ? { held: true as const } : {}) }
}

/** `activities verify` / `return`: the station's staff or the office (a district-wide one: the office) decide a pending activity, never its recorder; audited; its deputies hear of it. */
export async function decideOn(ctx: FnContext, id: string, verdict: 'verified' | 'returned', reason: string | null): Promise<ActivityView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const a = await activityById(db, id)
  if (!a) throw errors.notFound.activity()
  if (!verifiesAt(user, a)) throw errors.forbidden.verifyActivity()
  await db.tx(async (q) => {
    if (!(await decideActivity(q, id, verdict, reason, user.id))) throw errors.conflict.activityDecided()
    await audit(q, {
      actorId: user.id, actorRole: user.role, districtId: a.districtId, kind: 'activity.decide', subjectId: id,
      detail: `${verdict === 'verified' ? '核实' : '退回'}：${a.kind}「${a.title}」${reason ? `（${reason}）` : ''}`,
    })
    const deputies = (await Promise.all(a.deputyIds.map((d) => accountsOfDeputy(q, d)))).flat()
    const body = verdict === 'verified' ? `「${a.title}」已核实，计入履职档案和积分` : `「${a.title}」被退回：${reason}`
    await tell(q, deputies, verdict === 'verified' ? '履职记录已核实' : '履职记录被退回', body)
  })
  return (await viewsOf(ctx, [(await activityById(db, id))!], false))[0]
}

async function viewsOf(ctx: FnContext, rows: readonly ActivityRow[], publicOnly: boolean): Promise<ActivityView[]> {
  const media = await holderMedia(ctx.services, 'activity', rows.map((r) => r.id), publicOnly)
  return rows.map(({ stationId: _s, districtId: _i, deputyIds: _d, pageKey: _k, recordedBy: _r, districtWide: _w, ...r }) => ({ ...r, media: media.get(r.id) ?? [] }))
}

async function pageOfActivities(ctx: FnContext, rows: ActivityRow[], publicOnly: boolean): Promise<{ items: ActivityView[]; cursor?: string }> {
  const page = pageOf(rows, LIST_PAGE)
  const views = await viewsOf(ctx, rows.slice(0, LIST_PAGE), publicOnly)
  return { items: views, ...(page.cursor ? { cursor: page.cursor } : {}) }
}

/**
 * `activities list`: a deputy's record, newest first. Anyone sees the verified, non-internal
 * activities; the deputy, their station and the office see every one with its status.
 */
export async function activityList(ctx: FnContext, deputyCode: string, cursor: string | undefined, all = false): Promise<{ items: ActivityView[]; cursor?: string }> {
  const { db } = ctx.services
  const d = await deputyOfCode(db, deputyCode)
  const user = all ? await ctx.requireUser() : null
  if (user && !readsDutyOf(user, scopeOf(d))) throw errors.forbidden.dutyOf()
  const rows = await activityPage(db, { deputyId: d.id, publicOnly: !all }, afterCursor(cursor, KEYS.day), LIST_PAGE + 1)
  return pageOfActivities(ctx, rows, !all)
}

/** A deputy's latest public activities, `n` of them: what their page shows. */
export async function latestActivities(ctx: FnContext, deputyId: string, n: number): Promise<ActivityView[]> {
  return viewsOf(ctx, await activityPage(ctx.services.db, { deputyId, publicOnly: true }, null, n), true)
}

/** `activities mine`: the signed-in deputy's own record, every status. */
export async function myActivities(ctx: FnContext, cursor: string | undefined) {
  const user = await ctx.requireUser()
  const d = await ownDeputy(ctx.services.db, user.deputyId)
  return activityList(ctx, d.code, cursor, true)
}

/**
 * `activities pending`: what the person may verify — a staff member their station's (but those
 * they recorded), the office its district's (the district-wide ones, and any station's).
 */
export async function pendingActivities(ctx: FnContext, cursor: string | undefined) {
  const user = await ctx.requireUser()
  const where = pendingScope(user)
  if (!where) throw errors.forbidden.verifyActivity()
  const rows = await activityPage(ctx.services.db, { pending: { ...where, notBy: user.id } }, afterCursor(cursor, KEYS.day), LIST_PAGE + 1)
  return pageOfActivities(ctx, rows, false)
}
