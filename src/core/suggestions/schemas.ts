import { z } from 'zod'
import { category, code, cursor, day, text, uuid, workbookFile } from '../fields'
import { CONTACT_WAYS, GRADES, SUGGESTION_KINDS, SUGGESTION_MEDIA, SUGGESTION_RATINGS, SUGGESTION_STATUSES, type SuggestionStatus } from './states'

/** The lengths of a suggestion's parts: a title, a 案由 with its figures, what should be done, an answer. */
export const SUGGESTION_LIMITS = { title: 60, situation: 3000, proposal: 3000, answer: 5000, note: 500, cases: 50, coDeputies: 20, milestones: 12 } as const

const media = z
  .array(uuid('附件'), { error: '附件不正确' })
  .max(SUGGESTION_MEDIA.photos + SUGGESTION_MEDIA.documents, { error: `最多添加 ${SUGGESTION_MEDIA.photos} 张照片和 ${SUGGESTION_MEDIA.documents} 份文件` })
  .optional()

const version = z.number({ error: '缺少版本号' }).int().min(1, { error: '版本号不正确' })
const id = uuid('建议')

/** What `suggestions` takes (建议办理): drafting, review and 交办, handling, evaluation, reading. */
export const suggestionsEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('draft'),
        id: id.optional(),
        version: version.optional(),
        title: text('建议标题', 4, SUGGESTION_LIMITS.title),
        category,
        situation: text('案由', 10, SUGGESTION_LIMITS.situation),
        proposal: text('建议内容', 10, SUGGESTION_LIMITS.proposal),
        caseIds: z.array(uuid('诉求'), { error: '请选择关联的诉求' }).max(SUGGESTION_LIMITS.cases, { error: `一条建议最多关联 ${SUGGESTION_LIMITS.cases} 件诉求` }),
        coDeputyCodes: z.array(code('附议代表')).max(SUGGESTION_LIMITS.coDeputies, { error: `附议代表最多 ${SUGGESTION_LIMITS.coDeputies} 位` }).optional(),
        kind: z.enum(SUGGESTION_KINDS, { error: '请选择闭会期间或大会期间' }).optional(),
        session: z.string().trim().max(40, { error: '会议名称不能超过 40 个字' }).optional(),
        // Station staff prepare a draft for one of their station's deputies, who alone submits it.
        deputyCode: code('代表').optional(),
        // The draft's attachments as they should be after saving; left out, they stay as they are.
        media,
      })
      .refine((e) => (e.id === undefined) === (e.version === undefined), { error: '修改草稿需要带上版本号', path: ['version'] })
      .refine((e) => e.kind !== '大会期间' || !!e.session, { error: '大会期间的建议请填写会议名称', path: ['session'] }),
    z.object({ action: z.literal('withdraw'), id, version }),
    z.object({ action: z.literal('cosign'), id, accept: z.boolean({ error: '请选择是否附议' }) }),
    z.object({ action: z.literal('submit'), id, version }),
    z
      .object({ action: z.literal('review'), id, version, outcome: z.enum(['accept', 'return', 'letter'], { error: '请选择审查结果' }), reason: z.string().trim().max(SUGGESTION_LIMITS.note).optional() })
      .refine((e) => e.outcome === 'accept' || !!e.reason, { error: '退回或转为来信请说明理由', path: ['reason'] }),
    z.object({ action: z.literal('merge'), ids: z.array(id).min(2, { error: '并案至少选择两条建议' }).max(20, { error: '一次最多并案 20 条建议' }) }),
    z.object({
      action: z.literal('assign'),
      id,
      version,
      leadDepartmentId: uuid('主办单位'),
      assistDepartmentIds: z.array(uuid('协办单位')).max(10, { error: '协办单位最多 10 个' }).optional(),
      dueOn: day('答复期限').optional(),
    }),
    z.object({ action: z.literal('sign'), id }),
    z.object({
      action: z.literal('contact'),
      id,
      way: z.enum(CONTACT_WAYS, { error: '请选择联系方式' }),
      at: z.iso.datetime({ offset: true, error: '请选择联系时间' }),
      note: text('联系情况', 4, SUGGESTION_LIMITS.note),
    }),
    z.object({ action: z.literal('phones'), id }),
    z.object({ action: z.literal('assistView'), id, text: text('协办意见', 10, SUGGESTION_LIMITS.answer) }),
    z.object({
      action: z.literal('answer'),
      id,
      version,
      grade: z.enum(Object.keys(GRADES) as [keyof typeof GRADES], { error: '请选择答复类别（A、B、C、D）' }),
      text: text('答复内容', 10, SUGGESTION_LIMITS.answer),
      public: z.boolean({ error: '请选择答复是否公开' }),
      // The signed answer (盖章答复函) as a PDF or photos.
      media,
    }),
    z.object({
      action: z.literal('evaluate'),
      id,
      version,
      rating: z.enum(SUGGESTION_RATINGS, { error: '请评价办理结果' }),
      contactRating: z.enum(SUGGESTION_RATINGS, { error: '请评价沟通联系' }),
      comment: z.string().trim().max(SUGGESTION_LIMITS.note, { error: `意见不能超过 ${SUGGESTION_LIMITS.note} 个字` }).optional(),
    }).refine((e) => e.rating !== '不满意' || !!e.comment, { error: '不满意请写明理由', path: ['comment'] }),
    z.object({
      action: z.literal('progress'),
      id,
      percent: z.number({ error: '请填写完成进度' }).int({ error: '完成进度应为整数' }).min(0, { error: '完成进度应在 0 到 100 之间' }).max(100, { error: '完成进度应在 0 到 100 之间' }),
      note: text('进展情况', 4, SUGGESTION_LIMITS.note),
      milestoneIndex: z.number({ error: '办理节点不正确' }).int({ error: '办理节点不正确' }).min(0, { error: '办理节点不正确' }).optional(),
      done: z.boolean().optional(),
    }),
    z.object({ action: z.literal('redirect'), id, reason: text('申请调整的理由', 4, SUGGESTION_LIMITS.note) }),
    z.object({ action: z.literal('extend'), id, until: day('延期后的答复期限'), reason: text('延期理由', 4, SUGGESTION_LIMITS.note) }),
    z
      .object({ action: z.literal('decideExtension'), id, approve: z.boolean({ error: '请选择同意或不同意延期' }), reason: z.string().trim().max(SUGGESTION_LIMITS.note).optional() })
      .refine((e) => e.approve || !!e.reason, { error: '不同意延期请说明理由', path: ['reason'] }),
    z.object({
      action: z.literal('prioritize'),
      id,
      leaderUserId: uuid('督办领导').optional(),
      milestones: z
        .array(z.object({ title: text('节点名称', 2, 60), due: day('节点时间') }), { error: '办理节点不正确' })
        .max(SUGGESTION_LIMITS.milestones, { error: `办理节点最多 ${SUGGESTION_LIMITS.milestones} 个` })
        .optional(),
    }),
    z.object({ action: z.literal('supervise'), id, note: z.string().trim().max(SUGGESTION_LIMITS.note, { error: `督办意见不能超过 ${SUGGESTION_LIMITS.note} 个字` }).optional() }),
    z.object({ action: z.literal('withhold'), id, reason: text('不公开的理由', 2, SUGGESTION_LIMITS.note) }),
    z.object({ action: z.literal('follow'), id, on: z.boolean({ error: '请选择关注或取消关注' }) }),
    z.object({ action: z.literal('get'), id }),
    z.object({
      action: z.literal('list'),
      scope: z.enum(['mine', 'station', 'unit', 'district'], { error: '范围不正确' }).optional(),
      /** The office's boards: overdue ones (督办), 重点督办 ones with overdue milestones first. */
      board: z.enum(['overdue', 'key'], { error: '范围不正确' }).optional(),
      status: z.enum(SUGGESTION_STATUSES as [SuggestionStatus, ...SuggestionStatus[]], { error: '状态不正确' }).optional(),
      q: z.string().trim().max(40).optional(),
      cursor,
    }),
    // One published suggestion (its page), or a deputy's (their page's list), or all of them.
    z.object({ action: z.literal('public'), cursor, id: id.optional(), deputyCode: code('代表').optional() }),
    z
      .object({ action: z.literal('figures'), from: day('开始日期'), to: day('结束日期'), session: z.string().trim().min(1).max(40, { error: '会议名称不能超过 40 个字' }).optional() })
      .refine((e) => e.from <= e.to, { error: '开始日期不能晚于结束日期' }),
    z.object({
      action: z.literal('import'),
      workbook: workbookFile,
      dryRun: z.boolean().optional(),
    }),
    z.object({ action: z.literal('similar'), q: text('建议标题或内容', 4, 200), category: category.optional() }),
    z.object({ action: z.literal('groups'), q: z.string().trim().max(20, { error: '搜索词不能超过 20 个字' }).optional(), category: category.optional() }),
  ],
  { error: '不支持的操作' },
)

export type SuggestionsEvent = z.infer<typeof suggestionsEvent>
