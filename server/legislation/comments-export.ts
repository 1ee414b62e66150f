import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { LegislationEvent } from '../../src/core/legislation/schemas'
import type { ExportResult } from '../../src/core/stats/exports'
import { formatShanghai } from '../../src/core/time'
import type { FnContext } from '../runtime/context'
import { keepExport } from '../stats/exports'
import { forOpinionWork } from './opinions'
import { commentRows, type CommentRow as Row } from './participation-repository'

type Of<A extends LegislationEvent['action']> = Extract<LegislationEvent, { action: A }>

const COLUMNS: [string, number, (r: Row) => string | number | null][] = [
  ['条款', 12, (r) => r.label ?? '总体意见'], ['款', 6, (r) => r.clause], ['意见', 60, (r) => r.text], ['来源', 12, (r) => r.source],
  ['联系点', 20, (r) => r.point], ['时间', 18, (r) => formatShanghai(r.at)], ['处理情况', 40, (r) => (r.opinion ? `归入修改建议：${r.opinion}` : r.skipped ? `未采纳：${r.skipped}` : '')],
]

/**
 * `legislation commentsExport` (the office, the points' staff, the consultants): every comment people
 * gave, as an Excel sheet for the asking body, without names or phones; kept for its asker a day, audited.
 */
export async function exportComments(ctx: FnContext, e: Of<'commentsExport'>): Promise<ExportResult> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const c = await forOpinionWork(db, ctx, user, e.id)
  const rows = await commentRows(db, c.id)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('群众意见', { views: [{ state: 'frozen', ySplit: 2 }] })
  ws.columns = COLUMNS.map(([, width]) => ({ width }))
  ws.addRow([`《${c.title}》征求意见的群众意见（${rows.length} 条）`]).font = { bold: true, size: 14 }
  ws.addRow(COLUMNS.map(([h]) => h)).font = { bold: true }
  for (const r of rows) ws.addRow(COLUMNS.map(([, , value]) => value(r)))
  const id = randomUUID()
  const file = join(tmpdir(), `comments-${id}.xlsx`)
  try {
    await wb.xlsx.writeFile(file)
    return await keepExport(ctx.services, user, { id, file, ext: 'xlsx', kind: 'legislation', name: `《${c.title}》群众意见.xlsx`, rows: rows.length, detail: `《${c.title}》群众意见 ${rows.length} 条（不含姓名和手机号）` })
  } finally {
    await rm(file, { force: true })
  }
}
