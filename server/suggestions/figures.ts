import { errors } from '../../src/core/errors'
import { share } from '../../src/core/stats/report'
import type { SuggestionFigures, UnitFigures } from '../../src/core/suggestions/figures'
import { GRADES, type Grade } from '../../src/core/suggestions/states'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import { districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { deputyFigures, unitFigures, type FiguresScope } from './figures-repository'
import type { Of } from './moves'

const noGrades = () => Object.fromEntries(Object.keys(GRADES).map((g) => [g, 0])) as Record<Grade, number>

const COUNTS = ['lead', 'assist', 'signedOnTime', 'answered', 'answeredOnTime', 'contacted', 'rated', 'satisfied', 'rehandled', 'overdue'] as const

/** The district's totals: each count summed over the units' rows (a suggestion has one lead unit, so the lead columns add up to the district's). */
function totalOf(units: Omit<UnitFigures, 'satisfactionRate'>[]): SuggestionFigures['total'] {
  const t = { ...Object.fromEntries(COUNTS.map((k) => [k, 0])), grades: noGrades() } as Omit<SuggestionFigures['total'], 'satisfactionRate'>
  for (const u of units) {
    for (const k of COUNTS) t[k] += u[k]
    for (const g of Object.keys(GRADES) as Grade[]) t.grades[g] += u.grades[g]
  }
  return { ...t, satisfactionRate: share(t.satisfied, t.rated) }
}

/**
 * `suggestions figures` (the office; a unit sees its own row): the suggestions handed out in a
 * period (or of a session), by unit — the 建议办理情况汇总表 — and by deputy, with the totals.
 */
export async function suggestionFigures(ctx: FnContext, e: Of<'figures'>): Promise<SuggestionFigures> {
  const user = await ctx.requireUser()
  if (user.role !== 'office' && user.role !== 'department') throw errors.forbidden.suggestionMove('只有人大办和承办单位可以查看建议办理统计')
  const scope: FiguresScope = {
    districtId: districtOfViewer(user), start: shanghaiDayStart(e.from), end: shanghaiDayEnd(e.to), session: e.session ?? null,
    departmentId: user.role === 'department' ? user.departmentId : null,
  }
  const { db } = ctx.services
  const units = await unitFigures(db, scope)
  const deputies = user.role === 'office' ? await deputyFigures(db, scope) : []
  return {
    from: e.from, to: e.to, session: scope.session,
    total: totalOf(units),
    units: units.map((u) => ({ ...u, satisfactionRate: share(u.satisfied, u.rated) })),
    deputies: deputies.map((d) => ({ ...d, satisfactionRate: share(d.satisfied, d.rated) })),
  }
}
