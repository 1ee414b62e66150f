/**
 * A suggestion's states (建议办理, DESIGN.md §10), each with its type as the cases' have: open
 * while someone still has to act on it, closed when its handling has ended.
 */
export const SUGGESTION_STATES = {
  draft: { type: 'open', label: '草稿' },
  submitted: { type: 'open', label: '待审查' },
  returned: { type: 'open', label: '退回修改' },
  accepted: { type: 'open', label: '待交办' },
  assigned: { type: 'open', label: '办理中' },
  answered: { type: 'open', label: '已答复，待代表评价' },
  rehandling: { type: 'open', label: '重新办理' },
  closed: { type: 'closed', label: '办理完毕' },
  letter: { type: 'closed', label: '转为来信' },
  merged: { type: 'closed', label: '已并案' },
  withdrawn: { type: 'closed', label: '已撤回' },
} as const satisfies Record<string, { type: 'open' | 'closed'; label: string }>

export type SuggestionStatus = keyof typeof SUGGESTION_STATES
export const SUGGESTION_STATUSES = Object.keys(SUGGESTION_STATES) as SuggestionStatus[]

/** The answer's class, as the rules name it. */
export const GRADES = {
  A: '已经解决或者基本解决',
  B: '正在解决或者列入规划逐步解决',
  C: '因目前条件限制或者其他原因需待以后解决',
  D: '留作参考',
} as const
export type Grade = keyof typeof GRADES

/** A deputy's rating of the answer and of the unit's contact with them. */
export const SUGGESTION_RATINGS = ['满意', '基本满意', '不满意'] as const
export type SuggestionRating = (typeof SUGGESTION_RATINGS)[number]

export const SUGGESTION_KINDS = ['闭会期间', '大会期间'] as const
export const CONTACT_WAYS = ['电话', '走访', '座谈', '书面', '其他'] as const

/** What a draft, and each answer, may carry: photos and PDF documents (the signed answer), no video. */
export const SUGGESTION_MEDIA = { photos: 9, videos: 0, documents: 5 } as const

/** The rules' deadlines: the answer within 3 calendar months of 交办; a re-handling within 1. */
export const ANSWER_MONTHS = 3
export const REHANDLING_MONTHS = 1
/** With the office's consent an answer may take longer, but never past 6 months of 交办. */
export const EXTENDED_MONTHS_MAX = 6
/** Units are reminded two weeks, then three days, before an answer is due. */
export const REMIND_DAYS = [14, 3] as const
