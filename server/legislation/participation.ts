import { managesConsultation, readsPointFigures, worksOnOpinions } from '../../src/core/legislation/access'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { DraftFigures, PointFigures } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import type { ShownCode } from '../../src/core/scene'
import { qrUrl } from '../deputies/qr-codes'
import { tellOpening } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { consultationRow } from './consultations-repository'
import { draftFigures, followersAndCommenters, pointFigures, setFollowing, setSummary, summaryOf } from './participation-repository'
import { isTeam } from './reading'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

/** `legislation follow` (anyone signed in, a published draft): hear of its summary and of the law as passed; or stop. */
export async function followDraft(ctx: FnContext, e: Of<'follow'>): Promise<{ following: boolean }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const c = await consultationRow(db, { id: e.id }, shanghaiDay(ctx.services.now()))
  if (!c || c.status === 'draft') throw errors.notFound.consultation()
  return { following: await setFollowing(db, c.id, user.id, e.on) }
}

/**
 * `legislation summary` (whoever manages it, once comments closed): the 意见综述 residents read on
 * its page — the first words of others they see; its followers and commenters are told, the
 * first time only. A later correction replaces it quietly.
 */
export async function publishSummary(ctx: FnContext, e: Of<'summary'>): Promise<{ at: string }> {
  const user = await ctx.requireUser()
  return ctx.services.db.tx(async (q) => {
    const c = await consultationRow(q, { id: e.id }, shanghaiDay(ctx.services.now()), true)
    if (!c || c.districtId !== user.districtId) throw errors.notFound.consultation()
    if (!managesConsultation(user, c)) throw errors.forbidden.consultationManage()
    if (c.status !== 'closed') throw errors.conflict.summaryEarly()
    const first = (await summaryOf(q, c.id)) === null
    await setSummary(q, c.id, e.text)
    if (first) {
      const people = await followersAndCommenters(q, c.id)
      await tellOpening(q, people.map((userId) => ({ userId, body: `《${c.title}》征求意见已结束，联系点公布了群众意见的综述，点此查看。` })), '立法征求意见综述已公布', `/packages/legislation/read/index?id=${c.id}`)
    }
    return { at: ctx.services.now().toISOString() }
  })
}

/** `legislation figures` (the office; staff and consultants see the same district's): each contact point's year. */
export async function yearFigures(ctx: FnContext, e: Of<'figures'>): Promise<{ items: PointFigures[] }> {
  const user = await ctx.requireUser()
  if (!readsPointFigures(user)) throw errors.forbidden.consultationTeam()
  return { items: await pointFigures(ctx.services.db, user.districtId!, e.year) }
}

/** `legislation draftFigures` (its team): people per article, and participation by street. */
export async function figuresOfDraft(ctx: FnContext, e: Of<'draftFigures'>): Promise<DraftFigures> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const c = await consultationRow(db, { id: e.id }, shanghaiDay(ctx.services.now()))
  if (!c || c.status === 'draft') throw errors.notFound.consultation()
  if (!worksOnOpinions(user, c) && !(await isTeam(db, user, c))) throw errors.forbidden.consultationTeam()
  return { title: c.title, ...(await draftFigures(db, c.id)) }
}

/** `legislation qr` (a published draft: anyone; one being checked: who manages it): the code for its poster, opening the draft (scene l=CODE). */
export async function consultationQr(ctx: FnContext, e: Of<'qr'>): Promise<ShownCode> {
  const user = await ctx.currentUser()
  const c = await consultationRow(ctx.services.db, { id: e.id }, shanghaiDay(ctx.services.now()))
  if (!c || (c.status === 'draft' && !(user && managesConsultation(user, c)))) throw errors.notFound.consultation()
  return qrUrl(ctx, { kind: 'consultation', code: c.code })
}
