/** 学习宣传: what a station or the district publishes for residents, and the deputies' reading list with its quizzes. */

/** What a publicity item is about (万荣's 宣传站: a law and what it changes, 民生实事 done, a forum's outcome). */
export const POST_KINDS = ['法规解读', '民生实事', '座谈成果', '工作动态'] as const
export type PostKind = (typeof POST_KINDS)[number]

/** A material on the deputies' reading list. */
export const MATERIAL_KINDS = ['法律法规', '培训资料'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]

/** A quiz passes when at least this share of its questions is answered right. */
export const PASS_SHARE = 0.8

export interface PostItem {
  id: string
  kind: PostKind
  title: string
  body: string
  /** The station that published it; null: the district's own. */
  station: { code: string; name: string } | null
  photos: { id: string; url: string }[]
  at: string
  /** The caller may withdraw it. */
  mine: boolean
}

/** One question: its options, and (for the office only) which is right. */
export interface QuizQuestion {
  q: string
  options: string[]
  answer?: number
}

export interface MaterialItem {
  id: string
  kind: MaterialKind
  title: string
  questions: number
  /** When the caller (a deputy) passed its quiz; null when not yet. */
  passedAt: string | null
  at: string
}

export interface MaterialView extends MaterialItem {
  body: string
  link: string | null
  quiz: QuizQuestion[]
}

/** What a deputy's answers came to: how many right, and whether it passed (a 培训学习 item of their record, once). */
export interface QuizResult {
  right: number
  total: number
  passed: boolean
  passedAt: string | null
}
