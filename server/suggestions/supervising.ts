import { errors } from '../../src/core/errors'
import { findWorkday } from '../../src/core/calendar'
import { suggestionDue } from '../../src/core/suggestions/deadlines'
import { EXTENDED_MONTHS_MAX } from '../../src/core/suggestions/states'
import { shanghaiDay } from '../../src/core/time'
import { calendarOf } from '../districts/districts'
import { officeOf } from '../identity/accounts'
import { tell } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import { event, leadHandlers, move, type Of } from './moves'
import { forMove } from './suggestion-guard'
import { setSuggestion } from './suggestions-repository'
import { addExtension, askRedirect, decideExtension, isOfficeLeader, setMilestones } from './supervision-repository'

/** 督办 of suggestions: a unit's requests (调整, 延期) and the office's answers to them, 重点督办, and pressing an overdue one. */

/** `suggestions redirect` (the lead unit, before signing): asks the office for another unit; the office decides by handing it out again. */
export const redirectSuggestion = (ctx: FnContext, e: Of<'redirect'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'redirect')
    await askRedirect(q, s.id, user.departmentId!, e.reason)
    await setSuggestion(q, s.id, {})
    await event(q, s, user, 'redirect', e.reason)
    await tell(q, await officeOf(q, s.districtId), '承办单位申请调整', `代表建议 ${s.number}《${s.title}》的主办单位申请调整：${e.reason}`)
  })

/** `suggestions extend` (the lead unit): more time, to a day after the current due day and within 6 months of 交办; the office decides. */
export const extendSuggestion = (ctx: FnContext, e: Of<'extend'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'extend')
    const latest = suggestionDue(s.assignedOn!, EXTENDED_MONTHS_MAX, await calendarOf(q, s.districtId))
    if (!s.dueOn || e.until <= s.dueOn || e.until > latest) throw errors.validation.extensionUntil(latest)
    await addExtension(q, { suggestionId: s.id, departmentId: user.departmentId!, userId: user.id, until: e.until, reason: e.reason })
    await setSuggestion(q, s.id, {})
    await event(q, s, user, 'extend', `申请延期至 ${e.until}：${e.reason}`)
    await tell(q, await officeOf(q, s.districtId), '承办单位申请延期', `代表建议 ${s.number}《${s.title}》的主办单位申请延期至 ${e.until}：${e.reason}`)
  })

/** `suggestions decideExtension` (office): approved, the due day moves (to a working day) and its reminders start afresh; the unit is told either way. */
export const decideExtensionOf = (ctx: FnContext, e: Of<'decideExtension'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'decideExtension')
    const until = await decideExtension(q, s.id, { approved: e.approve, userId: user.id, reason: e.reason ?? null })
    const due = findWorkday(await calendarOf(q, s.districtId), 0, until)
    await setSuggestion(q, s.id, e.approve ? { due_on: due } : {})
    const said = e.approve ? `同意延期至 ${due}` : `不同意延期：${e.reason}`
    await event(q, s, user, 'decideExtension', said)
    await tell(q, await leadHandlers(q, s), '延期申请的审批结果', `代表建议 ${s.number}《${s.title}》：人大办${said}`)
  })

/** `suggestions prioritize` (office): 重点督办, with a leader of the office who supervises it and its milestones. */
export const prioritizeSuggestion = (ctx: FnContext, e: Of<'prioritize'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'prioritize')
    if (e.leaderUserId && !(await isOfficeLeader(q, s.districtId, e.leaderUserId))) throw errors.validation.suggestionLeader()
    if (e.milestones) await setMilestones(q, s.id, e.milestones)
    await setSuggestion(q, s.id, { key_suggestion: true, ...(e.leaderUserId ? { leader_id: e.leaderUserId } : {}) })
    await event(q, s, user, 'prioritize', e.milestones?.length ? `办理节点 ${e.milestones.length} 个：${e.milestones.map((m) => `${m.title}（${m.due}）`).join('、')}` : null)
    if (e.leaderUserId) await tell(q, [e.leaderUserId], '请督办重点建议', `代表建议 ${s.number}《${s.title}》已列为重点督办，由您督办`)
    await tell(q, await leadHandlers(q, s), '代表建议列为重点督办', `代表建议 ${s.number}《${s.title}》已列为重点督办，请按办理节点报告进展`)
  })

/** `suggestions supervise` (office): presses an overdue suggestion's lead unit, at most once a day; its leader hears too. */
export const superviseSuggestion = (ctx: FnContext, e: Of<'supervise'>) =>
  move(ctx, e.id, async (q, user) => {
    const s = await forMove(q, user, e.id, 'supervise', undefined, shanghaiDay(ctx.services.now()))
    const note = e.note || '已超过答复期限，请抓紧办理'
    await setSuggestion(q, s.id, { stamp: 'supervised_at' })
    await event(q, s, user, 'supervise', note)
    await tell(q, await leadHandlers(q, s), '人大办督办', `代表建议 ${s.number}《${s.title}》应于 ${s.dueOn} 前答复，人大办督办：${note}`)
  })
