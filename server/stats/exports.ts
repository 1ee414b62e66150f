import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { EXPORT_KEPT_HOURS, EXPORT_RUN_MINUTES } from '../../src/core/limits'
import type { ExportResult, ReportsEvent } from '../../src/core/stats/exports'
import { REPORT_DIMENSIONS } from '../../src/core/stats/report'
import { ranking } from '../accountability/points'
import { audit } from '../audit/audit'
import { casesToExport, exportedPhones } from '../cases/exporting'
import { urlOf } from '../media/store'
import { dropStoredInBatches } from '../media/uploads'
import type { FnContext } from '../runtime/context'
import type { Services } from '../runtime/services'
import { dropExportsBefore, endRun, insertExport, startRun } from './exports-repository'
import { reportFor } from './report'
import { writeCasesBook, writeRankingBook, writeReportBook } from './workbook'
import { writeSuggestionsBook } from '../suggestions/exporting'

/**
 * `reports export`: an Excel workbook of a handler's cases, of a period's report or of its points ranking, written to a
 * temporary file as the rows come, then kept in the media store under the asker's own folder
 * for a day. Only the asker is handed its address; the export is written down in the audit trail.
 */
export async function exportFor(ctx: FnContext, e: ReportsEvent): Promise<ExportResult> {
  const user = await ctx.requireUser()
  const { db, media } = ctx.services
  if (!media) throw errors.validation.exportUnavailable()
  // One at a time per person: an export holds a worker for seconds to minutes.
  if (!(await startRun(db, user.id, EXPORT_RUN_MINUTES))) throw errors.rateLimited.exportRunning()
  try {
    return await writeExport(ctx, user, e)
  } finally {
    await endRun(db, user.id)
  }
}

async function writeExport(ctx: FnContext, user: Viewer, e: ReportsEvent): Promise<ExportResult> {
  const id = randomUUID()
  const file = join(tmpdir(), `export-${id}.xlsx`)
  const period = e.from && e.to ? `${e.from}至${e.to}` : e.from ? `${e.from}起` : e.to ? `截至${e.to}` : '全部'
  try {
    let rows: number
    let name: string
    let detail: string
    if (e.kind === 'cases') {
      rows = await writeCasesBook(file, casesToExport(ctx.services, user, e))
      name = `诉求明细_${period}.xlsx`
      detail = `诉求明细 ${period}，共 ${rows} 条${exportedPhones(user) === 'whole' ? '（含完整手机号）' : ''}`
    } else if (e.kind === 'points') {
      const ranked = await ranking(ctx, e.from, e.to, e.stationCode)
      await writeRankingBook(file, `代表履职积分排名（${period}）`, ranked.rows)
      rows = ranked.rows.length
      name = `履职积分_${period}.xlsx`
      detail = `履职积分排名 ${period}，共 ${rows} 位代表`
    } else if (e.kind === 'suggestions') {
      rows = await writeSuggestionsBook(ctx, user, e, file)
      name = `代表建议办理情况_${period}.xlsx`
      detail = `代表建议办理情况 ${period}，共 ${rows} 条建议`
    } else {
      const reports = []
      for (const by of REPORT_DIMENSIONS) reports.push(await reportFor(ctx, { action: 'report', from: e.from, to: e.to, by, stationId: e.stationId, deputyId: e.deputyId }))
      await writeReportBook(file, `“五单”接待办理情况（${period}）`, reports)
      rows = reports[0].total.received
      name = `五单报表_${period}.xlsx`
      detail = `五单报表 ${period}，共 ${rows} 件诉求`
    }
    return await keepExport(ctx.services, user, { id, file, ext: 'xlsx', kind: e.kind, name, rows, detail })
  } finally {
    await rm(file, { force: true })
  }
}

/**
 * Keeps a written file (a workbook, a .docx) for its asker alone, for a day: stored in their own
 * folder, written down in the audit trail; answers its address for them.
 */
export async function keepExport(
  services: Services,
  user: Viewer,
  f: { id: string; file: string; ext: 'xlsx' | 'docx'; kind: ExportKind; name: string; rows: number; detail: string },
): Promise<ExportResult> {
  const { db, media } = services
  if (!media) throw errors.validation.exportUnavailable()
  const key = await media.putFile(`exports/${user.id}/${f.id}.${f.ext}`, f.file)
  await insertExport(db, { id: f.id, userId: user.id, key, kind: f.kind, rows: f.rows })
  await audit(db, { actorId: user.id, actorRole: user.role, districtId: user.districtId, kind: 'report.export', subjectId: f.id, detail: f.detail })
  const url = await urlOf(media, key)
  if (!url) throw errors.validation.exportUnavailable()
  return { url, name: f.name, rows: f.rows }
}

/** What an export holds: a report's kinds, and a contact point's opinions on a draft law. */
export type ExportKind = ReportsEvent['kind'] | 'legislation'

/** Removes exports past their day: their files, then marks them removed (the timer's chore). */
export function dropOldExports(services: Services): Promise<number> {
  const before = new Date(services.now().getTime() - EXPORT_KEPT_HOURS * 3_600_000)
  return dropStoredInBatches(services.media, (limit) => dropExportsBefore(services.db, before, limit))
}
