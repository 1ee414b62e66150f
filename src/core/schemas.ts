import { z } from 'zod'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, PLACE_NAME_MAX, REPLY_TEXT_MAX } from './limits'
import { CODE_PATTERN } from './scene'
import { ROLES } from './case-states'

/** Event schemas of the public functions: what every caller may send, checked at the edge. */

const uuid = (what: string) => z.uuid({ error: `${what}格式不正确` })
const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, { error: min > 1 ? `${what}至少 ${min} 个字` : `请填写${what}` })
    .max(max, { error: `${what}不能超过 ${max} 个字` })

export const deputyCode = z.string({ error: '缺少代表编码' }).regex(CODE_PATTERN, { error: '代表编码格式不正确' })

export const location = z.object({
  latitude: z.number({ error: '位置纬度不正确' }).min(-90).max(90),
  longitude: z.number({ error: '位置经度不正确' }).min(-180).max(180),
  name: z.string().trim().max(PLACE_NAME_MAX, { error: `地点名称不能超过 ${PLACE_NAME_MAX} 个字` }).optional(),
})

export const authEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('devLogin'),
        persona: z.enum(ROLES, { error: '未知的身份' }).optional(),
        openid: z.string().trim().min(1, { error: '缺少用户标识' }).max(64, { error: '用户标识过长' }).optional(),
      })
      .refine((e) => (e.persona === undefined) !== (e.openid === undefined), { error: '请选择一个身份，或提供用户标识' }),
    z.object({ action: z.literal('login') }),
  ],
  { error: '不支持的操作' },
)

export const deputiesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('list'), cursor: z.string().max(64).optional() }),
    z.object({ action: z.literal('get'), code: deputyCode }),
  ],
  { error: '不支持的操作' },
)

export const casesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('submit'),
      submissionId: z
        .string({ error: '缺少提交编号' })
        .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '提交编号格式不正确' }),
      deputyCode,
      category: z.string({ error: '请选择类别' }).trim().min(1, { error: '请选择类别' }).max(20),
      text: text('诉求内容', CASE_TEXT_MIN, CASE_TEXT_MAX),
      location: location.optional(),
    }),
    z.object({ action: z.literal('get'), id: uuid('诉求编号') }),
    z.object({ action: z.literal('listMine') }),
    z.object({ action: z.literal('inbox') }),
    z.object({ action: z.literal('reply'), id: uuid('诉求编号'), text: text('答复内容', 1, REPLY_TEXT_MAX) }),
  ],
  { error: '不支持的操作' },
)

export type AuthEvent = z.infer<typeof authEvent>
export type DeputiesEvent = z.infer<typeof deputiesEvent>
export type CasesEvent = z.infer<typeof casesEvent>
export type CaseLocation = z.infer<typeof location>
