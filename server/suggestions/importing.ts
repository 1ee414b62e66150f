import ExcelJS from 'exceljs'
import { errors } from '../../src/core/errors'
import { checkImportRow, IMPORT_COLUMNS, IMPORT_SHEET, type ImportedSuggestion, type ImportProblem, type ImportResult, type ImportRow } from '../../src/core/suggestions/import'
import { suggestionDue } from '../../src/core/suggestions/deadlines'
import { shanghaiDay } from '../../src/core/time'
import { findHeader } from '../admin/workbook-file'
import { readCell } from '../admin/workbook-cells'
import { loadWorkbook } from '../admin/xlsx-file'
import { audit } from '../audit/audit'
import { districtById, districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { importedBefore, importLookups, insertImported, keepNumberAbove, takenNumbers } from './importing-repository'
import type { Of } from './moves'
import { deputyStation } from '../stations/stations'
import { nextNumber } from './suggestions-repository'

const HEADERS = IMPORT_COLUMNS.map((c) => c.replace('*', ''))
const KIND = (h: string) => (h.endsWith('日期') ? 'date' : h.endsWith('编码') || h === '建议编号' ? 'code' : 'text')

/** The sheet's rows below its header, each cell read by its column's kind (a date typed as a date, a code as typed); refused cells are problems. */
function rowsOf(wb: ExcelJS.Workbook, problems: ImportProblem[]): { row: number; values: ImportRow }[] {
  const sheet = wb.worksheets.find((w) => w.name.trim() === IMPORT_SHEET) ?? wb.worksheets[0]
  const header = sheet && findHeader(sheet, HEADERS)
  const missing = HEADERS.filter((h) => !header?.cells.includes(h))
  if (!sheet || !header || missing.some((h) => IMPORT_COLUMNS.includes(`${h}*` as never))) {
    problems.push({ row: 0, column: '', message: `没有找到“${IMPORT_SHEET}”表的表头，或缺少这些列：${missing.join('、')}；请用模板填写` })
    return []
  }
  const rows: { row: number; values: ImportRow }[] = []
  sheet.eachRow((r, n) => {
    if (n <= header.row) return
    const values: ImportRow = {}
    HEADERS.forEach((h) => {
      const at = header.cells.indexOf(h)
      if (at < 0) return
      const read = readCell(r.getCell(at + 1), KIND(h))
      if ('refused' in read) problems.push({ row: n, column: h, message: read.refused })
      else values[h] = read.text
    })
    if (Object.values(values).some(Boolean)) rows.push({ row: n, values })
  })
  return rows
}

/**
 * `suggestions import` (the office): a year's suggestions handled on paper, from the 代表建议
 * sheet, so that the district's history and figures are whole. Every row is checked first; while
 * any has a problem (or on a dry run) nothing is written. Numbers typed from paper are kept and
 * the year's counter moved past them; rows without one are numbered in their 交办 year.
 */
export async function importSuggestions(ctx: FnContext, e: Of<'import'>): Promise<ImportResult> {
  const user = await ctx.requireUser()
  if (user.role !== 'office') throw errors.forbidden.suggestionMove('只有人大办可以导入往年的代表建议')
  const districtId = districtOfViewer(user)
  const { db } = ctx.services
  const dryRun = !!e.dryRun
  const wb = new ExcelJS.Workbook()
  const refused = await loadWorkbook(wb, Buffer.from(e.workbook, 'base64'))
  if (refused) return { rows: 0, problems: [{ row: 0, column: '', message: refused }], imported: 0, dryRun }
  const problems: ImportProblem[] = []
  const rows = rowsOf(wb, problems)
  const district = await districtById(db, districtId)
  const found = await importLookups(db, districtId)
  const lookups = { categories: district.categories, deputyByCode: new Map(found.deputies.map((d) => [d.code.toUpperCase(), d.id])), unitByName: new Map(found.units.map((u) => [u.name, u.id])), today: shanghaiDay(ctx.services.now()) }
  const items: ImportedSuggestion[] = []
  for (const r of rows) {
    const checked = checkImportRow(r.row, r.values, lookups)
    problems.push(...checked.problems)
    if (checked.item) items.push(checked.item)
  }
  const numbers = items.flatMap((x) => (x.number ? [x.number] : []))
  for (const [i, n] of numbers.entries()) if (numbers.indexOf(n) !== i) problems.push({ row: items.find((x) => x.number === n)!.row, column: '建议编号', message: `建议编号 ${n} 在表中重复` })
  for (const n of await takenNumbers(db, numbers)) problems.push({ row: items.find((x) => x.number === n)!.row, column: '建议编号', message: `建议编号 ${n} 已经存在` })
  for (const x of items) if (!x.number && (await importedBefore(db, districtId, x))) problems.push({ row: x.row, column: '标题', message: '同一代表同一天交办的这条建议已经导入过' })
  if (problems.length || dryRun) return { rows: rows.length, problems: problems.sort((a, b) => a.row - b.row), imported: 0, dryRun }
  const ours = new RegExp(`^${district.casePrefix}-JY-(\\d{4})-(\\d+)$`)
  await db.tx(async (q) => {
    // The counters first pass every number typed from paper, so none is given again below.
    for (const typed of numbers.map((n) => n.match(ours)).filter((m) => !!m)) await keepNumberAbove(q, districtId, Number(typed[1]), Number(typed[2]))
    for (const x of items) {
      const year = Number(x.assignedOn.slice(0, 4))
      const number = x.number ?? `${district.casePrefix}-JY-${year}-${String(await nextNumber(q, districtId, year)).padStart(4, '0')}`
      await insertImported(q, { ...x, number, districtId, stationId: await deputyStation(q, x.leadDeputyId), dueOn: suggestionDue(x.assignedOn, district.suggestionTerms.answerMonths, district.calendar), by: user.id })
    }
    await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'data.change', subjectId: user.id, detail: `导入纸质办理的代表建议 ${items.length} 条` })
  })
  return { rows: rows.length, problems: [], imported: items.length, dryRun }
}
