import { z } from 'zod'

/** An upload becomes an attachment: the key is where the file was stored (a cloud fileID, or a host path). */
export const mediaEvent = z.discriminatedUnion(
  'action',
  [z.object({ action: z.literal('register'), key: z.string({ error: '缺少文件' }).min(1).max(512, { error: '文件标识过长' }) })],
  { error: '不支持的操作' },
)
