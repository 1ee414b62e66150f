import type { z } from 'zod'
import { DEFAULT_MESSAGES, type Envelope } from '../../src/core/envelope'
import { errors, isDomainError } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import { viewerOfOpenid, viewerOfToken } from '../identity/accounts'
import type { Services } from './services'

export type { Services } from './services'

/**
 * Who called: a host bearer token, a CloudBase OPENID, a timer trigger, WeChat's own message
 * push (消息推送: only the cloud runtime says so, never a caller), or nobody. A host caller
 * carries the address it came from (the socket's, or the trusted proxy's client): what limits
 * count by before anyone is signed in.
 */
export type Caller =
  | { kind: 'token'; token: string; address?: string }
  | { kind: 'openid'; openid: string }
  | { kind: 'trigger' }
  | { kind: 'push' }
  | { kind: 'anonymous'; address?: string }

export interface FnContext {
  services: Services
  caller: Caller
  /** The signed-in person, or null. */
  currentUser(): Promise<Viewer | null>
  /** The signed-in person, or UNAUTHENTICATED. */
  requireUser(): Promise<Viewer>
}

export type FunctionHandler = (event: unknown, ctx: FnContext) => Promise<unknown>

/** Whether any text in the event holds a NUL character, which no text column can store. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 32 || value === null || typeof value !== 'object') return false
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || holdsNul(v, depth + 1))
}

/** Parses an event at the edge; the first problem becomes the person's message. */
export function parseEvent<S extends z.ZodType>(schema: S, event: unknown): z.infer<S> {
  if (holdsNul(event)) throw errors.validation.unreadableText()
  const result = schema.safeParse(event ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw errors.validation.event(issue?.path.join('.') ?? '', issue?.message ?? DEFAULT_MESSAGES.VALIDATION)
}

function contextFor(services: Services, caller: Caller): FnContext {
  let resolved: Promise<Viewer | null> | undefined
  const currentUser = () =>
    (resolved ??=
      caller.kind === 'token'
        ? viewerOfToken(services.db, caller.token)
        : caller.kind === 'openid'
          ? viewerOfOpenid(services.db, caller.openid, services.phoneKey)
          : Promise.resolve(null))
  return {
    services,
    caller,
    currentUser,
    async requireUser() {
      const user = await currentUser()
      if (!user) throw errors.unauthenticated.required()
      return user
    },
  }
}

/** Runs one function call and answers with the envelope, whatever happens inside. */
export async function invoke(handler: FunctionHandler, event: unknown, services: Services, caller: Caller): Promise<Envelope> {
  try {
    const data = await handler(event, contextFor(services, caller))
    return { code: 'OK', data: data ?? null, message: DEFAULT_MESSAGES.OK }
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, data: null, message: e.message }
    console.error('[function error]', e)
    return { code: 'INTERNAL', data: null, message: DEFAULT_MESSAGES.INTERNAL }
  }
}
