import { entersPaperVotes, ratesReports, readsDutyOf } from '../../src/core/accountability/access'
import { bandOf, totalOf, verdictOf } from '../../src/core/accountability/points'
import { periodOf } from '../../src/core/accountability/periods'
import type { DutyDraft, DutyFigures, DutyReportView, Tally } from '../../src/core/accountability/types'
import type { Rating } from '../../src/core/cases/ratings'
import { errors } from '../../src/core/errors'
import { HELD_TEXT } from '../../src/core/safety/types'
import { shanghaiDay, shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { audit } from '../audit/audit'
import { staffOfStation } from '../identity/accounts'
import { tell } from '../messaging/inbox'
import { figuresFiledBetween } from '../deputies/directory'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText } from '../safety/screening'
import { activitiesByKind, insertActivity } from './activities-repository'
import { deputiesByIds, deputyOfCode, deputyOfId, ownDeputy, scopeAsked, scopeOf, type DeputyRef } from './deputies'
import { draftText } from './duty-text'
import {
  dropRatingWordsOf, insertDraft, insertPaperEntry, insertRating, latestPublished, paperEntries, ratingsOf, publishedReportsOf, reportById, reportOf, saveDraft, type ReportRow,
} from './duty-reports-repository'
import { scoredItems } from './points'
import { suggestionFiguresOf } from '../suggestions/record'
import { rulesOf } from './rules'

/** A year's figures from the database: the cases filed with the deputy (counted as their page counts them), the verified record, the points. */
async function figuresOf(q: Queryable, d: DeputyRef, year: number, today: string): Promise<DutyFigures> {
  const { from, to } = periodOf(`${year}-01-01`, 'year')
  const cases = await figuresFiledBetween(q, d.id, from, to)
  const activities = await activitiesByKind(q, d.id, from, to)
  const rulesOn = await rulesOf(q, d.districtId)
  const points = totalOf((await scoredItems(q, [d.id], from, to, today, rulesOn)).get(d.id)!)
  return {
    ...cases,
    activities,
    suggestions: activities.意见建议 ?? 0,
    formal: await suggestionFiguresOf(q, d.id, shanghaiDayStart(from), shanghaiDayEnd(to)),
    points,
    band: bandOf(points, rulesOn(to), from, to),
  }
}

const draftOf = (r: ReportRow): DutyDraft => ({ id: r.id, year: r.year, text: r.text, figures: r.figures, status: r.status, version: r.version })

/**
 * `dutyReports draft`: the deputy's 述职 of a year (this one or the last), drafted from the record
 * the first time; each call brings its figures up to date, and saves the deputy's text when given.
 */
export async function draftReport(ctx: FnContext, year: number, text?: string, version?: number): Promise<DutyDraft> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  if (user.role !== 'deputy') throw errors.forbidden.deputiesReport()
  const d = await ownDeputy(db, user.deputyId)
  const today = shanghaiDay(ctx.services.now())
  const thisYear = Number(today.slice(0, 4))
  if (year !== thisYear && year !== thisYear - 1) throw errors.validation.reportYear()
  const figures = await figuresOf(db, d, year, today)
  let r = await reportOf(db, d.id, year)
  if (!r) {
    await insertDraft(db, { deputyId: d.id, stationId: d.stationId, districtId: d.districtId, year, text: draftText(d.name, year, figures), figures })
    r = (await reportOf(db, d.id, year))!
  }
  if (r.status === 'published') {
    if (text !== undefined) throw errors.conflict.reportPublished()
    return draftOf(r)
  }
  if (!(await saveDraft(db, r.id, text === undefined ? null : (version ?? r.version), figures, text ?? null, false))) throw errors.conflict.reportStale()
  return draftOf((await reportById(db, r.id))!)
}

/** `dutyReports publish`: the deputy's text goes public (checked first); the 述职 enters the record, verified; the station is told to enter the paper votes. */
export async function publishReport(ctx: FnContext, id: string, text: string, version: number): Promise<DutyReportView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const r = await reportById(db, id)
  if (!r || user.role !== 'deputy' || r.deputyId !== user.deputyId) throw errors.notFound.dutyReport()
  if (r.status === 'published') throw errors.conflict.reportPublished()
  const d = await ownDeputy(db, user.deputyId)
  const screened = await screenText(ctx, d.districtId, '述职报告', [text], 2)
  const today = shanghaiDay(ctx.services.now())
  const figures = await figuresOf(db, d, r.year, today)
  await db.tx(async (q) => {
    if (!(await saveDraft(q, id, version, figures, text, true))) throw errors.conflict.reportStale()
    await holdIfDoubtful(q, screened, { kind: 'dutyReport', refId: id, districtId: d.districtId, stationId: d.stationId, authorId: user.id, content: text })
    const day = today.slice(0, 4) === String(r.year) ? today : `${r.year}-12-31`
    await insertActivity(q, {
      districtId: d.districtId, stationId: d.stationId, deputyIds: [d.id], kind: '述职', day, title: `${r.year}年度述职报告`, text: '',
      place: null, internal: false, status: 'verified', reportId: id, recordedBy: user.id, submissionId: `duty-report-${id}`,
    })
    await audit(q, { actorId: user.id, actorRole: user.role, districtId: d.districtId, kind: 'report.publish', subjectId: id, detail: `${d.name}代表发布${r.year}年度述职报告` })
    await tell(q, await staffOfStation(q, d.stationId), '代表发布了述职报告', `${d.name}代表的${r.year}年度述职报告已发布；现场述职的纸质评议票可在“履职核实”中录入`)
  })
  return viewOf(ctx, (await reportById(db, id))!, d)
}

/**
 * Published 述职 as the reader sees them, each with its deputy: in a fixed number of queries
 * however many there are (a station's or a district's list) — the ratings, the paper entries and
 * the rule table read once for all.
 */
async function viewsOf(ctx: FnContext, reports: readonly { r: ReportRow; d: DeputyRef }[]): Promise<DutyReportView[]> {
  if (!reports.length) return []
  const { db } = ctx.services
  const user = await ctx.currentUser()
  const ids = reports.map(({ r }) => r.id)
  const ratings = await ratingsOf(db, ids, user?.id ?? null)
  const insiders = new Set(reports.filter(({ d }) => user !== null && readsDutyOf(user, scopeOf(d))).map(({ r }) => r.id))
  const entries = await paperEntries(db, [...insiders])
  const rulesByDistrict = new Map<string, Awaited<ReturnType<typeof rulesOf>>>()
  for (const { d } of reports) if (!rulesByDistrict.has(d.districtId)) rulesByDistrict.set(d.districtId, await rulesOf(db, d.districtId))
  return reports.map(({ r, d }) => {
    const { online, mine } = ratings.get(r.id)!
    const all: Tally = { 满意: online.满意 + r.paper.满意, 基本满意: online.基本满意 + r.paper.基本满意, 不满意: online.不满意 + r.paper.不满意 }
    const rules = rulesByDistrict.get(d.districtId)!(`${r.year}-12-31`)
    const insider = insiders.has(r.id)
    return {
      id: r.id, deputy: { code: d.code, name: d.name }, year: r.year, text: r.shown || insider ? r.text : HELD_TEXT, figures: r.figures,
      publishedAt: r.publishedAt!, ratings: all, online, paper: r.paper, ...verdictOf(all, rules.passRate), mine,
      ...(insider ? { paperEntries: entries.get(r.id) ?? [] } : {}),
    }
  })
}

const viewOf = async (ctx: FnContext, r: ReportRow, d: DeputyRef): Promise<DutyReportView> => (await viewsOf(ctx, [{ r, d }]))[0]

/** `dutyReports get`: a deputy's published 述职 of a year, or the latest. Public. */
export async function reportPage(ctx: FnContext, deputyCode: string, year?: number): Promise<DutyReportView> {
  const { db } = ctx.services
  const d = await deputyOfCode(db, deputyCode)
  const r = year === undefined ? await latestPublished(db, d.id) : await reportOf(db, d.id, year)
  if (!r || r.status !== 'published') throw errors.notFound.dutyReport()
  return viewOf(ctx, r, d)
}

/** The latest published 述职 of a deputy, or null: what their public page shows. */
export async function latestReport(ctx: FnContext, deputyCode: string): Promise<DutyReportView | null> {
  const d = await deputyOfCode(ctx.services.db, deputyCode)
  const r = await latestPublished(ctx.services.db, d.id)
  return r ? viewOf(ctx, r, d) : null
}

/** A published 述职 by id, for a step on it. */
async function published(ctx: FnContext, id: string): Promise<{ r: ReportRow; d: DeputyRef }> {
  const r = await reportById(ctx.services.db, id)
  if (!r || r.status !== 'published') throw errors.notFound.dutyReport()
  return { r, d: await deputyOfId(ctx.services.db, r.deputyId) }
}

/** `dutyReports rate`: a resident rates a published 述职 once; a second rating is refused. */
export async function rateReport(ctx: FnContext, id: string, rating: Rating, comment?: string): Promise<DutyReportView> {
  const user = await ctx.requireUser()
  if (!ratesReports(user)) throw errors.forbidden.residentsRate()
  const { r, d } = await published(ctx, id)
  if (!(await insertRating(ctx.services.db, id, user.id, rating, comment || null))) throw errors.conflict.ratedOnce()
  return viewOf(ctx, r, d)
}

/**
 * `dutyReports paper`: the station's staff (or the office) enter the paper votes of a
 * face-to-face 述职 as an entry, with who and when; `corrects` names an earlier entry this one
 * replaces (each is corrected once). Nothing is overwritten; every entry is audited.
 */
export async function paperVotes(ctx: FnContext, id: string, votes: Tally, corrects: string | null): Promise<DutyReportView> {
  const user = await ctx.requireUser()
  const { r, d } = await published(ctx, id)
  if (!entersPaperVotes(user, r)) throw errors.forbidden.notStationStaff('录入述职评议票数')
  await ctx.services.db.tx(async (q) => {
    const entry = await insertPaperEntry(q, id, votes, user.id, corrects)
    if (!entry) throw errors.conflict.paperCorrected()
    await audit(q, {
      actorId: user.id, actorRole: user.role, districtId: r.districtId, kind: 'vote.paper', subjectId: id,
      detail: `${d.name}代表${r.year}年度述职纸质票${corrects ? '（更正）' : ''}：满意 ${votes.满意}，基本满意 ${votes.基本满意}，不满意 ${votes.不满意}`,
      after: { entry, corrects, ...votes },
    })
  })
  return viewOf(ctx, (await reportById(ctx.services.db, id))!, d)
}

/** A resident's account ended: the 述职 they rated keep the vote, not their comment. */
export const forgetRater = dropRatingWordsOf

/** `dutyReports station`: a station's published 述职 of a year, for its staff to enter paper votes (the office: a station's, or its district's). */
export async function stationReports(ctx: FnContext, year: number, stationCode?: string): Promise<{ items: DutyReportView[] }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const rows = await publishedReportsOf(db, await scopeAsked(ctx, user, stationCode), year)
  const deputies = new Map((await deputiesByIds(db, rows.map((r) => r.deputyId))).map((d) => [d.id, d]))
  return { items: await viewsOf(ctx, rows.map((r) => ({ r, d: deputies.get(r.deputyId)! }))) }
}
