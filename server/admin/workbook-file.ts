import ExcelJS from 'exceljs'
import { SHEET_NAMES, SHEETS, type SheetName, type WorkbookError } from '../../src/core/admin/workbook'

export type SheetRows = Record<SheetName, { row: number; values: Record<string, string> }[]>

/** A cell as the text a person sees: a date as YYYY-MM-DD, rich text joined, a formula's result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim()
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue)
    if ('text' in v) return String(v.text).trim()
    return ''
  }
  return String(v).trim()
}

/** Reads the five sheets by their header rows; a missing sheet or header is an error of its own. */
export async function readWorkbook(bytes: Buffer): Promise<{ rows: SheetRows; errors: WorkbookError[] }> {
  const wb = new ExcelJS.Workbook()
  const errors: WorkbookError[] = []
  const rows = Object.fromEntries(SHEET_NAMES.map((n) => [n, []])) as unknown as SheetRows
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    return { rows, errors: [{ sheet: '站点', row: 0, column: '', message: '无法读取这个文件，请用模板填写后另存为 .xlsx' }] }
  }
  for (const name of SHEET_NAMES) {
    const sheet = wb.getWorksheet(name)
    if (!sheet) {
      errors.push({ sheet: name, row: 0, column: '', message: `缺少工作表“${name}”` })
      continue
    }
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText)
    const columns = SHEETS[name].map((h) => header.indexOf(h))
    SHEETS[name].forEach((h, i) => columns[i] < 0 && errors.push({ sheet: name, row: 1, column: h, message: `缺少表头“${h}”` }))
    if (columns.some((c) => c < 0)) continue
    sheet.eachRow((r, n) => {
      if (n === 1) return
      const cells = (r.values as ExcelJS.CellValue[]).slice(1)
      const values = Object.fromEntries(SHEETS[name].map((h, i) => [h, cellText(cells[columns[i]])]))
      if (Object.values(values).some((v) => v !== '')) rows[name].push({ row: n, values })
    })
  }
  return { rows, errors }
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
