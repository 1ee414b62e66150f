/** The reply of every function, in the cloud and in the host alike. */
export const RESULT_CODES = [
  'OK',
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const

export type ResultCode = (typeof RESULT_CODES)[number]

export interface Envelope<T = unknown> {
  code: ResultCode
  data: T | null
  message: string
}

export const HTTP_STATUS: Record<ResultCode, number> = {
  OK: 200,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
}

/** What a person reads when a function has no more precise message. */
export const DEFAULT_MESSAGES: Record<ResultCode, string> = {
  OK: '成功',
  VALIDATION: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '内容已被他人更新，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '服务暂时不可用，请稍后再试',
}
