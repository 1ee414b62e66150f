import { z } from 'zod'
import { position } from '../fields'

/** What `places` takes: the place at a position, and places matching a few typed words. */
export const placesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('here'), ...position.shape }),
    z.object({
      action: z.literal('search'),
      keyword: z.string({ error: '请输入地点名称' }).trim().min(1, { error: '请输入地点名称' }).max(30, { error: '地点名称不能超过 30 个字' }),
      near: position.optional(),
    }),
  ],
  { error: '不支持的操作' },
)

export type PlacesEvent = z.infer<typeof placesEvent>
