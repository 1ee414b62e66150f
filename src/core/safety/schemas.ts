import { z } from 'zod'
import { cursor, text, uuid } from '../fields'
import { REASON_MAX } from '../limits'
import { REPORT_REASONS, REPORTABLE_KINDS } from './types'

const word = z
  .string({ error: '请填写敏感词' })
  .trim()
  .min(1, { error: '敏感词不能为空' })
  .max(30, { error: '每个敏感词不能超过 30 个字' })
const words = z.array(word, { error: '敏感词应为列表' }).max(500, { error: '一次最多 500 个敏感词' })

/** What `safety` takes: the word list, the 审核 queue, 举报, and WeChat's pushed picture results. */
export const safetyEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('words'), add: words.optional(), remove: words.optional(), outcome: z.enum(['refuse', 'hold'], { error: '请选择拒绝或待审' }).optional() }),
    z.object({ action: z.literal('queue'), cursor }),
    z.object({ action: z.literal('release'), id: uuid('审核项'), version: z.number({ error: '缺少版本号' }).int() }),
    z.object({ action: z.literal('refuse'), id: uuid('审核项'), version: z.number({ error: '缺少版本号' }).int(), reason: text('不予通过的理由', 2, REASON_MAX) }),
    z.object({
      action: z.literal('report'),
      kind: z.enum(REPORTABLE_KINDS, { error: '不能举报这类内容' }),
      id: uuid('举报的内容'),
      reason: z.enum(REPORT_REASONS, { error: '请选择举报理由' }),
    }),
    // WeChat's pushed result of a picture check (wxa_media_check), as the cloud entry hands it on.
    z.object({
      action: z.literal('mediaResult'),
      traceId: z.string().min(1).max(128),
      suggest: z.enum(['pass', 'review', 'risky']),
      label: z.union([z.number(), z.string().max(64)]).optional(),
    }),
  ],
  { error: '不支持的操作' },
)

export type SafetyEvent = z.infer<typeof safetyEvent>
