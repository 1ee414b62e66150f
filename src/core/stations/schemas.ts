import { z } from 'zod'
import { code, day, position, uuid } from '../fields'
import { ROTATION_PERIODS } from '../reception/roster'

/** What `stations` takes: the directory, a station's page and QR code, and its roster. */

export const stationsEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('list'),
      near: position.optional(),
      q: z.string().trim().max(30, { error: '搜索词不能超过 30 个字' }).optional(),
    }),
    z
      .object({ action: z.literal('get'), id: uuid('联络站').optional(), code: code('联络站').optional() })
      .refine((e) => (e.id === undefined) !== (e.code === undefined), { error: '请指定一个联络站' }),
    z.object({ action: z.literal('qr'), id: uuid('联络站') }),
    z
      .object({
        action: z.literal('saveRoster'),
        id: uuid('联络站'),
        fixed: z.array(uuid('代表')).max(20),
        rotating: z.array(uuid('代表')).max(50),
        period: z.enum(ROTATION_PERIODS, { error: '请选择轮值周期' }),
        startsOn: day('轮值开始日期'),
      })
      .refine((e) => new Set([...e.fixed, ...e.rotating]).size === e.fixed.length + e.rotating.length, { error: '同一位代表不能重复排班' }),
  ],
  { error: '不支持的操作' },
)

export type StationsEvent = z.infer<typeof stationsEvent>
