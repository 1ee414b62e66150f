import mammoth from 'mammoth'
import { managesConsultation, startsConsultation } from '../../src/core/legislation/access'
import { alignArticles } from '../../src/core/legislation/alignment'
import { chineseNumeral, splitArticles, type SplitArticle } from '../../src/core/legislation/articles'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { ConsultationView } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { shanghaiDay } from '../../src/core/time'
import { audit } from '../audit/audit'
import { posterCode } from '../identity/codes'
import { takeWordFile } from '../media/uploads'
import type { Queryable } from '../db/queryable'
import { districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { articleTexts, consultationRow, insertConsultation, isPoint, pointsByCode, pointsOf, setArticles, setLegislativePoint, setPoints, setStatus, touch, type ConsultationRow } from './consultations-repository'
import { consultationView } from './reading'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>


/** The draft's articles, each with the current law's article (`old`, its texts) it revises: matched by content, not number. */
function withCurrent(draft: SplitArticle[], old: readonly string[]): (SplitArticle & { currentText: string | null })[] {
  const matched = new Map<number, string>()
  for (const p of alignArticles(draft.map((a) => a.text), old)) if (p.draft !== null && p.final !== null) matched.set(p.draft, old[p.final])
  return draft.map((a, i) => ({ ...a, currentText: matched.get(i) ?? null }))
}

/** The text of a Word file the caller uploaded (a draft as the 法工委 sent it), paragraph by paragraph. */
async function wordText(ctx: FnContext, fileId: string, ownerId: string): Promise<string> {
  const bytes = await takeWordFile(ctx.services, fileId, ownerId)
  const read = await mammoth.extractRawText({ buffer: bytes }).catch(() => null)
  if (!read) throw errors.validation.wordFile()
  return read.value
}

/** A consultation the caller manages, locked, at the state asked for. */
async function managed(q: Queryable, user: Viewer, id: string, today: string, state?: ConsultationRow['status']): Promise<ConsultationRow> {
  const c = await consultationRow(q, { id }, today, true)
  if (!c || c.districtId !== user.districtId) throw errors.notFound.consultation()
  if (!managesConsultation(user, c)) throw errors.forbidden.consultationManage()
  if (state && c.status !== state) throw errors.conflict.consultationState(c.status === 'draft' ? '还没有公布' : c.status === 'open' ? '正在征求意见' : '征求意见已结束')
  return c
}

/**
 * `legislation create` (the office, or a contact point's staff for a draft sent down to it): the
 * draft's text split into its articles — with the current law's words beside each where it revises
 * one — for the office to check before publishing; a short code for its posters.
 */
export async function createConsultation(ctx: FnContext, e: Of<'create'>): Promise<ConsultationView> {
  const user = await ctx.requireUser()
  const districtId = districtOfViewer(user)
  const today = shanghaiDay(ctx.services.now())
  if (e.deadline <= today) throw errors.validation.deadline()
  const { preamble, articles } = splitArticles(e.text ?? (await wordText(ctx, e.fileId!, user.id)))
  if (!articles.length) throw errors.validation.noArticles()
  const id = await ctx.services.db.tx(async (q) => {
    const codes = [...new Set(e.stationCodes)]
    const points = await pointsByCode(q, districtId, codes)
    if (points.length !== codes.length) throw errors.validation.points()
    const ownPoint = !!user.stationId && (await isPoint(q, user.stationId))
    if (!startsConsultation(user, points.map((p) => p.id), ownPoint)) throw errors.forbidden.consultationManage()
    let made: string | null = null
    while (!made) {
      made = await insertConsultation(q, {
        districtId, code: posterCode(), title: e.title, askedBy: e.askedBy, deadline: e.deadline, explanation: e.explanation ?? '', preamble, createdBy: user.id,
        stationId: user.role === 'staff' ? user.stationId : null,
      })
    }
    await setPoints(q, made, points.map((p) => p.id))
    await setArticles(q, made, withCurrent(articles, e.currentText ? splitArticles(e.currentText).articles.map((a) => a.text) : []))
    return made
  })
  return consultationView(ctx, { id })
}

/** `legislation editArticles`: the office's corrections to the split before publishing — the articles renumbered 第一条 on, in the order given. */
export async function editArticles(ctx: FnContext, e: Of<'editArticles'>): Promise<ConsultationView> {
  const user = await ctx.requireUser()
  const today = shanghaiDay(ctx.services.now())
  await ctx.services.db.tx(async (q) => {
    const c = await managed(q, user, e.id, today, 'draft')
    if (!(await touch(q, c.id, e.version))) throw errors.conflict.consultationStale()
    const articles = e.articles.map((a, i) => ({ no: i + 1, label: `第${chineseNumeral(i + 1)}条`, heading: a.heading || null, text: a.text }))
    // What the current law said stays with the article it matches, by its words.
    const current = (await articleTexts(q, c.id)).flatMap((a) => (a.currentText ? [a.currentText] : []))
    await setArticles(q, c.id, withCurrent(articles, current))
  })
  return consultationView(ctx, { id: e.id })
}

/** `legislation publish`: open for comments until its deadline; anyone may read it. */
export async function publishConsultation(ctx: FnContext, e: Of<'publish'>): Promise<ConsultationView> {
  const user = await ctx.requireUser()
  const today = shanghaiDay(ctx.services.now())
  await ctx.services.db.tx(async (q) => {
    const c = await managed(q, user, e.id, today, 'draft')
    if (c.deadline <= today) throw errors.validation.deadline()
    if (!(await setStatus(q, c.id, 'open', e.version))) throw errors.conflict.consultationStale()
  })
  return consultationView(ctx, { id: e.id })
}

/** `legislation close`: ends the comment period early (the deadline ends it by itself). */
export async function closeConsultation(ctx: FnContext, e: Of<'close'>): Promise<ConsultationView> {
  const user = await ctx.requireUser()
  const today = shanghaiDay(ctx.services.now())
  await ctx.services.db.tx(async (q) => {
    const c = await managed(q, user, e.id, today, 'open')
    await setStatus(q, c.id, 'closed', null)
  })
  return consultationView(ctx, { id: e.id })
}

/** `legislation points` (the office, staff, the admin): the district's contact points, to choose those taking part. */
export async function contactPoints(ctx: FnContext): Promise<{ items: { code: string; name: string }[] }> {
  const user = await ctx.requireUser()
  if (!['office', 'staff', 'admin'].includes(user.role)) throw errors.forbidden.consultationManage()
  return { items: await pointsOf(ctx.services.db, districtOfViewer(user)) }
}

/** `legislation setPoint` (the admin): a station of the district marked a 基层立法联系点, or not; audited. */
export async function setPoint(ctx: FnContext, e: Of<'setPoint'>): Promise<{ stationCode: string; on: boolean }> {
  const user = await ctx.requireUser()
  if (user.role !== 'admin') throw errors.forbidden.pointAdmin()
  const districtId = districtOfViewer(user)
  await ctx.services.db.tx(async (q) => {
    const station = await setLegislativePoint(q, districtId, e.stationCode, e.on)
    if (!station) throw errors.validation.points()
    await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: station.id, detail: `${e.on ? '设为' : '取消'}基层立法联系点：${station.name}` })
  })
  return { stationCode: e.stationCode, on: e.on }
}
