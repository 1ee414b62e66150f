import { z } from 'zod'
import { caseSearch } from '../cases/schemas'
import { INBOX_FILTERS } from '../cases/transitions'
import { code, day, uuid } from '../fields'
import { REPORT_DAYS_MAX } from '../limits'

const action = z.literal('export', { error: '不支持的操作' })
const period = { from: day('开始日期'), to: day('结束日期') }
const inOrder = (e: { from?: string; to?: string }) => !e.from || !e.to || e.from <= e.to
const withinMax = (e: { from: string; to: string }) => Date.parse(e.to) - Date.parse(e.from) < REPORT_DAYS_MAX * 86_400_000

/**
 * What `reports` takes: an Excel export of the cases a handler's search finds, as the inbox
 * searches (each phone as that person may read it), or of a period's report — the 五单 table by station and the
 * report by every grouping — or of the 履职积分 ranking, or of the 代表建议 handled (the office), within the caller's scope.
 */
export const reportsEvent = z.discriminatedUnion(
  'kind',
  [
    z
      .object({ action, kind: z.literal('cases'), filter: z.enum(INBOX_FILTERS, { error: '不支持的筛选' }).default('all'), ...caseSearch })
      .refine(inOrder, { error: '开始日期不能晚于结束日期' }),
    z
      .object({ action, kind: z.literal('report'), ...period, stationId: uuid('联络站').optional(), deputyId: uuid('代表').optional() })
      .refine(inOrder, { error: '开始日期不能晚于结束日期' })
      .refine(withinMax, { error: '导出期间最长 5 年' }),
    z
      .object({ action, kind: z.literal('points'), ...period, stationCode: code('联络站').optional() })
      .refine(inOrder, { error: '开始日期不能晚于结束日期' })
      .refine(withinMax, { error: '导出期间最长 5 年' }),
    z
      .object({ action, kind: z.literal('suggestions'), ...period })
      .refine(inOrder, { error: '开始日期不能晚于结束日期' })
      .refine(withinMax, { error: '导出期间最长 5 年' }),
  ],
  { error: '不支持的导出内容' },
)

export type ReportsEvent = z.infer<typeof reportsEvent>

/** What an export answers: where to download the workbook (only its asker can), its file name, and how many cases it holds. */
export interface ExportResult {
  url: string
  name: string
  rows: number
}
