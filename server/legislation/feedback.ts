import { managesConsultation, worksOnOpinions } from '../../src/core/legislation/access'
import { alignArticles } from '../../src/core/legislation/alignment'
import { splitArticles } from '../../src/core/legislation/articles'
import { feedbackText } from '../../src/core/legislation/feedback'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { FinalAlignment, OpinionItem } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import { tellOpening } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { articleTexts, consultationRow } from './consultations-repository'
import { listedOpinions } from './opinions'
import { feedbackOf, markNotified, markOpinion, opinionRow, setFinal, unmarkedOpinions } from './opinions-repository'
import { quietFollowers } from './participation-repository'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

/**
 * `legislation final` (whoever manages it, once comments closed): the law as passed, split and matched
 * to the draft article by article by their words (renumbering, insertions and deletions found), kept
 * for the comparison residents read and the feedback they get.
 */
export async function loadFinal(ctx: FnContext, e: Of<'final'>): Promise<FinalAlignment> {
  const user = await ctx.requireUser()
  const { articles: passed } = splitArticles(e.text)
  if (!passed.length) throw errors.validation.noArticles()
  return ctx.services.db.tx(async (q) => {
    const c = await consultationRow(q, { id: e.id }, shanghaiDay(ctx.services.now()), true)
    if (!c || c.districtId !== user.districtId) throw errors.notFound.consultation()
    if (!managesConsultation(user, c)) throw errors.forbidden.consultationManage()
    if (c.status !== 'closed') throw errors.conflict.consultationState(c.status === 'open' ? '还在征求意见' : '还没有公布')
    if (c.notified) throw errors.conflict.notified()
    const draft = await articleTexts(q, c.id)
    const pairs = alignArticles(draft.map((a) => a.text), passed.map((a) => a.text))
    // Each passed article with the draft article it came from (none: inserted).
    const source = new Map(pairs.flatMap((p) => (p.final !== null && p.draft !== null ? [[p.final, { id: draft[p.draft].id, changed: p.changed }] as const] : [])))
    await setFinal(q, c.id, passed.map((a, i) => ({ no: a.no, label: a.label, text: a.text, draftArticleId: source.get(i)?.id ?? null, changed: source.get(i)?.changed ?? true })))
    return {
      pairs: pairs.map((p) => ({ ...(p.draft !== null ? { draftArticleId: draft[p.draft].id } : {}), ...(p.final !== null ? { finalNo: passed[p.final].no } : {}), changed: p.changed })),
    }
  })
}

/** `legislation mark` (the office, the points' staff; after the final text is loaded): what became of an opinion, with a sentence. */
export async function markOne(ctx: FnContext, e: Of<'mark'>): Promise<{ items: OpinionItem[] }> {
  const user = await ctx.requireUser()
  return ctx.services.db.tx(async (q) => {
    const o = await opinionRow(q, e.opinionId)
    if (!o) throw errors.notFound.opinion()
    const c = await consultationRow(q, { id: o.consultationId }, shanghaiDay(ctx.services.now()))
    if (!c || !worksOnOpinions(user, c)) throw errors.notFound.opinion()
    if (!c.finalAt) throw errors.conflict.finalFirst()
    await markOpinion(q, o.id, e.outcome, e.note)
    return listedOpinions(q, c.id)
  })
}

/**
 * `legislation notify` (whoever manages it; the final text loaded and every opinion marked): each
 * signed-in commenter gets one message naming the articles they commented on, whether each changed
 * and what became of their opinion, opening the comparison. Once.
 */
export async function notifyCommenters(ctx: FnContext, e: Of<'notify'>): Promise<{ notified: number }> {
  const user = await ctx.requireUser()
  return ctx.services.db.tx(async (q) => {
    const c = await consultationRow(q, { id: e.id }, shanghaiDay(ctx.services.now()), true)
    if (!c || c.districtId !== user.districtId) throw errors.notFound.consultation()
    if (!managesConsultation(user, c)) throw errors.forbidden.consultationManage()
    if (!c.finalAt) throw errors.conflict.finalFirst()
    const left = await unmarkedOpinions(q, c.id)
    if (left) throw errors.conflict.unmarked(left)
    if (!(await markNotified(q, c.id))) throw errors.conflict.notified()
    const feedback = await feedbackOf(q, c.id)
    const path = `/packages/legislation/read/index?id=${c.id}`
    await tellOpening(q, feedback.map((f) => ({ userId: f.userId, body: feedbackText(c.title, f.lines) })), '您提意见的法规已通过', path)
    // Those who followed it without commenting hear that it passed.
    const followers = await quietFollowers(q, c.id)
    await tellOpening(q, followers.map((userId) => ({ userId, body: `您关注的《${c.title}》已经通过。点此查看草案与正式文本的对照。` })), '您关注的法规已通过', path)
    return { notified: feedback.length }
  })
}
