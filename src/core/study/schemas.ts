import { z } from 'zod'
import { code, cursor, mediaIds, text, uuid } from '../fields'
import { MATERIAL_KINDS, POST_KINDS } from './types'

/** The lengths of a publicity item and of a reading material with its quiz. */
export const STUDY_LIMITS = { title: 60, post: 3000, material: 50_000, questions: 20, options: 6, photos: 9 } as const

const question = z.object({
  q: text('题目', 2, 200),
  options: z.array(text('选项', 1, 100), { error: '请填写选项' }).min(2, { error: '每道题至少 2 个选项' }).max(STUDY_LIMITS.options, { error: `每道题最多 ${STUDY_LIMITS.options} 个选项` }),
  answer: z.number({ error: '请标明正确答案' }).int({ error: '请标明正确答案' }).min(0, { error: '请标明正确答案' }),
}).refine((x) => x.answer < x.options.length, { error: '正确答案应是其中一个选项', path: ['answer'] })

/** What `study` takes (学习宣传): publicity items of a station or the district; the deputies' reading list and quizzes. */
export const studyEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('posts'), stationCode: code('站点').optional(), cursor }),
    z.object({
      action: z.literal('post'),
      stationCode: code('站点').optional(),
      kind: z.enum(POST_KINDS, { error: '请选择宣传的类别' }),
      title: text('标题', 4, STUDY_LIMITS.title),
      body: text('内容', 10, STUDY_LIMITS.post),
      media: mediaIds.max(STUDY_LIMITS.photos, { error: `最多添加 ${STUDY_LIMITS.photos} 张照片` }).optional(),
    }),
    z.object({ action: z.literal('withdraw'), id: uuid('宣传') }),
    z.object({ action: z.literal('materials') }),
    z.object({ action: z.literal('material'), id: uuid('学习材料') }),
    z.object({
      action: z.literal('saveMaterial'),
      kind: z.enum(MATERIAL_KINDS, { error: '请选择材料的类别' }),
      title: text('材料名称', 4, STUDY_LIMITS.title),
      body: text('材料内容', 10, STUDY_LIMITS.material),
      link: z.url({ error: '原文链接不正确' }).max(500).optional(),
      quiz: z.array(question, { error: '请添加测验题' }).min(1, { error: '至少出一道测验题' }).max(STUDY_LIMITS.questions, { error: `最多 ${STUDY_LIMITS.questions} 道题` }),
    }),
    z.object({
      action: z.literal('take'),
      id: uuid('学习材料'),
      answers: z.array(z.number({ error: '答案不正确' }).int().min(0).max(STUDY_LIMITS.options - 1), { error: '请回答每一道题' }).max(STUDY_LIMITS.questions),
    }),
  ],
  { error: '不支持的操作' },
)

export type StudyEvent = z.infer<typeof studyEvent>
