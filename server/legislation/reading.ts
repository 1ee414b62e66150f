import { managesConsultation, onConsultationTeam } from '../../src/core/legislation/access'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { ConsultationItem, ConsultationView } from '../../src/core/legislation/types'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { shanghaiDay } from '../../src/core/time'
import { afterCursor, pageOf } from '../db/cursor'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { deputyStation } from '../stations/stations'
import { articlesOf, commentsBy, consultationRow, listConsultations, type ConsultationRow } from './consultations-repository'
import { follows, participationOf, summaryOf } from './participation-repository'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

/** Whether the viewer is on the consultation's team (reads its comments). */
export async function isTeam(q: Queryable, v: Viewer, c: ConsultationRow): Promise<boolean> {
  return onConsultationTeam(v, c, v.role === 'deputy' && v.deputyId ? await deputyStation(q, v.deputyId) : null)
}

/**
 * `legislation get`, by id or by its poster's code: the text article by article, how many people
 * commented on each (never what others wrote), the caller's own comments. Anyone reads a published
 * one; one not yet published only those who manage it.
 */
export async function consultationView(ctx: FnContext, f: { id?: string; code?: string }): Promise<ConsultationView> {
  const user = await ctx.currentUser()
  const { db } = ctx.services
  const c = await consultationRow(db, f, shanghaiDay(ctx.services.now()))
  const manages = !!c && !!user && managesConsultation(user, c)
  if (!c || (c.status === 'draft' && !manages)) throw errors.notFound.consultation()
  const { articles, general } = await articlesOf(db, c.id)
  return {
    id: c.id, code: c.code, title: c.title, askedBy: c.askedBy, deadline: c.deadline, explanation: c.explanation, preamble: c.preamble, status: c.status, version: c.version,
    points: c.points,
    articles,
    generalCommenters: general,
    mine: user ? await commentsBy(db, c.id, user.id) : [],
    finalAt: c.finalAt,
    summary: await summaryOf(db, c.id),
    following: !!user && (await follows(db, c.id, user.id)),
    participation: c.status === 'closed' ? await participationOf(db, c.id) : null,
    you: { manages, team: !!user && (await isTeam(db, user, c)) },
  }
}

const PAGE = 20

/** `legislation list`: the published consultations, newest first (a resident's district's, when known); drafts too for those who manage them. */
export async function consultationList(ctx: FnContext, e: Of<'list'>): Promise<{ items: ConsultationItem[]; cursor?: string }> {
  const user = await ctx.currentUser()
  const managerOf = user?.districtId && (user.role === 'office' || user.role === 'staff') ? { districtId: user.districtId, stationId: user.stationId, office: user.role === 'office' } : null
  const rows = await listConsultations(
    ctx.services.db,
    { districtId: user?.districtId ?? null, managerOf, after: afterCursor(e.cursor), today: shanghaiDay(ctx.services.now()), pointCode: e.stationCode ?? null },
    PAGE + 1,
  )
  return pageOf(rows, PAGE)
}
