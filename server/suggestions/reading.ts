import { errors } from '../../src/core/errors'
import type { SuggestionsEvent } from '../../src/core/suggestions/schemas'
import { SUGGESTION_TRANSITIONS } from '../../src/core/suggestions/transitions'
import { isOpenSuggestion } from '../../src/core/suggestions/access'
import { evidenceOf } from '../../src/core/suggestions/evidence'
import { shanghaiDayStart, shanghaiYear } from '../../src/core/time'
import type { PublicSuggestion, SimilarSuggestion, SuggestionItem, SuggestionView } from '../../src/core/suggestions/types'
import { afterCursor, pageOf } from '../db/cursor'
import { casePhotos, suggestionMedia } from '../media/uploads'
import { containsPattern } from '../db/queryable'
import { dispatchOptions, districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { partOf, readable } from './suggestion-guard'
import { boardSuggestions, evidenceCases, listSuggestions, publicSuggestions, similarPast, suggestionDetail, suggestionsOfCase } from './reading-repository'
import { officeLeaders, supervisionOf } from './supervision-repository'

type Of<A extends SuggestionsEvent['action']> = Extract<SuggestionsEvent, { action: A }>

const LABELS: Record<string, string> = {
  ...Object.fromEntries(SUGGESTION_TRANSITIONS.map((t) => [t.action, t.label])),
  draft: '起草',
  'review.accept': '审查通过',
  'review.return': '退回修改',
  'review.letter': '转为来信',
  overdue: '超期',
}

/** How many of its cases' photos a suggestion shows. */
const EVIDENCE_PHOTOS = 9

/** `suggestions get`: the suggestion as its reader may see it — its deputies, units, cases (numbers only), contacts, answers and timeline. */
export async function suggestionView(ctx: FnContext, id: string): Promise<SuggestionView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const s = await readable(db, user, id)
  const d = await suggestionDetail(db, id)
  const cases = await evidenceCases(db, id)
  // The photos of the cases whose authors let others read them, as the picture check let them through.
  const photos = await casePhotos(ctx.services, cases.filter((c) => c.shown).map((c) => c.id), EVIDENCE_PHOTOS)
  return {
    id: s.id, number: s.number, title: s.title, category: s.category, situation: s.situation, proposal: s.proposal, kind: s.kind, session: s.session,
    status: s.status, grade: s.grade, dueOn: s.dueOn, version: s.version,
    deputies: s.deputies.map(({ code, name, role, status, rating, contactRating }) => ({ code, name, role, status, rating, contactRating })),
    units: s.units,
    you: { ...partOf(user, s), invited: s.deputies.some((x) => x.id === user.deputyId && x.role === 'co' && x.status === 'invited') },
    cases: d.cases, residents: d.residents, contacts: d.contacts, answers: d.answers, progress: d.progress, progressDone: s.progressDone, withheld: s.withheld,
    overdue: s.overdue, key: s.key, ...(await supervisionOf(db, id)), evidence: { ...evidenceOf(cases), photos }, media: await suggestionMedia(ctx.services, id, user.id),
    events: d.events.map((e) => ({ ...e, label: LABELS[e.action] ?? e.action })),
    ...(user.role === 'office' && (s.status === 'accepted' || s.status === 'assigned') ? { unitOptions: await dispatchOptions(db, s.districtId, s.category) } : {}),
    ...(user.role === 'office' && isOpenSuggestion(s.status) ? { leaderOptions: await officeLeaders(db, s.districtId) } : {}),
  }
}

/** The suggestions a case went into, for the case's page: its readers see where each stands and how it ended. */
export const suggestionsOnCase = suggestionsOfCase

const PAGE = 30
/** A board is read whole: what is overdue or 重点督办 in a district is counted in tens. */
const BOARD = 200

/**
 * `suggestions list`: a deputy's own (and joint ones), a station's (its staff), a unit's (handed
 * to it), the district's (the office, once submitted) — by the caller's role unless a narrower
 * scope is asked; newest change first.
 */
export async function suggestionList(ctx: FnContext, e: Of<'list'>): Promise<{ items: SuggestionItem[]; cursor?: string }> {
  const user = await ctx.requireUser()
  const districtId = districtOfViewer(user)
  const by = {
    deputy: { deputyId: user.deputyId, stationId: null, departmentId: null, submittedOnly: false },
    staff: { deputyId: null, stationId: user.stationId, departmentId: null, submittedOnly: false },
    department: { deputyId: null, stationId: null, departmentId: user.departmentId, submittedOnly: true },
    office: { deputyId: null, stationId: null, departmentId: null, submittedOnly: true },
  }[user.role as 'deputy' | 'staff' | 'department' | 'office']
  if (!by) throw errors.forbidden.suggestionMove('只有代表、联络站工作人员、承办单位和人大办可以查看建议')
  if (e.board) {
    if (user.role !== 'office') throw errors.forbidden.suggestionMove('督办台只有人大办可以查看')
    return { items: await boardSuggestions(ctx.services.db, districtId, e.board, BOARD) }
  }
  const rows = await listSuggestions(ctx.services.db, { districtId, ...by, status: e.status ?? null, words: containsPattern(e.q), after: afterCursor(e.cursor) }, PAGE + 1)
  return pageOf(rows, PAGE)
}

/** `suggestions public`: the published ones — handed to a unit, not held by review — as anyone may read them; answers not marked private; one (its page) or a deputy's when asked. */
export async function publicList(ctx: FnContext, e: Of<'public'>): Promise<{ items: PublicSuggestion[]; cursor?: string }> {
  const rows = await publicSuggestions(ctx.services.db, { after: afterCursor(e.cursor), id: e.id ?? null, deputyCode: e.deputyCode ?? null }, PAGE + 1)
  if (e.id && !rows.length) throw errors.notFound.publicSuggestion()
  return pageOf(rows, PAGE)
}

/** Shared character pairs below which a past suggestion is not offered as like the draft. */
const SIMILAR_LEAST = 4

/** `suggestions similar` (a deputy or staff, while drafting): the district's published suggestions of earlier years most like the words, so nobody proposes again what was answered. */
export async function similarSuggestions(ctx: FnContext, e: Of<'similar'>): Promise<{ items: SimilarSuggestion[] }> {
  const user = await ctx.requireUser()
  if (user.role !== 'deputy' && user.role !== 'staff') throw errors.forbidden.suggestionDraft()
  const before = shanghaiDayStart(`${shanghaiYear(ctx.services.now())}-01-01`)
  return { items: await similarPast(ctx.services.db, { districtId: districtOfViewer(user), words: e.q, category: e.category ?? null, before, least: SIMILAR_LEAST }, 5) }
}
