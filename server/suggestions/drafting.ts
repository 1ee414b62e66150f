import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import type { SuggestionsEvent } from '../../src/core/suggestions/schemas'
import { SUGGESTION_MEDIA } from '../../src/core/suggestions/states'
import type { SuggestionView } from '../../src/core/suggestions/types'
import { shanghaiYear } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { districtById, districtOfViewer, requireCategory } from '../districts/districts'
import { accountsOfDeputy, officeOf } from '../identity/accounts'
import { tell } from '../messaging/inbox'
import { deputyStation } from '../stations/stations'
import type { FnContext } from '../runtime/context'
import { setDraftUploads } from '../media/uploads'
import { holdIfDoubtful, holdPhotos, screenText } from '../safety/screening'
import { suggestionView } from './reading'
import { forMove, readable } from './suggestion-guard'
import {
  addEvent, deputiesByCode, deputyName, insertSuggestion, linkableCases, nextNumber, setCosign, setLinks, setSuggestion, updateDraft,
} from './suggestions-repository'

type Of<A extends SuggestionsEvent['action']> = Extract<SuggestionsEvent, { action: A }>

/** Whose suggestion the caller drafts: a deputy their own; station staff one of their station's deputies in office, named by code. */
async function draftingDeputy(q: Queryable, v: Viewer, code: string | undefined): Promise<string> {
  if (v.role === 'deputy' && v.deputyId) return v.deputyId
  if (v.role !== 'staff' || !v.stationId) throw errors.forbidden.suggestionDraft()
  if (!code) throw errors.validation.draftFor()
  const [d] = await deputiesByCode(q, districtOfViewer(v), [code])
  if (!d || (await deputyStation(q, d.id)) !== v.stationId) throw errors.forbidden.suggestionDraft()
  return d.id
}

/** Tells the newly invited 附议 deputies, in their own 消息. */
async function inviteCosigners(q: Queryable, deputyIds: readonly string[], lead: string, title: string) {
  for (const id of deputyIds) await tell(q, await accountsOfDeputy(q, id), '附议邀请', `${lead}代表邀请您附议建议《${title}》，请在“我的建议”中确认`)
}

/**
 * `suggestions draft`: a deputy's suggestion made (no id) or its draft saved (at its version),
 * built on their own and their station's cases, with its photos and documents; the 附议 deputies
 * invited by code; the words screened before anyone else reads them. Station staff prepare one for a deputy of their station,
 * who is told and alone submits it.
 */
export async function draftSuggestion(ctx: FnContext, e: Of<'draft'>): Promise<SuggestionView> {
  const user = await ctx.requireUser()
  if (user.role !== 'deputy' && user.role !== 'staff') throw errors.forbidden.suggestionDraft()
  const districtId = districtOfViewer(user)
  const { db } = ctx.services
  // A draft that is not the caller's is not there, whatever else is wrong with the event.
  const existing = e.id ? await readable(db, user, e.id) : null
  const deputyId = existing?.leadDeputyId ?? (await draftingDeputy(db, user, e.deputyCode))
  requireCategory(await districtById(db, districtId), e.category)
  const screened = await screenText(ctx, districtId, '建议', [e.title, e.situation, e.proposal, e.session], 3)
  const data = { title: e.title, category: e.category, situation: e.situation, proposal: e.proposal, kind: e.kind ?? '闭会期间', session: e.session ?? '' }
  const id = await db.tx(async (q) => {
    const stationId = await deputyStation(q, deputyId)
    const caseIds = [...new Set(e.caseIds)]
    if ((await linkableCases(q, deputyId, stationId, caseIds)).length !== caseIds.length) throw errors.validation.suggestionCases()
    const codes = [...new Set(e.coDeputyCodes ?? [])]
    const co = (await deputiesByCode(q, districtId, codes)).filter((d) => d.id !== deputyId)
    if (co.length !== codes.length) throw errors.validation.suggestionCoDeputies()
    let sid = e.id
    let invited = co.map((d) => d.id)
    if (!sid) {
      sid = await insertSuggestion(q, { ...data, districtId, stationId, leadDeputyId: deputyId, draftedBy: user.id })
      await addEvent(q, { suggestionId: sid, action: 'draft', actorId: user.id, actorRole: user.role, note: user.role === 'staff' ? '联络站工作人员代为准备' : '起草' })
      if (user.role === 'staff') await tell(q, await accountsOfDeputy(q, deputyId), '建议草稿待您修改提交', `联络站工作人员为您准备了建议草稿《${e.title}》，请修改后提交`)
    } else {
      const s = await forMove(q, user, sid, 'draft', e.version)
      invited = invited.filter((d) => !s.deputyIds.includes(d))
      await updateDraft(q, sid, data)
    }
    await setLinks(q, sid, caseIds, co.map((d) => d.id))
    const added = await setDraftUploads(q, e.media, user.id, sid, SUGGESTION_MEDIA)
    await holdPhotos(q, ctx.services, added, { districtId, stationId: null, authorId: user.id })
    await holdIfDoubtful(q, screened, { kind: 'suggestion', refId: sid, districtId, stationId: null, authorId: user.id, content: [e.title, e.situation, e.proposal].join('｜') })
    await inviteCosigners(q, invited, await deputyName(q, deputyId), e.title)
    return sid
  })
  return suggestionView(ctx, id)
}

/** `suggestions withdraw`: the 领衔 deputy takes it back, before it is handed to a unit. */
export async function withdrawSuggestion(ctx: FnContext, e: Of<'withdraw'>): Promise<SuggestionView> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    await forMove(q, user, e.id, 'withdraw', e.version)
    await setSuggestion(q, e.id, { status: 'withdrawn' })
    await addEvent(q, { suggestionId: e.id, action: 'withdraw', actorId: user.id, actorRole: user.role })
  })
  return suggestionView(ctx, e.id)
}

/** `suggestions cosign`: an invited deputy signs it as 附议, or declines. */
export async function cosignSuggestion(ctx: FnContext, e: Of<'cosign'>): Promise<SuggestionView> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    await forMove(q, user, e.id, 'cosign')
    await setCosign(q, e.id, user.deputyId!, e.accept)
    await addEvent(q, { suggestionId: e.id, action: 'cosign', actorId: user.id, actorRole: user.role, note: e.accept ? '附议' : '不附议' })
  })
  return suggestionView(ctx, e.id)
}

/** `suggestions submit`: the 领衔 deputy submits it to the office, which numbers it (LZ-JY-2026-0001) and is told. */
export async function submitSuggestion(ctx: FnContext, e: Of<'submit'>): Promise<SuggestionView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  await db.tx(async (q) => {
    const s = await forMove(q, user, e.id, 'submit', e.version)
    const number = s.number ?? (await numberFor(q, s.districtId, ctx.services.now()))
    await setSuggestion(q, e.id, { status: 'submitted', number, stamp: 'submitted_at' })
    await addEvent(q, { suggestionId: e.id, action: 'submit', actorId: user.id, actorRole: user.role })
    await tell(q, await officeOf(q, s.districtId), '新的代表建议待审查', `代表建议 ${number}《${s.title}》已提交，请审查`)
  })
  return suggestionView(ctx, e.id)
}

async function numberFor(q: Queryable, districtId: string, now: Date): Promise<string> {
  const { casePrefix } = await districtById(q, districtId)
  const year = shanghaiYear(now)
  return `${casePrefix}-JY-${year}-${String(await nextNumber(q, districtId, year)).padStart(4, '0')}`
}
