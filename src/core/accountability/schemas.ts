import { z } from 'zod'
import { code, cursor, day, mediaIds, text, uuid } from '../fields'
import { ACTIVITY_KINDS, RECORD_KINDS, type RecordKind } from './kinds'
import { PERIODS } from './periods'
import { RATINGS } from '../cases/ratings'

/** What `activities`, `points`, `tasks` and `dutyReports` take: the 履职 of DESIGN.md §7. */

const version = z.number({ error: '缺少版本号' }).int().min(1, { error: '版本号不正确' })
export const span = { from: day('开始日期'), to: day('结束日期') }
export const inOrder = (e: { from?: string; to?: string }) => !e.from || !e.to || e.from <= e.to
export const ORDER = { error: '开始日期不能晚于结束日期', path: ['to'] }
const year = z.number({ error: '请选择年度' }).int({ error: '年度不正确' }).min(2000, { error: '年度不正确' }).max(2100, { error: '年度不正确' })
const votes = z.number({ error: '请填写票数' }).int({ error: '票数应为整数' }).min(0, { error: '票数不能为负' }).max(100_000, { error: '票数太大' })

export const activitiesEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('record'),
      kind: z.enum(ACTIVITY_KINDS, { error: '请选择活动类别' }),
      date: day('活动日期'),
      title: text('活动名称', 2, 50),
      text: z.string({ error: '活动内容应为文字' }).trim().max(2000, { error: '活动内容不能超过 2000 个字' }).default(''),
      place: z.string({ error: '地点应为文字' }).trim().max(100, { error: '地点不能超过 100 个字' }).optional(),
      media: mediaIds.optional(),
      // The deputies who took part; a deputy is always one of them, staff name at least one.
      deputyCodes: z.array(code('代表')).max(30, { error: '参加代表最多 30 位' }).optional(),
      internal: z.boolean({ error: '内部活动标记不正确' }).optional(),
      submissionId: z.string().max(64).optional(),
      // An 意见建议 about a suggestion submitted here: the suggestion counts in the record, the activity not again.
      suggestionId: uuid('代表建议').optional(),
    }),
    z.object({ action: z.literal('verify'), id: uuid('履职记录') }),
    z.object({ action: z.literal('return'), id: uuid('履职记录'), reason: text('退回原因', 2, 200) }),
    z.object({ action: z.literal('list'), deputyCode: code('代表'), cursor }),
    z.object({ action: z.literal('mine'), cursor }),
    z.object({ action: z.literal('pending'), cursor }),
  ],
  { error: '不支持的操作' },
)
export type ActivitiesEvent = z.infer<typeof activitiesEvent>

const kindRule = z.object({
  points: z.number({ error: '分值应为数字' }).min(-20, { error: '扣分不能超过 20 分' }).max(50, { error: '分值不能超过 50 分' }).multipleOf(0.5, { error: '分值以 0.5 分为单位' }),
  cap: z.object({ per: z.enum(PERIODS, { error: '请选择上限的周期' }), max: z.number().min(0).max(500, { error: '上限不能超过 500 分' }) }).optional(),
})
const threshold = (what: string) => z.number({ error: `请填写${what}分数线` }).min(0).max(1000, { error: `${what}分数线不正确` })

/** A district's rule table as the admin saves it: every kind's points, bands, the 述职 pass rate and the tasks. */
export const pointRules = z
  .object({
    kinds: z.object(Object.fromEntries(RECORD_KINDS.map((k) => [k, kindRule])) as Record<RecordKind, typeof kindRule>, { error: '请填写每一类的分值' }),
    bands: z.object({ 优秀: threshold('优秀'), 良好: threshold('良好'), 合格: threshold('合格') }),
    passRate: z.number({ error: '请填写称职的满意率' }).min(0.5, { error: '称职的满意率不能低于 50%' }).max(1, { error: '称职的满意率不能超过 100%' }),
    tasks: z
      .array(
        z.object({
          key: z.string().regex(/^[a-z][a-z0-9-]{0,29}$/, { error: '任务编码不正确' }),
          name: text('任务名称', 2, 30),
          period: z.enum(PERIODS, { error: '请选择任务的周期' }),
          required: z.number().int().min(1, { error: '任务次数至少 1 次' }).max(50),
          counts: z.union([z.array(z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]])).min(1, { error: '请选择计入任务的类别' }), z.literal('quarters'), z.literal('ratings')]),
        }),
      )
      .max(30, { error: '任务最多 30 项' })
      .refine((t) => new Set(t.map((x) => x.key)).size === t.length, { error: '任务编码不能重复' }),
  })
  .refine((r) => r.bands.优秀 >= r.bands.良好 && r.bands.良好 >= r.bands.合格, { error: '分数线应为 优秀 ≥ 良好 ≥ 合格', path: ['bands'] })

export const pointsEvent = z.discriminatedUnion(
  'action',
  [
    // Without a code, the signed-in deputy's own.
    z.object({ action: z.literal('get'), deputyCode: code('代表').optional(), from: span.from.optional(), to: span.to.optional() }).refine(inOrder, ORDER),
    z.object({ action: z.literal('ranking'), ...span, stationCode: code('联络站').optional() }).refine(inOrder, ORDER),
    z.object({ action: z.literal('rules') }),
    z.object({ action: z.literal('saveRules'), rules: pointRules, effectiveFrom: day('生效日期'), version: z.number().int().min(0) }),
  ],
  { error: '不支持的操作' },
)
export type PointsEvent = z.infer<typeof pointsEvent>

export const tasksEvent = z.discriminatedUnion(
  'action',
  [
    // Without a code, the signed-in deputy's own. `period`: a day; each task is counted over its own month, quarter or year holding it (today by default).
    z.object({ action: z.literal('progress'), deputyCode: code('代表').optional(), period: day('日期').optional() }),
    z.object({ action: z.literal('behind'), stationCode: code('联络站').optional() }),
  ],
  { error: '不支持的操作' },
)
export type TasksEvent = z.infer<typeof tasksEvent>

export const dutyReportsEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('draft'), year, text: text('述职报告', 20, 5000).optional(), version: version.optional() }),
    z.object({ action: z.literal('publish'), id: uuid('述职报告'), text: text('述职报告', 20, 5000), version }),
    z.object({ action: z.literal('rate'), id: uuid('述职报告'), rating: z.enum(RATINGS, { error: '请选择满意、基本满意或不满意' }), comment: z.string().trim().max(300, { error: '意见不能超过 300 字' }).optional() }),
    z.object({ action: z.literal('paper'), id: uuid('述职报告'), 满意: votes, 基本满意: votes, 不满意: votes, corrects: uuid('要更正的录入').optional() }),
    z.object({ action: z.literal('get'), deputyCode: code('代表'), year: year.optional() }),
    z.object({ action: z.literal('station'), year, stationCode: code('联络站').optional() }),
  ],
  { error: '不支持的操作' },
)
export type DutyReportsEvent = z.infer<typeof dutyReportsEvent>
