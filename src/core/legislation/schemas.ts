import { z } from 'zod'
import { code, cursor, day, text, uuid } from '../fields'
import { MOBILE_PATTERN } from '../limits'
import { OPINION_OUTCOMES } from './types'

/** The lengths of a consultation's parts: a whole law (民法典 is about 110,000 characters) and the comments on it. */
export const LEGISLATION_LIMITS = { title: 80, askedBy: 40, text: 400_000, explanation: 20_000, article: 5_000, articles: 2_000, comment: 2_000, opinion: 2_000, points: 50 } as const

const id = uuid('草案')
const version = z.number({ error: '缺少版本号' }).int().min(1, { error: '版本号不正确' })

/** What `legislation` takes: consultations on draft laws at the 基层立法联系点. */
export const legislationEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('create'),
      title: text('草案名称', 4, LEGISLATION_LIMITS.title),
      askedBy: text('征求意见的机关', 2, LEGISLATION_LIMITS.askedBy),
      deadline: day('征求意见截止日期'),
      // The draft's text pasted, or an uploaded Word file's (a .docx, from `media register`).
      text: text('草案文本', 10, LEGISLATION_LIMITS.text).optional(),
      fileId: uuid('草案文件').optional(),
      currentText: z.string().max(LEGISLATION_LIMITS.text, { error: '现行法规文本太长' }).optional(),
      explanation: z.string().trim().max(LEGISLATION_LIMITS.explanation, { error: `起草说明不能超过 ${LEGISLATION_LIMITS.explanation} 个字` }).optional(),
      stationCodes: z.array(code('联系点')).min(1, { error: '请选择参与征求意见的联系点' }).max(LEGISLATION_LIMITS.points, { error: `最多 ${LEGISLATION_LIMITS.points} 个联系点` }),
    }).refine((e) => !!e.text !== !!e.fileId, { error: '请粘贴草案全文，或上传草案的 Word 文件', path: ['text'] }),
    z.object({
      action: z.literal('editArticles'),
      id,
      version,
      articles: z
        .array(z.object({ heading: z.string().trim().max(200).nullable().optional(), text: text('条文', 2, LEGISLATION_LIMITS.article) }), { error: '请填写条文' })
        .min(1, { error: '请填写条文' })
        .max(LEGISLATION_LIMITS.articles, { error: `最多 ${LEGISLATION_LIMITS.articles} 条` }),
    }),
    z.object({ action: z.literal('publish'), id, version }),
    z.object({ action: z.literal('close'), id }),
    z.object({ action: z.literal('list'), cursor, stationCode: code('联系点').optional() }),
    z.object({ action: z.literal('get'), id: id.optional(), code: z.string().regex(/^[A-Z0-9]{4,12}$/, { error: '草案编码不正确' }).optional() })
      .refine((e) => !!e.id !== !!e.code, { error: '请选择一部草案' }),
    z
      .object({
        action: z.literal('comment'),
        id,
        articleId: uuid('条文').optional(),
        clause: z.number({ error: '款的序号不正确' }).int({ error: '款的序号不正确' }).min(1, { error: '款的序号不正确' }).max(50, { error: '款的序号不正确' }).optional(),
        text: text('意见', 4, LEGISLATION_LIMITS.comment),
        name: z.string().trim().max(20, { error: '姓名不能超过 20 个字' }).optional(),
        phone: z.string().regex(MOBILE_PATTERN, { error: '请填写 11 位手机号码' }).optional(),
        phoneConsent: z.boolean().optional(),
        stationCode: code('联系点').optional(),
      })
      .refine((e) => !e.phone || e.phoneConsent === true, { error: '留下手机号前，请先同意提供给联系点工作人员', path: ['phoneConsent'] })
      .refine((e) => e.clause === undefined || e.articleId !== undefined, { error: '请先选择条文', path: ['clause'] }),
    z.object({ action: z.literal('comments'), id, articleId: uuid('条文').optional(), cursor }),
    z.object({
      action: z.literal('commentFor'),
      id,
      articleId: uuid('条文').optional(),
      text: text('意见', 4, LEGISLATION_LIMITS.comment),
      name: text('提意见的人', 1, 20),
      phone: z.string().regex(MOBILE_PATTERN, { error: '请填写 11 位手机号码' }).optional(),
    }),
    z.object({
      action: z.literal('opinion'),
      id,
      articleId: uuid('条文').optional(),
      text: text('修改建议', 4, LEGISLATION_LIMITS.opinion),
      reason: text('理由', 4, LEGISLATION_LIMITS.opinion),
      commentIds: z.array(uuid('意见')).max(1000, { error: '一条修改建议最多归纳 1000 条意见' }),
    }),
    z.object({ action: z.literal('skip'), commentId: uuid('意见'), reason: text('不采纳的理由', 2, 200) }),
    z.object({ action: z.literal('opinions'), id }),
    z.object({ action: z.literal('submission'), id, stationCode: code('联系点') }),
    z.object({ action: z.literal('final'), id, text: text('通过的正式文本', 10, LEGISLATION_LIMITS.text) }),
    z.object({ action: z.literal('mark'), opinionId: uuid('修改建议'), outcome: z.enum(OPINION_OUTCOMES, { error: '请选择采纳、部分采纳或未采纳' }), note: text('说明', 2, 200) }),
    z.object({ action: z.literal('notify'), id }),
    z.object({ action: z.literal('points') }),
    z.object({ action: z.literal('setPoint'), stationCode: code('站点'), on: z.boolean({ error: '请选择是否为基层立法联系点' }) }),
    z.object({ action: z.literal('experts') }),
    z.object({
      action: z.literal('saveExpert'),
      id: uuid('专家').optional(),
      version: version.optional(),
      code: code('专家'),
      name: text('专家姓名', 1, 20),
      field: text('专业领域', 2, 40),
      organisation: text('工作单位', 2, 60),
      active: z.boolean({ error: '请选择是否启用' }),
    }).refine((e) => !e.id === !e.version, { error: '缺少版本号', path: ['version'] }),
    z.object({ action: z.literal('follow'), id, on: z.boolean({ error: '请选择是否关注' }) }),
    z.object({ action: z.literal('summary'), id, text: text('意见综述', 10, LEGISLATION_LIMITS.explanation) }),
    z.object({ action: z.literal('commentsExport'), id }),
    z.object({ action: z.literal('figures'), year: z.number({ error: '年份不正确' }).int().min(2000, { error: '年份不正确' }).max(2100, { error: '年份不正确' }) }),
    z.object({ action: z.literal('draftFigures'), id }),
    z.object({ action: z.literal('qr'), id }),
  ],
  { error: '不支持的操作' },
)

export type LegislationEvent = z.infer<typeof legislationEvent>
