import { REMIND_DAYS } from '../../src/core/suggestions/states'
import { shanghaiDay } from '../../src/core/time'
import { handlersOf, officeOf } from '../identity/accounts'
import { tell } from '../messaging/inbox'
import type { Services } from '../runtime/services'
import { addEvent, suggestionRow } from './suggestions-repository'
import { dueSuggestions, markProgressAsked, markReminded, markSuggestionOverdue, markViewReminded, progressDue, viewsDue } from './supervision-repository'

const BATCH = 500
/** A quarter without a progress report on a B answer. */
const PROGRESS_DAYS = 90

/**
 * The timer's chore for suggestions being handled: their units are reminded two weeks, then three
 * days, before the answer is due, and one unanswered past its due day is marked overdue once,
 * for the office's 督办 board (the office is told); an assisting unit's view, due a month from
 * 交办, is asked for three days before; a B answer's unit is asked for its progress when a quarter
 * passed without a report (回头看). A batch a minute; the rest the next.
 */
export async function remindSuggestions(services: Services): Promise<{ reminded: number; overdue: number }> {
  const today = shanghaiDay(services.now())
  const [first, last] = REMIND_DAYS
  const done = { reminded: 0, overdue: 0 }
  for (const due of await dueSuggestions(services.db, today, first, last, BATCH)) {
    await services.db.tx(async (q) => {
      const s = (await suggestionRow(q, due.id))!
      // The lead unit, and the assisting ones whose view is still missing.
      const units = await handlersOf(q, s.units.filter((u) => u.role === 'lead' || !u.view).map((u) => u.id))
      if (due.daysLeft < 0) {
        if (!(await markSuggestionOverdue(q, s.id))) return
        await addEvent(q, { suggestionId: s.id, action: 'overdue', actorId: null, actorRole: 'system', note: `已超过答复期限 ${due.dueOn}` })
        await tell(q, units, '代表建议已超期', `代表建议 ${s.number}《${s.title}》应于 ${due.dueOn} 前答复，现已超期，请尽快答复`)
        await tell(q, await officeOf(q, s.districtId), '代表建议已超期', `代表建议 ${s.number}《${s.title}》应于 ${due.dueOn} 前答复，现已超期`)
        done.overdue++
      } else if (await markReminded(q, s.id, due.daysLeft <= last ? last : first)) {
        await tell(q, units, '代表建议即将到期', `代表建议 ${s.number}《${s.title}》应于 ${due.dueOn} 前答复，还有 ${due.daysLeft} 天`)
        done.reminded++
      }
    })
  }
  // 协办 views: within a month of 交办, each missing one reminded once, three days before.
  for (const v of await viewsDue(services.db, today, last, BATCH)) {
    await services.db.tx(async (q) => {
      if (!(await markViewReminded(q, v.suggestionId, v.departmentId))) return
      await tell(q, await handlersOf(q, [v.departmentId]), '协办意见即将到期', `代表建议 ${v.number}《${v.title}》的协办意见应于 ${v.dueOn} 前送主办单位`)
      done.reminded++
    })
  }
  // 回头看: a B answer's unit is asked for its progress when a quarter passed without a report.
  for (const { id } of await progressDue(services.db, services.now(), PROGRESS_DAYS, BATCH)) {
    await services.db.tx(async (q) => {
      if (!(await markProgressAsked(q, id, services.now()))) return
      const s = (await suggestionRow(q, id))!
      await tell(q, await handlersOf(q, s.units.filter((u) => u.role === 'lead').map((u) => u.id)), '请报告建议办理进展', `代表建议 ${s.number}《${s.title}》答复为 B 类，已一个季度没有报告办理进展，请报告进展或宣布办结`)
      done.reminded++
    })
  }
  return done
}
