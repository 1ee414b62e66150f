import { worksOnOpinions } from '../../src/core/legislation/access'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { OpinionItem } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { sealPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { articleOf, consultationRow, insertComment, type ConsultationRow } from './consultations-repository'
import { commentOf, feedOpinion, insertOpinion, opinionsOf, skipComment } from './opinions-repository'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

/** The opinions as the team lists them. */
export const listedOpinions = async (q: Queryable, id: string): Promise<{ items: OpinionItem[] }> => ({ items: (await opinionsOf(q, id)).map(({ original: _o, entered: _e, ...o }) => o) })

/** The consultation, for one who works on its opinions (the office, the points' staff); else NOT_FOUND or FORBIDDEN. */
export async function forOpinionWork(q: Queryable, ctx: FnContext, user: Viewer, id: string): Promise<ConsultationRow> {
  const c = await consultationRow(q, { id }, shanghaiDay(ctx.services.now()))
  if (!c || c.status === 'draft') throw errors.notFound.consultation()
  if (!worksOnOpinions(user, c)) throw errors.forbidden.opinionWork()
  return c
}

/**
 * `legislation commentFor` (staff, the office): what a resident said on paper, at a forum or by phone,
 * entered with their name (and phone) while the draft is open; counted as that person's.
 */
export async function commentFor(ctx: FnContext, e: Of<'commentFor'>): Promise<{ id: string }> {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  if (e.phone && !phoneKey) throw errors.validation.phoneUnavailable()
  return db.tx(async (q) => {
    const c = await forOpinionWork(q, ctx, user, e.id)
    if (c.status !== 'open') throw errors.conflict.consultationState('征求意见已结束')
    const article = e.articleId ? await articleOf(q, c.id, e.articleId) : null
    if (e.articleId && !article) throw errors.validation.article()
    const phone = e.phone && phoneKey ? sealPhone(e.phone, phoneKey) : null
    const id = await insertComment(q, {
      consultationId: c.id, articleId: article?.id ?? null, clause: null, authorId: user.id, text: e.text, name: e.name, phoneEnc: phone?.enc ?? null, phoneMasked: phone?.masked ?? null, enteredBy: user.id,
      stationId: user.role === 'staff' && c.pointIds.includes(user.stationId ?? '') ? user.stationId : null,
    })
    return { id }
  })
}

/**
 * `legislation opinion` (the office, the points' staff): a 修改建议 with its 理由 in legal language, on
 * an article or the whole draft, made from comments not yet used, each of which now knows it.
 */
export async function writeOpinion(ctx: FnContext, e: Of<'opinion'>): Promise<{ items: OpinionItem[] }> {
  const user = await ctx.requireUser()
  return ctx.services.db.tx(async (q) => {
    const c = await forOpinionWork(q, ctx, user, e.id)
    const article = e.articleId ? await articleOf(q, c.id, e.articleId) : null
    if (e.articleId && !article) throw errors.validation.article()
    const id = await insertOpinion(q, { consultationId: c.id, articleId: article?.id ?? null, stationId: user.role === 'staff' ? user.stationId : null, text: e.text, reason: e.reason, authorId: user.id })
    const ids = [...new Set(e.commentIds)]
    if ((await feedOpinion(q, c.id, id, ids)) !== ids.length) throw errors.validation.opinionComments()
    return listedOpinions(q, c.id)
  })
}

/** `legislation skip`: a comment not taken up, with why (the commenter hears it with the feedback). */
export async function skipOne(ctx: FnContext, e: Of<'skip'>): Promise<{ id: string; skipped: string }> {
  const user = await ctx.requireUser()
  return ctx.services.db.tx(async (q) => {
    const m = await commentOf(q, e.commentId)
    if (!m) throw errors.notFound.comment()
    await forOpinionWork(q, ctx, user, m.consultationId)
    if (m.opinionId) throw errors.validation.commentUsed()
    await skipComment(q, e.commentId, e.reason)
    return { id: e.commentId, skipped: e.reason }
  })
}

/** `legislation opinions` (the office, the points' staff): the opinions written so far, in article order, with how many people each came from. */
export async function opinionList(ctx: FnContext, e: Of<'opinions'>): Promise<{ items: OpinionItem[] }> {
  const user = await ctx.requireUser()
  const c = await forOpinionWork(ctx.services.db, ctx, user, e.id)
  return listedOpinions(ctx.services.db, c.id)
}
