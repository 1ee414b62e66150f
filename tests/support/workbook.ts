import ExcelJS from 'exceljs'
import { SHEETS, SHEET_NAMES, type SheetName } from '../../src/core/admin/workbook'

/** A workbook as a district's office would fill it in: the template's headers, then rows. */
export async function workbookOf(rows: Partial<Record<SheetName, (string | number | Date)[][]>>, headers = SHEETS): Promise<string> {
  const wb = new ExcelJS.Workbook()
  for (const name of SHEET_NAMES) {
    const sheet = wb.addWorksheet(name)
    sheet.addRow([...headers[name]])
    for (const r of rows[name] ?? []) sheet.addRow(r)
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

/** The sheets and rows of a workbook the server answered. */
export async function sheetsOf(base64: string): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  const out: Record<string, string[][]> = {}
  wb.eachSheet((sheet) => {
    out[sheet.name] = []
    sheet.eachRow((r) => out[sheet.name].push((r.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))))
  })
  return out
}

/** A district the size of 潞州's: 66 stations, 612 deputies of five levels, 12 departments, 10 categories, a year's holidays. */
export function luzhouSized() {
  const levels = ['全国', '省', '市', '县区', '乡镇']
  const stations = Array.from({ length: 66 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0')
    return [`ZS${n}`, `第${i + 1}联络站`, i % 11 === 0 ? '代表之家' : '联络站', `第${(i % 9) + 1}街道`, `第${i + 1}社区`, `潞州区某路 ${i + 1} 号`, 36.1 + i / 1000, 113.1 + i / 1000, '工作日 9:00–17:00', '0355-1234567']
  })
  const deputies = Array.from({ length: 612 }, (_, i) => [
    `ZD${String(i + 1).padStart(4, '0')}`, `代表${i + 1}`, i % 7 === 0 ? `${levels[i % 5]}、${levels[(i + 1) % 5]}` : levels[i % 5], i % 3 === 0 ? '社区主任' : '',
    `ZS${String((i % 66) + 1).padStart(3, '0')}`, '', i % 50 === 49 ? '离任' : '在任',
  ])
  const departments = Array.from({ length: 12 }, (_, i) => [`DP${String(i + 1).padStart(2, '0')}`, `区第${i + 1}局`])
  const categories = Array.from({ length: 10 }, (_, i) => [`导入类别${i + 1}`, i < 8 ? `DP${String(i + 1).padStart(2, '0')}` : ''])
  const holidays = [
    ['2027-01-01', '休', '元旦'], ['2027-02-06', '休', '春节'], ['2027-02-07', '休', '春节'], ['2027-02-08', '休', '春节'],
    ['2027-02-14', '班', '春节调休'], ['2027-04-05', '休', '清明节'], ['2027-05-01', '休', '劳动节'], ['2027-10-01', '休', '国庆节'],
  ]
  return { 站点: stations, 代表: deputies, 部门: departments, 类别: categories, 节假日: holidays }
}
