import ExcelJS from 'exceljs'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import type { DeputySuggestionFigures, UnitFigures } from '../../src/core/suggestions/figures'
import { GRADES, SUGGESTION_STATES, type Grade, type SuggestionStatus } from '../../src/core/suggestions/states'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import type { FnContext } from '../runtime/context'
import { suggestionFigures } from './figures'
import { suggestionLines, type SuggestionLine } from './figures-repository'

type Column<T> = [header: string, width: number, value: (r: T) => string | number | null, format?: string]
const PERCENT = '0.0%'
const grades = <T extends { grades: Record<Grade, number> }>(): Column<T>[] => (Object.keys(GRADES) as Grade[]).map((g) => [`${g} 类`, 7, (r: T) => r.grades[g]])

const UNIT_COLUMNS: Column<UnitFigures>[] = [
  ['承办单位', 24, (r) => r.name], ['主办', 7, (r) => r.lead], ['协办', 7, (r) => r.assist], ['按时签收', 10, (r) => r.signedOnTime],
  ['已答复', 8, (r) => r.answered], ['按期答复', 10, (r) => r.answeredOnTime], ['答复前联系代表', 14, (r) => r.contacted], ...grades<UnitFigures>(),
  ['代表评价', 10, (r) => r.rated], ['满意（含基本满意）', 18, (r) => r.satisfied], ['满意率', 10, (r) => r.satisfactionRate, PERCENT],
  ['重新办理', 10, (r) => r.rehandled], ['现超期', 8, (r) => r.overdue],
]
const DEPUTY_COLUMNS: Column<DeputySuggestionFigures>[] = [
  ['代表编码', 12, (r) => r.code], ['代表', 10, (r) => r.name], ['领衔', 7, (r) => r.led], ['附议', 7, (r) => r.joined], ['已答复', 8, (r) => r.answered],
  ...grades<DeputySuggestionFigures>(), ['已评价', 8, (r) => r.rated], ['满意（含基本满意）', 18, (r) => r.satisfied], ['满意率', 10, (r) => r.satisfactionRate, PERCENT],
]
const LINE_COLUMNS: Column<SuggestionLine>[] = [
  ['建议编号', 18, (r) => r.number], ['标题', 36, (r) => r.title], ['类型', 10, (r) => (r.session ? `${r.kind}（${r.session}）` : r.kind)], ['提出代表', 20, (r) => r.deputies],
  ['主办单位', 20, (r) => r.leadUnit], ['协办单位', 20, (r) => r.assistUnits], ['交办日期', 12, (r) => r.assignedOn], ['答复期限', 12, (r) => r.dueOn],
  ['办理状态', 14, (r) => SUGGESTION_STATES[r.status as SuggestionStatus]?.label ?? r.status], ['答复类别', 8, (r) => r.grade], ['答复内容', 60, (r) => r.answer],
  ['答复日期', 12, (r) => r.answeredOn], ['领衔代表评价', 12, (r) => r.rating], ['联系代表次数', 12, (r) => r.contacts],
]

function sheet<T>(wb: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: T[], heading: string[] = [], total?: T) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: heading.length + 1 }] })
  ws.columns = columns.map(([, width, , format]) => ({ width, style: format ? { numFmt: format } : {} }))
  for (const line of heading) ws.addRow([line]).font = { bold: true, size: 14 }
  ws.addRow(columns.map(([header]) => header)).font = { bold: true }
  for (const r of rows) ws.addRow(columns.map(([, , value]) => value(r)))
  if (total) ws.addRow(columns.map(([, , value]) => value(total))).font = { bold: true }
}

/**
 * `reports export` of kind `suggestions` (the office): the 建议办理情况汇总表 by unit with the
 * district's total, the figures by deputy, and every suggestion with its answer, for a period of 交办.
 */
export async function writeSuggestionsBook(ctx: FnContext, user: Viewer, e: { from: string; to: string }, file: string): Promise<number> {
  if (user.role !== 'office') throw errors.forbidden.suggestionMove('只有人大办可以导出建议办理情况')
  const figures = await suggestionFigures(ctx, { action: 'figures', from: e.from, to: e.to })
  const lines = await suggestionLines(ctx.services.db, { districtId: user.districtId!, start: shanghaiDayStart(e.from), end: shanghaiDayEnd(e.to), session: null, departmentId: null })
  const wb = new ExcelJS.Workbook()
  const title = `代表建议办理情况汇总表（${e.from} 至 ${e.to} 交办）`
  sheet(wb, '建议办理情况汇总表', UNIT_COLUMNS, figures.units, [title], { ...figures.total, name: '合计' })
  sheet(wb, '按代表', DEPUTY_COLUMNS, figures.deputies)
  sheet(wb, '建议及答复明细', LINE_COLUMNS, lines)
  await wb.xlsx.writeFile(file)
  return lines.length
}
