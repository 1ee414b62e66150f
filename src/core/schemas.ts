import { z } from 'zod'
import { ROLES } from './case-states'
import { ROTATION_PERIODS } from './roster'
import { location, mediaIds, text, uuid } from './fields'
import { BIO_MAX, CASE_TEXT_MAX, CASE_TEXT_MIN, CONTACT_HOURS_MAX, MINUTES_MAX, MOBILE_PATTERN, REASON_MAX, RECORD_REQUESTS_MAX } from './limits'
import { CODE_PATTERN } from './scene'
import { MOVE_PAYLOADS } from './move-payloads'
import { INBOX_FILTERS, type CaseAction, type Transition } from './transitions'

/** Event schemas of the public functions: what every caller may send, checked at the edge. */

const code = (what: string) => z.string({ error: `缺少${what}编码` }).regex(CODE_PATTERN, { error: `${what}编码格式不正确` })

export const deputyCode = code('代表')

const day = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what}格式应为 YYYY-MM-DD` })

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
    z.object({ action: z.literal('me') }),
    z.object({ action: z.literal('phoneNumber'), code: z.string({ error: '缺少授权码' }).min(1).max(128) }),
  ],
  { error: '不支持的操作' },
)

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
        category: z.string({ error: '请选择类别' }).trim().min(1, { error: '请选择类别' }).max(20),
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
    z.object({ action: z.literal('listMine') }),
    z.object({ action: z.literal('inbox'), filter: z.enum(INBOX_FILTERS, { error: '不支持的筛选' }).default('all') }),
    z.object({ action: z.literal('dispatchOptions'), id: uuid('诉求编号') }),
    z
      .object({
        action: z.literal('similar'),
        deputyCode: deputyCode.optional(),
        stationCode: code('联络站').optional(),
        noticeId: uuid('接待公告').optional(),
        category: z.string({ error: '请选择类别' }).trim().min(1, { error: '请选择类别' }).max(20),
        location: location.optional(),
      })
      .refine((e) => [e.deputyCode, e.stationCode, e.noticeId].filter(Boolean).length <= 1, { error: '请只选择一位代表、一个联络站或一个接待日' }),
    z.object({ action: z.literal('follow'), id: uuid('诉求编号') }),
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

export const messagesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('list') }),
    z.object({ action: z.literal('read'), ids: z.array(uuid('消息编号')).min(1).max(100) }),
    z.object({ action: z.literal('templates') }),
    z.object({ action: z.literal('subscribed'), accepted: z.array(z.string().min(1).max(64)).max(10) }),
  ],
  { error: '不支持的操作' },
)

/** An upload becomes an attachment: the key is where the file was stored (a cloud fileID, or a host path). */
export const mediaEvent = z.discriminatedUnion(
  'action',
  [z.object({ action: z.literal('register'), key: z.string({ error: '缺少文件' }).min(1).max(512, { error: '文件标识过长' }) })],
  { error: '不支持的操作' },
)

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

export const stationsEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('list'),
      near: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
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

const hhmm = (what: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${what}格式应为 HH:mm` })

const schedule = z
  .object({
    rule: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('once'), date: day('接待日期') }),
        z.object({ kind: z.literal('monthly'), day: z.number().int().min(1, { error: '请选择每月几日' }).max(31, { error: '请选择每月几日' }) }),
        z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1, { error: '请选择星期几' }).max(7, { error: '请选择星期几' }) }),
      ],
      { error: '请选择接待日期或周期' },
    ),
    start: hhmm('开始时间'),
    end: hhmm('结束时间'),
    workdayShift: z.boolean().default(true),
  })
  .refine((s) => s.start < s.end, { error: '结束时间要晚于开始时间' })

const noticeFields = {
  theme: text('接待主题', 2, 50),
  place: text('接待地点', 2, 100),
  schedule,
  deputyIds: z.array(uuid('代表')).max(20).optional(),
  slotMinutes: z.number().int().min(10).max(240).optional(),
  slotCapacity: z.number().int().min(1, { error: '每个时段至少接待 1 人' }).max(50).optional(),
}

export const noticesEvent = z.discriminatedUnion(
  'action',
  [
    /** `past`: also the days gone by (staff record them afterwards). */
    z.object({ action: z.literal('list'), stationId: uuid('联络站').optional(), past: z.boolean().optional() }),
    z.object({ action: z.literal('get'), id: uuid('公告') }),
    z.object({ action: z.literal('post'), stationId: uuid('联络站'), ...noticeFields }),
    z.object({ action: z.literal('update'), id: uuid('公告'), version: z.number().int().positive(), ...noticeFields }),
    z.object({ action: z.literal('cancel'), id: uuid('公告'), version: z.number().int().positive() }),
    z.object({ action: z.literal('follow'), stationId: uuid('联络站'), on: z.boolean().default(true) }),
    z.object({
      action: z.literal('record'),
      id: uuid('公告'),
      day: day('接待日期'),
      minutes: text('接待纪要', 10, MINUTES_MAX),
      attendance: z.number({ error: '请填写到场群众人数' }).int({ error: '到场人数应为整数' }).min(0, { error: '到场人数不能为负数' }).max(10000, { error: '到场人数过大' }),
      deputiesPresent: z.array(uuid('代表')).max(50).default([]),
      requests: z
        .array(
          z.object({
            category: z.string({ error: '请选择类别' }).trim().min(1, { error: '请选择类别' }).max(20),
            text: text('群众诉求', CASE_TEXT_MIN, CASE_TEXT_MAX),
            name: z.string().trim().max(20, { error: '姓名不能超过 20 个字' }).optional(),
            phone: z.string().regex(MOBILE_PATTERN, { error: '请填写 11 位手机号码' }).optional(),
          }),
        )
        .max(RECORD_REQUESTS_MAX, { error: `一次最多登记 ${RECORD_REQUESTS_MAX} 条现场诉求` })
        .default([]),
    }),
    z.object({ action: z.literal('records'), id: uuid('公告') }),
  ],
  { error: '不支持的操作' },
)

export const appointmentsEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('slots'), noticeId: uuid('公告') }),
    z.object({ action: z.literal('book'), slotId: uuid('时段') }),
    z.object({ action: z.literal('cancel'), id: uuid('预约') }),
    z.object({ action: z.literal('confirm'), id: uuid('预约') }),
    z.object({ action: z.literal('decline'), id: uuid('预约'), reason: text('婉拒的理由', 2, REASON_MAX) }),
    z.object({ action: z.literal('mine') }),
  ],
  { error: '不支持的操作' },
)

export type NoticesEvent = z.infer<typeof noticesEvent>
export type AppointmentsEvent = z.infer<typeof appointmentsEvent>
export type AuthEvent = z.infer<typeof authEvent>
export type DeputiesEvent = z.infer<typeof deputiesEvent>
export type CasesQueryEvent = z.infer<typeof casesQueryEvent>
export type StatsEvent = z.infer<typeof statsEvent>
export type StationsEvent = z.infer<typeof stationsEvent>
