import type { ExportResult, reportsEvent } from '../../core/stats/exports'
import type { z } from 'zod'
import { callFunction } from './call'

type Asked = z.input<typeof reportsEvent> extends infer E ? (E extends unknown ? Omit<E, 'action'> : never) : never

/** `reports export`: an Excel workbook of the caller's cases or of a period's report, for the caller alone. */
export const exportWorkbook = (e: Asked) => callFunction<ExportResult>('reports', { action: 'export', ...e })
