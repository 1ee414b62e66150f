import { z } from 'zod'
import { day, uuid } from '../fields'

/** What `stats` takes: the funnel of a period, for a station or a deputy within the caller's scope. */

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
  ],
  { error: '不支持的操作' },
)

export type StatsEvent = z.infer<typeof statsEvent>
