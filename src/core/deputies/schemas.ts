import { z } from 'zod'
import { code, uuid } from '../fields'
import { BIO_MAX, CONTACT_HOURS_MAX, REASON_MAX } from '../limits'

/** What `deputies` takes: the public page, the QR code and poster, and the profile a deputy proposes. */

export const deputyCode = code('代表')

export const deputiesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('list'), cursor: z.string().max(64).optional() }),
    z.object({ action: z.literal('get'), code: deputyCode }),
    z.object({ action: z.literal('figures'), code: deputyCode }),
    z.object({ action: z.literal('qr'), code: deputyCode }),
    z.object({ action: z.literal('poster'), code: deputyCode }),
    z.object({ action: z.literal('myProfile') }),
    z.object({
      action: z.literal('proposeProfile'),
      bio: z.string().trim().max(BIO_MAX, { error: `个人简介不能超过 ${BIO_MAX} 个字` }),
      contactHours: z.string().trim().max(CONTACT_HOURS_MAX, { error: `联系时间不能超过 ${CONTACT_HOURS_MAX} 个字` }),
      phone: z.union([z.literal(''), z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { error: '请填写手机号或带区号的座机号' })]),
      phonePublic: z.boolean(),
      /** An uploaded photo's id; null removes the photo; absent keeps it. */
      photoId: uuid('照片编号').nullable().optional(),
    }).refine((e) => !e.phonePublic || e.phone !== '', { error: '公开电话前，请先填写电话' }),
    z.object({ action: z.literal('profileChanges') }),
    z.object({
      action: z.literal('decideProfile'),
      id: uuid('资料变更编号'),
      approve: z.boolean(),
      reason: z.string().trim().max(REASON_MAX, { error: `理由不能超过 ${REASON_MAX} 个字` }).optional(),
    }).refine((e) => e.approve || !!e.reason, { error: '退回时请写明理由' }),
  ],
  { error: '不支持的操作' },
)

export type DeputiesEvent = z.infer<typeof deputiesEvent>
