import ExcelJS from 'exceljs'
import { distance } from 'fastest-levenshtein'
import { columnKind, SHEET_NAMES, SHEETS, type NoticeKind, type SheetName, type WorkbookError, type WorkbookNotice } from '../../src/core/admin/workbook'
import { normalise, readCell, textOf } from './workbook-cells'
import { loadWorkbook } from './xlsx-file'

/** A sheet's rows below its header: each cell's text by header, and the cells refused (their errors are given already). */
export type SheetRows = Record<SheetName, { row: number; values: Record<string, string>; refused?: string[] }[]>

/** The first rows, where a header row is looked for (title rows, blank rows and merged cells may stand above it). */
export const HEADER_SCAN = 10

/** A header as compared: what a person sees in it, spaces and marks of a required column (*) aside. */
const headerText = (v: ExcelJS.CellValue) => normalise('code', textOf(v)).text.replace(/[\s*]/g, '')

/** The row (of the first few) that holds most of a sheet's headers: its number, and each cell's header text. */
export function findHeader(sheet: ExcelJS.Worksheet, expected: readonly string[]): { row: number; cells: string[] } | null {
  let best: { row: number; cells: string[]; score: number } | null = null
  for (let n = 1; n <= Math.min(HEADER_SCAN, sheet.rowCount); n++) {
    const r = sheet.getRow(n)
    const cells = Array.from({ length: r.cellCount }, (_, i) => headerText(r.getCell(i + 1).value))
    const score = expected.filter((h) => cells.includes(h)).length
    if (score > (best?.score ?? 0)) best = { row: n, cells, score }
  }
  return best
}

/** The header a misspelt one most likely means: one that holds the other, or is a letter or two away. */
function closest(wanted: string, offered: string[]): string | null {
  const near = offered
    .map((c) => ({ c, d: c.includes(wanted) || wanted.includes(c) ? 0 : distance(c, wanted) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(wanted.length / 2)))
    .sort((a, b) => a.d - b.d)
  return near[0]?.c ?? null
}

/** Counts each kind of notice of a sheet, keeping the first few changes as examples. */
function noticeBook() {
  const notices = new Map<string, WorkbookNotice>()
  return {
    add(sheet: SheetName, kind: NoticeKind, example: WorkbookNotice['examples'][number]) {
      const n = notices.get(`${sheet}:${kind}`) ?? { sheet, kind, count: 0, examples: [] }
      notices.set(`${sheet}:${kind}`, n)
      n.count++
      if (n.examples.length < 3) n.examples.push(example)
    },
    list: () => [...notices.values()],
  }
}

/**
 * A code column's numbers that lost their leading zeros: the column's other codes are all digits,
 * start with 0 and are longer. Excel keeps 001 as the number 1 unless the column is text.
 */
function lostZeros(sheet: SheetName, rows: SheetRows[SheetName], numbers: Map<string, number>, errors: WorkbookError[]) {
  for (const column of SHEETS[sheet].filter((h) => columnKind(h) === 'code')) {
    const padded = rows.map((r) => r.values[column]).filter((v) => /^0\d+$/.test(v))
    if (!padded.length) continue
    const width = Math.min(...padded.map((v) => v.length))
    for (const r of rows) {
      const n = numbers.get(`${column}:${r.row}`)
      if (n === undefined || String(n).length >= width) continue
      errors.push({ sheet, row: r.row, column, message: `这一格是数字 ${n}，这一列的其他编码是以 0 开头的 ${width} 位，前面的 0 被 Excel 去掉了；请把这一列设为文本后重新输入编码` })
      r.refused = [...(r.refused ?? []), column]
      r.values[column] = ''
    }
  }
}

/**
 * Reads each sheet below its header row, found among the first rows and said where when it is not
 * the first. A missing or misspelt header is one error naming the closest, and the sheet is
 * skipped (its rows unread), so its consequences do not bury the rest. Every cell is read as
 * typed (see workbook-cells): refused cells are errors, certain changes notices.
 */
export async function readWorkbook(bytes: Buffer): Promise<{ rows: SheetRows; errors: WorkbookError[]; notices: WorkbookNotice[]; skipped: SheetName[] }> {
  const wb = new ExcelJS.Workbook()
  const errors: WorkbookError[] = []
  const notices = noticeBook()
  const rows = Object.fromEntries(SHEET_NAMES.map((n) => [n, []])) as unknown as SheetRows
  const whole = (message: string) => ({ rows, errors: [{ sheet: '站点' as const, row: 0, column: '', message }], notices: [], skipped: [...SHEET_NAMES] })
  const refused = await loadWorkbook(wb, bytes)
  if (refused) return whole(refused)
  const skipped: SheetName[] = []
  for (const name of SHEET_NAMES) {
    const sheet = wb.worksheets.find((w) => headerText(w.name) === name)
    const expected: readonly string[] = SHEETS[name]
    const header = sheet && findHeader(sheet, expected)
    if (!sheet || !header) {
      errors.push({ sheet: name, row: 0, column: '', message: sheet ? `前 ${HEADER_SCAN} 行里找不到表头（${expected.join('、')}），请按模板的表头填写` : `缺少工作表“${name}”` })
      skipped.push(name)
      continue
    }
    const offered = header.cells.filter((c) => c && !expected.includes(c))
    const missing = expected.filter((h) => !header.cells.includes(h))
    for (const h of missing) {
      const guess = closest(h, offered)
      errors.push({ sheet: name, row: header.row, column: h, message: guess ? `没有“${h}”列；“${guess}”是不是它？请把表头改成“${h}”` : `没有“${h}”列，请按模板补上这一列` })
    }
    if (missing.length) {
      skipped.push(name)
      continue
    }
    if (header.row > 1) notices.add(name, '表头位置', { row: header.row, column: '', from: '第 1 行', to: `第 ${header.row} 行` })
    const columns = expected.map((h) => header.cells.indexOf(h) + 1)
    const numbers = new Map<string, number>()
    sheet.eachRow((r, n) => {
      if (n <= header.row) return
      const values: Record<string, string> = {}
      const refused: string[] = []
      expected.forEach((h, i) => {
        const cell = r.getCell(columns[i])
        const read = readCell(cell, columnKind(h))
        if ('refused' in read) {
          errors.push({ sheet: name, row: n, column: h, message: read.refused })
          refused.push(h)
          values[h] = ''
          return
        }
        values[h] = read.text
        if (read.number !== undefined) numbers.set(`${h}:${n}`, read.number)
        for (const kind of read.notes) notices.add(name, kind, { row: n, column: h, from: textOf(cell.value), to: read.text })
      })
      if (refused.length || Object.values(values).some((v) => v !== '')) rows[name].push({ row: n, values, ...(refused.length ? { refused } : {}) })
    })
    lostZeros(name, rows[name], numbers, errors)
  }
  return { rows, errors, notices: notices.list(), skipped }
}

/** The workbook of the five sheets, each with its header row and these rows. */
export async function writeWorkbook(data: Record<SheetName, string[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  for (const name of SHEET_NAMES) {
    const sheet = wb.addWorksheet(name)
    sheet.addRow([...SHEETS[name]]).font = { bold: true }
    sheet.columns.forEach((c) => (c.width = 16))
    for (const r of data[name]) sheet.addRow(r)
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
