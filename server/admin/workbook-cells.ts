import ExcelJS from 'exceljs'
import type { ColumnKind, NoticeKind } from '../../src/core/admin/workbook'

/**
 * A workbook's cells as the office typed them. A value Excel turned into something else (a code
 * read as a date, a time, an error, a formula with no result) is refused with what the cell holds
 * and what to do; a value whose meaning is certain (full-width digits, a phone with dashes, a date
 * written 2027年1月1日) is put in its one form, and the change is told as a notice.
 */

/** A cell's text and what was done to it; or why it cannot be taken. */
export type CellReading = { text: string; notes: NoticeKind[]; number?: number } | { refused: string }

/** Characters no one sees: zero-width and joiners, direction marks, the byte-order mark, soft hyphens, controls. */
// Control characters are exactly what is looked for here.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
/** Spaces (any width) between two Chinese characters of a name: 王芳 with a full-width space, 王 建国. The 间隔号 · stays. */
const NAME_GAP = /(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu
/** 2027-1-1, 2027/1/1, 2027.1.1, 2027年1月1日. */
const WRITTEN_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/
/** A mobile number written with its country code. */
const COUNTRY_CODE = /^(?:\+86|0086|86)(1\d{10})$/
/** An area code in brackets before a landline: (0355)1234567. */
const AREA_CODE = /^\((\d{3,4})\)\s*/

/** Text typed into a column of `kind`, in its one certain form, and the kinds of change made. */
export function normalise(kind: ColumnKind, typed: string): { text: string; notes: NoticeKind[] } {
  const notes: NoticeKind[] = []
  const step = (note: NoticeKind, next: string) => {
    if (next !== text) notes.push(note)
    text = next
  }
  let text = typed
  step('不可见字符', text.replace(INVISIBLE, ''))
  text = text.trim()
  if (kind === 'name') step('姓名空格', text.replace(NAME_GAP, ''))
  if (kind === 'text' || kind === 'name') return { text, notes }
  step('全角字符', text.normalize('NFKC').trim())
  if (kind === 'mobile') step('电话写法', text.replace(/[\s\-()[\]]/g, '').replace(COUNTRY_CODE, '$1'))
  if (kind === 'phone') step('电话写法', text.replace(AREA_CODE, '$1-'))
  if (kind === 'date') {
    const m = WRITTEN_DATE.exec(text)
    if (m) step('日期写法', `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`)
  }
  return { text, notes }
}

/** Number formats whose shown text is the number itself. */
const PLAIN_FORMATS = new Set(['', 'General', '0', '@'])
const redo = (kind: ColumnKind) => `请把这一列设为文本后重新输入${kind === 'code' ? '编码' : ''}`
const day = (d: Date) => d.toISOString().slice(0, 10)
const clock = (d: Date) => `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`

/** A value as exceljs gives it, without its formula: the formula's result, or why there is none. */
function valueOf(v: ExcelJS.CellValue): ExcelJS.CellValue | { refused: string } {
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as ExcelJS.CellFormulaValue
    if (f.result === undefined || f.result === null) return { refused: `这一格是公式（=${f.formula ?? ''}），文件里没有它算出的值；请在 Excel 中打开后保存一次，或把公式换成它的值` }
    return f.result as ExcelJS.CellValue
  }
  return v
}

/** A cell's text as typed: rich text and links as the text they show, a formula's result, a number as written. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (v && typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('')
  if (v && typeof v === 'object' && 'text' in v) return textOf((v as ExcelJS.CellHyperlinkValue).text)
  if (v && typeof v === 'object' && 'result' in v) return textOf((v as ExcelJS.CellFormulaValue).result)
  return ''
}

/** One cell of a column of `kind`, read as the office typed it (a merged cell reads as its first). */
export function readCell(cell: ExcelJS.Cell, kind: ColumnKind): CellReading {
  const v = valueOf(cell.value)
  if (v === null || v === undefined) return { text: '', notes: [] }
  if (typeof v === 'object' && 'refused' in v) return v
  if (typeof v === 'object' && 'error' in v) return { refused: `这一格是 Excel 的错误值 ${(v as ExcelJS.CellErrorValue).error}，请改成要填的内容` }
  if (typeof v === 'boolean') return { refused: `这一格是逻辑值 ${v ? 'TRUE' : 'FALSE'}，请改成要填的文字` }
  if (v instanceof Date) {
    // A time alone is a date before 1900 (Excel counts from 1899-12-30).
    const time = v.getTime() < Date.UTC(1900, 0, 1)
    if (kind === 'date' && !time) return { text: day(v), notes: [] }
    return { refused: time ? `这一格被 Excel 识别成了时间 ${clock(v)}，${redo(kind)}` : `这一格被 Excel 识别成了日期 ${day(v)}，${redo(kind)}` }
  }
  if (typeof v === 'number') {
    const format = cell.numFmt ?? ''
    if (kind === 'date') return { refused: `这一格是数字 ${v}，不是日期；请填写 2027-01-01 这样的日期` }
    if (kind === 'code' && !PLAIN_FORMATS.has(format)) return { refused: `这一格是数字 ${v}，Excel 按格式“${format}”显示，显示的样子不是存下的内容；${redo(kind)}` }
    if (kind === 'code' && !(Number.isSafeInteger(v) && v >= 0 && v < 1e11)) return { refused: `这一格是数字 ${v}，Excel 把编码当成了数字（会变成小数或科学计数）；${redo(kind)}` }
    return { text: String(v), notes: [], ...(kind === 'code' ? { number: v } : {}) }
  }
  return normalise(kind, textOf(v))
}
