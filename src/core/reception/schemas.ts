import { z } from 'zod'
import { category, cursor, day, text, uuid } from '../fields'
import { APPOINTMENT_TOPIC_MAX, CASE_TEXT_MAX, CASE_TEXT_MIN, MINUTES_MAX, MOBILE_PATTERN, REASON_MAX, RECORD_REQUESTS_MAX } from '../limits'

/** What `notices` and `appointments` take: reception days, their records, and appointments on them. */

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
  /** A forum (座谈会) on a draft law open at the station: what is said there is recorded as comments on it. */
  consultationId: uuid('征求意见的草案').optional(),
}

export const noticesEvent = z.discriminatedUnion(
  'action',
  [
    /** `past`: also the days gone by (staff record them afterwards). */
    z.object({ action: z.literal('list'), stationId: uuid('联络站').optional(), past: z.boolean().optional(), cursor }),
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
            // A case's category; a forum's opinions name the article instead (or neither: the whole draft).
            category: category.optional(),
            articleId: uuid('条文').optional(),
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
    z
      .object({
        action: z.literal('book'),
        slotId: uuid('时段'),
        topic: text('约见事由', 4, APPOINTMENT_TOPIC_MAX),
        phone: z.string().regex(MOBILE_PATTERN, { error: '请填写 11 位手机号码' }).optional(),
        phoneConsent: z.boolean().optional(),
      })
      .refine((e) => !e.phone || e.phoneConsent === true, { error: '留下手机号前，请先同意提供给代表和联络站' }),
    z.object({ action: z.literal('cancel'), id: uuid('预约') }),
    z.object({ action: z.literal('confirm'), id: uuid('预约') }),
    z.object({ action: z.literal('decline'), id: uuid('预约'), reason: text('婉拒的理由', 2, REASON_MAX) }),
    z.object({ action: z.literal('mine'), cursor }),
  ],
  { error: '不支持的操作' },
)

export type NoticesEvent = z.infer<typeof noticesEvent>
