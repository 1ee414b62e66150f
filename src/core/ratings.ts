/** 群众评单: the resident rates the result and, separately, the deputy's follow-up. */
export const RATINGS = ['满意', '基本满意', '不满意'] as const

export type Rating = (typeof RATINGS)[number]

/** Counted as satisfied in the figures the office reports. */
export const isSatisfied = (r: Rating | null | undefined): boolean => r === '满意' || r === '基本满意'
