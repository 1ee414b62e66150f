import type { z } from 'zod'
import type { ResultCode } from '../../core/envelope'
import { clearSession, ensureSession, sessionToken } from '../session'
import { transport } from '../transport'

/** A failed call, with the code of the envelope (or NETWORK when no answer came). */
export class ApiError extends Error {
  constructor(
    readonly code: ResultCode | 'NETWORK',
    message: string,
  ) {
    super(message)
  }
}

const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试'

/**
 * Calls a function as the signed-in user; a stale session is renewed once. Only the api
 * modules beside this one call it: pages and components call their typed functions.
 */
export async function callFunction<T>(name: string, data: object, { auth = true } = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let env
    try {
      if (auth) await ensureSession()
      env = await transport(name, data, auth ? sessionToken() : null)
    } catch (e) {
      const code = (e as { code?: ResultCode }).code
      throw code ? new ApiError(code, (e as Error).message) : new ApiError('NETWORK', NETWORK_MESSAGE)
    }
    if (env.code === 'UNAUTHENTICATED' && auth && attempt === 0) {
      clearSession()
      continue
    }
    if (env.code !== 'OK') throw new ApiError(env.code, env.message)
    return env.data as T
  }
}

/** What to tell the person: the server's own message for a coded failure (a call, or a sign-in), else the network's. */
export const errorMessage = (e: unknown): string => (e instanceof ApiError || (e instanceof Error && 'code' in e) ? e.message : NETWORK_MESSAGE)

/** What one action of a function takes, from its event schema in core (a type only: zod is not bundled). */
export type Args<S extends z.ZodType, A extends string> = Omit<Extract<z.input<S>, { action: A }>, 'action'>

/** Public calls (a deputy's page, the station directory) need no sign-in. */
export const PUBLIC = { auth: false } as const
