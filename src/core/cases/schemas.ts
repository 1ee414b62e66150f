import { z } from 'zod'
import { category, code, location, mediaIds, text, uuid } from '../fields'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, MOBILE_PATTERN } from '../limits'
import { deputyCode } from '../deputies/schemas'
import { MOVE_PAYLOADS } from './payloads'
import { INBOX_FILTERS, MINE_FILTERS, type CaseAction, type Transition } from './transitions'

/** The `cases` actions that are not moves in the loop; the moves are built from the table. */
export const casesQueryEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('submit'),
        submissionId: z
          .string({ error: '缺少提交编号' })
          .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '提交编号格式不正确' }),
        deputyCode: deputyCode.optional(),
        stationCode: code('联络站').optional(),
        /** A question sent in before a reception day (提前征集). */
        noticeId: uuid('接待公告').optional(),
        category,
        text: text('诉求内容', CASE_TEXT_MIN, CASE_TEXT_MAX),
        location: location.optional(),
        media: mediaIds.optional(),
        phone: z.string().regex(MOBILE_PATTERN, { error: '请填写 11 位手机号码' }).optional(),
        phoneConsent: z.boolean().optional(),
        showPublicly: z.boolean().optional(),
      })
      .refine((e) => [e.deputyCode, e.stationCode, e.noticeId].filter(Boolean).length <= 1, { error: '请只选择一位代表、一个联络站或一个接待日' })
      .refine((e) => !e.phone || e.phoneConsent === true, { error: '留下手机号前，请先同意提供给办理人员' }),
    z.object({ action: z.literal('get'), id: uuid('诉求编号') }),
    z.object({ action: z.literal('listMine'), filter: z.enum(MINE_FILTERS, { error: '不支持的筛选' }).default('all') }),
    z.object({ action: z.literal('signals') }),
    z.object({ action: z.literal('inbox'), filter: z.enum(INBOX_FILTERS, { error: '不支持的筛选' }).default('all') }),
    z.object({ action: z.literal('dispatchOptions'), id: uuid('诉求编号') }),
    z
      .object({
        action: z.literal('similar'),
        deputyCode: deputyCode.optional(),
        stationCode: code('联络站').optional(),
        noticeId: uuid('接待公告').optional(),
        category,
        location: location.optional(),
      })
      .refine((e) => [e.deputyCode, e.stationCode, e.noticeId].filter(Boolean).length <= 1, { error: '请只选择一位代表、一个联络站或一个接待日' }),
    z.object({ action: z.literal('follow'), id: uuid('诉求编号') }),
    z
      .object({
        action: z.literal('route'),
        deputyCode: deputyCode.optional(),
        stationCode: code('联络站').optional(),
        noticeId: uuid('接待公告').optional(),
        location: location.optional(),
      })
      .refine((e) => [e.deputyCode, e.stationCode, e.noticeId].filter(Boolean).length <= 1, { error: '请只选择一位代表、一个联络站或一个接待日' }),
  ],
  { error: '不支持的操作' },
)

/** One move: `{ action, id, version, ...payload }`. */
export const moveEvent = (t: Transition) =>
  MOVE_PAYLOADS[t.action as CaseAction].extend({
    action: z.literal(t.action),
    id: uuid('诉求编号'),
    version: z.number({ error: '缺少版本号，请刷新后再试' }).int().positive(),
  })

export type CasesQueryEvent = z.infer<typeof casesQueryEvent>
