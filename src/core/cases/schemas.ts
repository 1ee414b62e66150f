import { z } from 'zod'
import { category, code, cursor, day, location, mediaIds, text, uuid } from '../fields'
import { CASE_TEXT_MAX, CASE_TEXT_MIN, MOBILE_PATTERN, PERSON_NAME_MAX, SEARCH_MAX } from '../limits'
import { CASE_STATUSES } from './states'
import { deputyCode } from '../deputies/schemas'
import { MOVE_PAYLOADS } from './payloads'
import { INBOX_FILTERS, MINE_FILTERS, type CaseAction, type Transition } from './transitions'

const submissionId = z.string({ error: '缺少提交编号' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '提交编号格式不正确' })
const mobile = z.string({ error: '请填写手机号码' }).regex(MOBILE_PATTERN, { error: '请填写 11 位手机号码' })

/**
 * What a handler may look for in their cases: words of the text, a case number or the phone that
 * filed it (`q`), and the case's category, station, deputy, department, state and filing days.
 */
export const caseSearch = {
  q: z.string({ error: '搜索内容不正确' }).trim().max(SEARCH_MAX, { error: `搜索内容最多 ${SEARCH_MAX} 个字` }).optional(),
  category: category.optional(),
  stationId: uuid('联络站').optional(),
  deputyId: uuid('代表').optional(),
  departmentId: uuid('部门').optional(),
  status: z.enum(CASE_STATUSES, { error: '不支持的状态' }).optional(),
  from: day('开始日期').optional(),
  to: day('结束日期').optional(),
}

export type CaseSearch = { [K in keyof typeof caseSearch]?: z.output<(typeof caseSearch)[K]> }

/** How staff came to hear of a case they record for someone: a phone call or a visit. */
export const RECORDED_CHANNELS = ['phone', 'walkin'] as const

/** The `cases` actions that are not moves in the loop; the moves are built from the table. */
export const casesQueryEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('submit'),
        submissionId,
        deputyCode: deputyCode.optional(),
        stationCode: code('联络站').optional(),
        /** A question sent in before a reception day (提前征集). */
        noticeId: uuid('接待公告').optional(),
        category,
        text: text('诉求内容', CASE_TEXT_MIN, CASE_TEXT_MAX),
        location: location.optional(),
        media: mediaIds.optional(),
        phone: mobile.optional(),
        phoneConsent: z.boolean().optional(),
        /** An SMS for each step when WeChat cannot push one. */
        smsNotify: z.boolean().optional(),
        showPublicly: z.boolean().optional(),
      })
      .refine((e) => [e.deputyCode, e.stationCode, e.noticeId].filter(Boolean).length <= 1, { error: '请只选择一位代表、一个联络站或一个接待日' })
      .refine((e) => !e.phone || e.phoneConsent === true, { error: '留下手机号前，请先同意提供给办理人员' })
      .refine((e) => !e.smsNotify || !!e.phone, { error: '接收短信通知，请先留下手机号' }),
    /** Staff record a phone call or a visit for a person without the mini-program. */
    z.object({
      action: z.literal('recordFor'),
      submissionId,
      channel: z.enum(RECORDED_CHANNELS, { error: '请选择来电或来访' }),
      name: z.string({ error: '请填写反映人姓名' }).trim().min(1, { error: '请填写反映人姓名' }).max(PERSON_NAME_MAX, { error: `姓名不能超过 ${PERSON_NAME_MAX} 个字` }),
      phone: mobile,
      category,
      text: text('诉求内容', CASE_TEXT_MIN, CASE_TEXT_MAX),
      location: location.optional(),
      smsNotify: z.boolean().default(true),
    }),
    /** A code to the phone staff recorded cases under, to claim them. */
    z.object({ action: z.literal('claimCode'), phone: mobile }),
    z.object({ action: z.literal('claim'), phone: mobile, code: z.string({ error: '请填写验证码' }).regex(/^\d{6}$/, { error: '请填写短信里的 6 位验证码' }) }),
    z.object({ action: z.literal('get'), id: uuid('诉求编号') }),
    z.object({ action: z.literal('listMine'), filter: z.enum(MINE_FILTERS, { error: '不支持的筛选' }).default('all'), cursor }),
    z.object({ action: z.literal('signals') }),
    z
      .object({
        action: z.literal('inbox'),
        filter: z.enum(INBOX_FILTERS, { error: '不支持的筛选' }).default('all'),
        ...caseSearch,
        cursor,
      })
      .refine((e) => !e.from || !e.to || e.from <= e.to, { error: '开始日期不能晚于结束日期' }),
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
