import ExcelJS from 'exceljs'
import yauzl from 'yauzl'
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

/**
 * What a district's workbook may unpack to: a real one of a whole district (hundreds of deputies)
 * is well under a megabyte; a file that claims more is refused before anything is unpacked.
 */
export const WORKBOOK_UNPACKED_MAX = 20 * 1024 * 1024
const WORKBOOK_ENTRIES_MAX = 500

/**
 * What an .xlsx (a zip) unpacks to, entries and bytes, stopping as soon as it is past the bounds;
 * each entry is inflated and thrown away, so a file that lies about its sizes is caught (yauzl
 * fails an entry that inflates past the size it declared). null: no zip at all.
 */
function unpackedSize(bytes: Buffer): Promise<{ entries: number; bytes: number } | null> {
  return new Promise((done) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return done(null)
      const seen = { entries: 0, bytes: 0 }
      const stop = (out: typeof seen | null) => (zip.close(), done(out))
      zip.on('entry', (e: yauzl.Entry) => {
        seen.entries++
        seen.bytes += e.uncompressedSize
        if (seen.entries > WORKBOOK_ENTRIES_MAX || seen.bytes > WORKBOOK_UNPACKED_MAX) return stop(seen)
        // An entry that cannot be read through, or inflates past what it declared, counts as too much.
        const lied = () => stop({ ...seen, bytes: Infinity })
        zip.openReadStream(e, (failed, stream) => {
          if (failed || !stream) return lied()
          stream.on('error', lied).on('end', () => zip.readEntry()).resume()
        })
      })
      zip.on('end', () => done(seen))
      zip.on('error', () => done(null))
      zip.readEntry()
    })
  })
}

/** Reads the five sheets by their header rows; a missing sheet or header is an error of its own. */
export async function readWorkbook(bytes: Buffer): Promise<{ rows: SheetRows; errors: WorkbookError[] }> {
  const wb = new ExcelJS.Workbook()
  const errors: WorkbookError[] = []
  const rows = Object.fromEntries(SHEET_NAMES.map((n) => [n, []])) as unknown as SheetRows
  const size = await unpackedSize(bytes)
  if (size && (size.bytes > WORKBOOK_UNPACKED_MAX || size.entries > WORKBOOK_ENTRIES_MAX)) {
    return { rows, errors: [{ sheet: '站点', row: 0, column: '', message: `文件解压后超过 ${WORKBOOK_UNPACKED_MAX / 1024 / 1024} MB，不像是本区的数据表；请用模板重新填写后导入` }] }
  }
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
