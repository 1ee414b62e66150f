/** 群众评单: the resident rates the result and, separately, the deputy's follow-up. */
export const RATINGS = ['满意', '基本满意', '不满意'] as const

export type Rating = (typeof RATINGS)[number]

