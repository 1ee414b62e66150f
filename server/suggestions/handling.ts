import { errors } from '../../src/core/errors'
import { suggestionDue } from '../../src/core/suggestions/deadlines'
import { GRADES, REHANDLING_MONTHS, SUGGESTION_MEDIA } from '../../src/core/suggestions/states'
import { shanghaiDay } from '../../src/core/time'
import { calendarOf, districtById } from '../districts/districts'
import { handlersOf } from '../identity/accounts'
import { tell } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { attachAnswerUploads } from '../media/uploads'
import { holdIfDoubtful, holdPhotos, screenText } from '../safety/screening'
import { deputiesOf, event, leadHandlers, move, tellResidents, type Of } from './moves'
import { followersOf } from './following-repository'
import { forMove } from './suggestion-guard'
import { reachMilestone } from './supervision-repository'
import {
  addAnswer, addContact, addProgress, departmentName, districtDepartments, joinInto, lockSuggestion, rateAnswer, setAssistView, setSuggestion, setUnits, signUnit,
} from './suggestions-repository'

/** `suggestions review` (office): accepted for 交办, returned for revision, or turned into a letter; its deputies are told. */
export const reviewSuggestion = (ctx: FnContext, e: Of<'review'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'review', e.version)
    const to = { accept: 'accepted', return: 'returned', letter: 'letter' } as const
    await setSuggestion(q, s.id, { status: to[e.outcome], review_reason: e.reason ?? null })
    await event(q, s, user, `review.${e.outcome}`, e.reason)
    const said = { accept: '已通过审查，待交办', return: `被退回修改：${e.reason}`, letter: `转为来信处理：${e.reason}` }[e.outcome]
    await tell(q, await deputiesOf(q, s), '建议审查结果', `您的建议《${s.title}》${said}`)
  })

/** `suggestions merge` (office): identical suggestions handled as one (the first); each one's deputies and cases join it, so every deputy is answered. */
export async function mergeSuggestions(ctx: FnContext, e: Of<'merge'>) {
  const [first, ...rest] = [...new Set(e.ids)]
  if (!rest.length) throw errors.validation.suggestionMerge()
  return move(ctx, first, async (q, user) => {
    // Locked in one order whatever order they were named in, so two merges at once cannot deadlock.
    for (const id of [first, ...rest].sort()) await lockSuggestion(q, id)
    const into = await forMove(q, user, first, 'merge')
    for (const id of rest) {
      const s = await forMove(q, user, id, 'merge')
      await joinInto(q, into.id, s.id)
      await setSuggestion(q, s.id, { status: 'merged', merged_into: into.id })
      await event(q, s, user, 'merge', `并入 ${into.number}《${into.title}》`)
      await event(q, into, user, 'merge', `合并了 ${s.number}《${s.title}》`)
    }
  })
}

/**
 * `suggestions assign` (office): 交办 to one lead unit and any assisting ones, due the district's
 * months on (three by the rules, or `dueOn`), moved to a working day, to be signed for within its
 * days; the units, the deputies and every resident behind it are told.
 */
export const assignSuggestion = (ctx: FnContext, e: Of<'assign'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'assign', e.version)
    const assists = [...new Set(e.assistDepartmentIds ?? [])]
    const units = await districtDepartments(q, s.districtId, [e.leadDepartmentId, ...assists])
    if (assists.includes(e.leadDepartmentId) || units.length !== assists.length + 1) throw errors.validation.suggestionUnits()
    const today = shanghaiDay(ctx.services.now())
    if (e.dueOn && e.dueOn <= today) throw errors.validation.suggestionDue()
    const { calendar, suggestionTerms: terms } = await districtById(q, s.districtId)
    const due = e.dueOn ?? suggestionDue(today, terms.answerMonths, calendar)
    await setUnits(q, s.id, e.leadDepartmentId, assists, new Date(ctx.services.now().getTime() + terms.signDays * 86_400_000))
    await setSuggestion(q, s.id, { status: 'assigned', due_on: due, ...(s.status === 'accepted' ? { stamp: 'assigned_at' as const } : {}) })
    const leadName = await departmentName(q, e.leadDepartmentId)
    await event(q, s, user, 'assign', `主办：${leadName}${assists.length ? `，另有 ${assists.length} 个协办单位` : ''}；${due} 前答复`)
    await tell(q, await handlersOf(q, units), '新交办的代表建议', `代表建议 ${s.number}《${s.title}》已交由贵单位办理，请签收，${due} 前答复`)
    await tell(q, await deputiesOf(q, s), '建议已交办', `您的建议《${s.title}》已交${leadName}办理，${due} 前答复`)
    await tellResidents(q, s, ctx.services.now(), { title: '您反映的问题有了进展', body: `您反映的问题已被纳入代表建议《${s.title}》，交由${leadName}办理`, status: '已纳入代表建议' })
  })

/** `suggestions sign` (a unit it was handed to): 签收. */
export const signSuggestion = (ctx: FnContext, e: Of<'sign'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'sign')
    await signUnit(q, s.id, user.departmentId!)
    await event(q, s, user, 'sign')
  })

/** `suggestions contact` (the lead unit): a contact with the deputies logged; an answer needs one. */
export const contactDeputies = (ctx: FnContext, e: Of<'contact'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'contact')
    if (Date.parse(e.at) > ctx.services.now().getTime()) throw errors.validation.contactFuture()
    await addContact(q, { suggestionId: s.id, departmentId: user.departmentId!, userId: user.id, round: s.round, way: e.way, at: e.at, note: e.note })
    await event(q, s, user, 'contact', e.way)
  })

/** `suggestions assistView` (an assisting unit): its written view, for the lead unit. */
export const assistView = (ctx: FnContext, e: Of<'assistView'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'assistView')
    await screenText(ctx, s.districtId, '协办意见', [e.text], 3)
    await setAssistView(q, s.id, user.departmentId!, e.text)
    await event(q, s, user, 'assistView')
    await tell(q, await leadHandlers(q, s), '收到协办意见', `代表建议 ${s.number}《${s.title}》的协办单位提出了意见`)
  })

/** `suggestions answer` (the lead unit, once it contacted the deputies): the answer and its class, with the signed answer as a PDF or photos; the deputies and the residents behind it are told. */
export const answerSuggestion = (ctx: FnContext, e: Of<'answer'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'answer', e.version)
    const screened = await screenText(ctx, s.districtId, '答复', [e.text], 3)
    const round = s.round + 1
    await addAnswer(q, { suggestionId: s.id, round, grade: e.grade, text: e.text, public: e.public, userId: user.id, dueOn: s.dueOn })
    const signed = await attachAnswerUploads(q, e.media, user.id, s.id, round, SUGGESTION_MEDIA)
    await holdPhotos(q, ctx.services, signed, { districtId: s.districtId, stationId: null, authorId: user.id })
    await setSuggestion(q, s.id, { status: 'answered', grade: e.grade, round })
    await holdIfDoubtful(q, screened, { kind: 'suggestion', refId: s.id, districtId: s.districtId, stationId: null, authorId: user.id, content: e.text })
    await event(q, s, user, 'answer', `${e.grade} 类：${GRADES[e.grade]}`)
    await tell(q, await deputiesOf(q, s), '建议已答复', `您的建议《${s.title}》已答复（${e.grade} 类：${GRADES[e.grade]}），请评价`)
    await tellResidents(q, s, ctx.services.now(), { title: '您反映的问题有了答复', body: `代表建议《${s.title}》已答复：${GRADES[e.grade]}`, status: '代表建议已答复' })
    await tell(q, await followersOf(q, s.id), '关注的建议已答复', `代表建议《${s.title}》已答复：${GRADES[e.grade]}`)
  })

/**
 * `suggestions progress` (the lead unit, on a B answer until it is done, or on a 重点督办 one while
 * handled): the quarter's progress with its percentage, perhaps a milestone reached; `done` ends
 * a B answer's reports (回头看). The deputies, the residents behind it and its followers are told.
 */
export const reportProgress = (ctx: FnContext, e: Of<'progress'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'progress')
    const done = !!e.done
    if (done && s.status !== 'answered' && s.status !== 'closed') throw errors.validation.progressDone()
    const screened = await screenText(ctx, s.districtId, '办理进展', [e.note], 3)
    await holdIfDoubtful(q, screened, { kind: 'suggestion', refId: s.id, districtId: s.districtId, stationId: null, authorId: user.id, content: e.note })
    const reached = e.milestoneIndex === undefined ? null : await reachMilestone(q, s.id, e.milestoneIndex)
    if (reached === false) throw errors.validation.milestone()
    await addProgress(q, { suggestionId: s.id, percent: e.percent, note: e.note, done, userId: user.id })
    await setSuggestion(q, s.id, done ? { progress_done: true } : {})
    const said = `代表建议《${s.title}》${done ? '已办结' : `办理进展 ${e.percent}%`}：${e.note}`
    await event(q, s, user, 'progress', `${e.percent}%${done ? '，已办结' : ''}${reached ? `；完成节点「${reached}」` : ''}`)
    await tell(q, await deputiesOf(q, s), '建议办理进展', said)
    await tellResidents(q, s, ctx.services.now(), { title: '您反映的问题有了新进展', body: said, status: done ? '代表建议已办结' : '代表建议办理中' })
    await tell(q, await followersOf(q, s.id), '关注的建议有了新进展', said)
  })

/** `suggestions withhold` (office): its answers kept off the public page and the cases' pages, with a reason. */
export const withholdAnswer = (ctx: FnContext, e: Of<'withhold'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'withhold')
    await setSuggestion(q, s.id, { withheld_reason: e.reason })
    await event(q, s, user, 'withhold', e.reason)
  })

/**
 * `suggestions evaluate` (each deputy who signed it): the answer and the contact rated. The 领衔
 * deputy's 不满意 of the first answer sends it back to the lead unit once, due in a month; any
 * other rating of theirs closes it; the others' ratings are recorded and shown.
 */
export const evaluateSuggestion = (ctx: FnContext, e: Of<'evaluate'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'evaluate', e.version)
    await rateAnswer(q, s.id, user.deputyId!, s.round, { rating: e.rating, contactRating: e.contactRating, comment: e.comment ?? null })
    await event(q, s, user, 'evaluate', `办理结果${e.rating}，沟通联系${e.contactRating}${e.comment ? `：${e.comment}` : ''}`)
    if (user.deputyId !== s.leadDeputyId) return
    if (e.rating === '不满意' && s.round === 1) {
      const due = suggestionDue(shanghaiDay(ctx.services.now()), REHANDLING_MONTHS, await calendarOf(q, s.districtId))
      await setSuggestion(q, s.id, { status: 'rehandling', due_on: due })
      await tell(q, await leadHandlers(q, s), '代表建议需重新办理', `代表对建议 ${s.number}《${s.title}》的答复不满意，请重新办理，${due} 前答复`)
      const lead = s.units.find((u) => u.role === 'lead')
      await tellResidents(q, s, ctx.services.now(), { title: '您反映的问题将重新办理', body: `代表对建议《${s.title}》的答复不满意，已要求${lead?.name ?? '承办单位'}重新办理`, status: '代表建议重新办理' })
    } else await setSuggestion(q, s.id, { status: 'closed', stamp: 'closed_at' })
  })
