import { ROW_SCHEMAS } from '../../src/core/admin/schemas'
import { SHEET_NAMES, type SheetName, type WorkbookError } from '../../src/core/admin/workbook'
import type { SheetRows } from './workbook-file'

/** Every cell checked against its column's rule (a refused cell's error is given already); every row's own problems named, not just the first. */
export function checkCells(rows: SheetRows): WorkbookError[] {
  const errors: WorkbookError[] = []
  for (const sheet of SHEET_NAMES) {
    for (const { row, values, refused } of rows[sheet]) {
      for (const [column, schema] of Object.entries(ROW_SCHEMAS[sheet])) {
        if (refused?.includes(column)) continue
        const r = schema.safeParse(values[column] ?? '')
        if (!r.success) errors.push({ sheet, row, column, message: r.error.issues[0]?.message ?? '内容不正确' })
      }
    }
  }
  return errors
}

/** A key given twice in one sheet: the later row is the error. */
export function checkDuplicates(rows: SheetRows, keys: Record<SheetName, string>): WorkbookError[] {
  const errors: WorkbookError[] = []
  for (const sheet of SHEET_NAMES) {
    const seen = new Map<string, number>()
    for (const { row, values } of rows[sheet]) {
      const key = values[keys[sheet]]
      if (!key) continue
      const first = seen.get(key)
      if (first !== undefined) errors.push({ sheet, row, column: keys[sheet], message: `与第 ${first} 行重复` })
      else seen.set(key, row)
    }
  }
  return errors
}
