import ExcelJS from 'exceljs'
import { CASE_STATES } from '../../src/core/cases/states'
import { RATES, REPORT_BY, STAGE_LABELS, type Report, type ReportBy, type ReportRow, type StageDays } from '../../src/core/stats/report'
import { formatShanghai } from '../../src/core/time'
import type { RankingRow } from '../../src/core/accountability/types'
import type { CaseRowOut } from '../cases/exporting'

type Cell = string | number | null
interface Column<T> {
  header: string
  width: number
  value: (r: T) => Cell
  format?: string
}

const PERCENT = '0.0%'
const when = (iso: string | null) => (iso ? formatShanghai(iso) : null)

const CASE_COLUMNS: Column<CaseRowOut>[] = [
  { header: '诉求编号', width: 18, value: (c) => c.number },
  { header: '提交时间', width: 18, value: (c) => when(c.createdAt) },
  { header: '状态', width: 10, value: (c) => CASE_STATES[c.status].label },
  { header: '类别', width: 12, value: (c) => c.category },
  { header: '联络站', width: 20, value: (c) => c.stationName },
  { header: '代表', width: 10, value: (c) => c.deputies },
  { header: '承办部门', width: 16, value: (c) => c.departmentName },
  { header: '诉求内容', width: 60, value: (c) => c.text },
  { header: '地点', width: 24, value: (c) => c.address },
  { header: '联系电话', width: 14, value: (c) => c.phone },
  { header: '办结时间', width: 18, value: (c) => when(c.resolvedAt) },
  { header: '结果评价', width: 10, value: (c) => c.resultRating },
  { header: '是否超期', width: 10, value: (c) => (c.overdue ? '是' : '否') },
]

/** The seeds' 五单 table: what each station received, dispatched, had accepted and followed, and how the residents rated it. */
const FIVE_ORDER_COLUMNS: Column<ReportRow>[] = [
  { header: '联络站', width: 24, value: (r) => r.label },
  { header: '选民接单', width: 10, value: (r) => r.received },
  { header: '人大派单', width: 10, value: (r) => r.dispatched },
  { header: '部门接单', width: 10, value: (r) => r.accepted },
  { header: '代表跟单', width: 10, value: (r) => r.followed },
  { header: '群众评单', width: 10, value: (r) => r.rated },
  { header: '满意（含基本满意）', width: 18, value: (r) => r.satisfied },
  { header: '满意率', width: 10, value: (r) => r.satisfactionRate, format: PERCENT },
]

const reportColumns = (by: ReportBy): Column<ReportRow>[] => [
  { header: REPORT_BY[by], width: 24, value: (r) => r.label },
  ...FIVE_ORDER_COLUMNS.slice(1, 7),
  { header: '已响应', width: 10, value: (r) => r.responded },
  { header: '已办结', width: 10, value: (r) => r.resolved },
  { header: '曾超期', width: 10, value: (r) => r.overdue },
  ...(Object.keys(RATES) as (keyof typeof RATES)[]).map((k): Column<ReportRow> => ({ header: RATES[k], width: 10, value: (r) => r[k], format: PERCENT })),
  ...(Object.keys(STAGE_LABELS) as (keyof StageDays)[]).map((k): Column<ReportRow> => ({
    header: `${STAGE_LABELS[k]}（中位工作日）`,
    width: 14,
    value: (r) => r.medianDays[k],
  })),
]

/** A workbook written to disk as its rows come, each row let go once written, so memory stays flat whatever the size. */
const streamed = (file: string) => new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false })

function sheetOf<T>(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column<T>[], heading: string[] = []) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: heading.length + 1 }] })
  ws.columns = columns.map((c) => ({ width: c.width, style: c.format ? { numFmt: c.format } : {} }))
  for (const line of heading) {
    const row = ws.addRow([line])
    row.font = { bold: true, size: row.number === 1 ? 14 : 11 }
    row.commit()
  }
  const header = ws.addRow(columns.map((c) => c.header))
  header.font = { bold: true }
  header.commit()
  return {
    add(r: T, bold = false) {
      const row = ws.addRow(columns.map((c) => c.value(r)))
      if (bold) row.font = { bold: true }
      row.commit()
    },
    done: () => ws.commit(),
  }
}

/** The cases of an export, one row each; answers how many were written. */
export async function writeCasesBook(file: string, batches: AsyncIterable<CaseRowOut[]>): Promise<number> {
  const wb = streamed(file)
  const sheet = sheetOf(wb, '诉求明细', CASE_COLUMNS)
  let rows = 0
  for await (const batch of batches) {
    for (const c of batch) sheet.add(c)
    rows += batch.length
  }
  sheet.done()
  await wb.commit()
  return rows
}

/**
 * A period's report as one workbook: first the 五单 table by station in the shape the seeds
 * publish it (a row per station and the total), then the report by every grouping with its rates
 * and each stage's median working days.
 */
export async function writeReportBook(file: string, title: string, reports: Report[]): Promise<void> {
  const wb = streamed(file)
  const byStation = reports.find((r) => r.by === 'station')
  if (byStation) {
    const sheet = sheetOf(wb, '五单汇总', FIVE_ORDER_COLUMNS, [title, `统计期间：${byStation.from} 至 ${byStation.to}（按诉求提交日期）`])
    for (const r of byStation.rows) sheet.add(r)
    sheet.add({ ...byStation.total, label: '合计' }, true)
    sheet.done()
  }
  for (const report of reports) {
    const sheet = sheetOf(wb, `按${REPORT_BY[report.by]}`, reportColumns(report.by))
    for (const r of report.rows) sheet.add(r)
    sheet.add({ ...report.total, label: '合计' }, true)
    sheet.done()
  }
  await wb.commit()
}

const RANKING_COLUMNS: Column<RankingRow>[] = [
  { header: '名次', width: 8, value: (r) => r.rank },
  { header: '代表编码', width: 14, value: (r) => r.deputy.code },
  { header: '代表', width: 12, value: (r) => r.deputy.name },
  { header: '联络站', width: 24, value: (r) => r.station },
  { header: '积分', width: 10, value: (r) => r.total },
  { header: '等次', width: 10, value: (r) => r.band },
]

/** The points ranking of a period, one row a deputy. */
export async function writeRankingBook(file: string, title: string, rows: RankingRow[]): Promise<void> {
  const wb = streamed(file)
  const sheet = sheetOf(wb, '履职积分', RANKING_COLUMNS, [title])
  for (const r of rows) sheet.add(r)
  sheet.done()
  await wb.commit()
}
