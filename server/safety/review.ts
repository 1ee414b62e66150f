import { errors } from '../../src/core/errors'
import { hasReviewQueue, reviewScope, reviewsContent } from '../../src/core/safety/access'
import type { SafetyEvent } from '../../src/core/safety/schemas'
import { KIND_LABELS, type ReviewItem, type ScreeningState } from '../../src/core/safety/types'
import { afterCursor, pageOf } from '../db/cursor'
import { tell } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import {
  addReport, markWhy, reportTarget, screeningById, screeningByTrace, screeningForReport, settle, waitingItems,
} from './screenings-repository'

const QUEUE_PAGE = 20

type Report = Extract<SafetyEvent, { action: 'report' }>
type Decide = Extract<SafetyEvent, { action: 'release' | 'refuse' }>
type MediaResult = Extract<SafetyEvent, { action: 'mediaResult' }>

/** 审核: what waits for a person in the reviewer's scope (staff: their station; the office and the admin: their district). */
export async function reviewQueue(ctx: FnContext, cursor?: string): Promise<{ items: ReviewItem[]; cursor?: string }> {
  const user = await ctx.requireUser()
  if (!hasReviewQueue(user)) throw errors.forbidden.reviewersOnly()
  const rows = await waitingItems(ctx.services.db, reviewScope(user), user.id, afterCursor(cursor), QUEUE_PAGE + 1)
  const page = pageOf(rows, QUEUE_PAGE)
  const keys = page.items.flatMap((r) => (r.media_key ? [r.media_key] : []))
  const urls = keys.length && ctx.services.media ? await ctx.services.media.urls(keys) : new Map<string, string>()
  const items = page.items.map(({ media_key, ...r }) => ({
    ...r,
    label: KIND_LABELS[r.kind],
    ...(media_key && urls.get(media_key) ? { mediaUrl: urls.get(media_key) } : {}),
  }))
  return { items, ...(page.cursor ? { cursor: page.cursor } : {}) }
}

/** Releases (shown) or refuses (stays hidden, the author hears why) one waiting item. Nothing is deleted. */
export async function decideItem(ctx: FnContext, e: Decide): Promise<{ id: string; state: ScreeningState }> {
  const user = await ctx.requireUser()
  if (!hasReviewQueue(user)) throw errors.forbidden.reviewersOnly()
  return ctx.services.db.tx(async (q) => {
    const s = await screeningById(q, e.id, true)
    if (!s || s.kind === 'proposal') throw errors.notFound.screening()
    if (!reviewsContent(user, { stationId: s.station_id, districtId: s.district_id, authorId: s.author_id })) throw errors.forbidden.notReviewer()
    if (s.version !== e.version || (s.state !== 'held' && s.state !== 'hidden')) throw errors.conflict.screeningStale()
    const label = KIND_LABELS[s.kind]
    if (e.action === 'release') {
      await settle(q, s.id, 'shown', user.id, null)
      if (s.author_id && s.cause === 'check') await tell(q, [s.author_id], `${label}已通过审核`, `您提交的${label}已通过审核，现已正常显示。`)
      return { id: s.id, state: 'shown' }
    }
    await settle(q, s.id, 'refused', user.id, e.reason)
    if (s.author_id) await tell(q, [s.author_id], `${label}未通过审核`, `您提交的${label}未通过审核，已不再向他人显示（内容未删除）。理由：${e.reason}`)
    return { id: s.id, state: 'refused' }
  })
}

/** 举报: a signed-in person reports public content; the third different person hides it until reviewed. */
export async function reportContent(ctx: FnContext, e: Report): Promise<{ reported: true }> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    const target = await reportTarget(q, e.kind, e.id)
    if (!target) throw errors.notFound.reportTarget()
    // Reporting one's own words changes nothing.
    if (target.author_id === user.id) return
    const s = await screeningForReport(q, e.kind, e.id, target)
    await addReport(q, s, user.id, e.reason, target.content)
  })
  return { reported: true }
}

/**
 * WeChat's pushed result of a picture check: only from WeChat's message push, never a call. Only WeChat knows the trace id (it was never
 * shown to anyone), so a result naming an unknown one is NOT_FOUND. A pass shows the photo,
 * risky refuses it (its uploader hears), review leaves it for a person.
 */
export async function pictureResult(ctx: FnContext, e: MediaResult): Promise<{ state: ScreeningState }> {
  if (ctx.caller.kind !== 'push') throw errors.forbidden.pushOnly()
  return ctx.services.db.tx(async (q) => {
    const s = await screeningByTrace(q, e.traceId)
    if (!s) throw errors.notFound.screening()
    if (s.state !== 'held') return { state: s.state }
    const label = e.label === undefined ? [] : [`图片检测标签：${e.label}`]
    if (e.suggest === 'pass') {
      await settle(q, s.id, 'shown', null, null)
      return { state: 'shown' as const }
    }
    if (e.suggest === 'risky') {
      await settle(q, s.id, 'refused', null, '图片含有不宜发布的内容', ['图片检测：违规', ...label])
      if (s.author_id) await tell(q, [s.author_id], '照片未通过审核', '您上传的一张照片未通过内容审核，已不再向他人显示。')
      return { state: 'refused' as const }
    }
    await markWhy(q, s.id, ['图片检测：疑似，需人工复核', ...label])
    return { state: 'held' as const }
  })
}
