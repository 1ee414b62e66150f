import { z } from 'zod'
import { day, uuid } from '../fields'
import { REPORT_DAYS_MAX } from '../limits'
import { REPORT_DIMENSIONS } from './report'

/**
 * What `stats` takes: the funnel of a period, or its report grouped by month, category, station,
 * deputy or department; for a station or a deputy within the caller's scope.
 */

export const statsEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('funnel'),
      from: day('开始日期').optional(),
      to: day('结束日期').optional(),
      stationId: uuid('联络站').optional(),
      deputyId: uuid('代表').optional(),
    }),
    z
      .object({
        action: z.literal('report'),
        from: day('开始日期'),
        to: day('结束日期'),
        by: z.enum(REPORT_DIMENSIONS, { error: '不支持的分组方式' }),
        stationId: uuid('联络站').optional(),
        deputyId: uuid('代表').optional(),
      })
      .refine((e) => e.from <= e.to, { error: '开始日期不能晚于结束日期' })
      .refine((e) => Date.parse(e.to) - Date.parse(e.from) < REPORT_DAYS_MAX * 86_400_000, { error: '统计期间最长 5 年' }),
  ],
  { error: '不支持的操作' },
)

export type StatsEvent = z.infer<typeof statsEvent>
