import type { z } from 'zod'
import { DEFAULT_MESSAGES, type Envelope } from '../../src/core/envelope'
import { DomainError, isDomainError } from '../../src/core/errors'
import type { SubmitLimits } from '../../src/core/limits'
import type { SessionUser } from '../../src/core/types'
import type { PhoneNumbers } from '../adapters/wechat/phone-number'
import type { Database } from '../db/database'
import type { MediaStore } from '../media/store'
import type { PushChannel } from '../push/channel'
import type { QrMaker } from '../qr/qr-codes'
import { findOrCreateResident, userByToken, type UserRow } from '../db/users-repository'

/** What every function is given by whichever runtime hosts it. */
export interface Services {
  db: Database
  /** Production mode: no demo logins. */
  production: boolean
  now: () => Date
  /** Submissions per person; SUBMIT_LIMITS unless a deployment (or a test) sets its own. */
  submitLimits?: SubmitLimits
  /** Encrypts residents' phones at rest; without it no phone is accepted. */
  phoneKey?: Buffer
  /** Where photos and video are stored; without it no attachment is accepted. */
  media?: MediaStore
  /** WeChat subscribe messages; without it only the in-app inbox is written. */
  push?: PushChannel
  /** The getPhoneNumber button's code → the person's number (the cloud only; H5 types it). */
  phoneNumbers?: PhoneNumbers
  /** Makes deputies' and stations' QR codes (kept in `media` once made). */
  qr?: QrMaker
  /** Font files posters are drawn with (a CJK font); without them no poster is made. */
  posterFonts?: string[]
}

/** Who called: a host bearer token, a CloudBase OPENID, a timer trigger, or nobody. */
export type Caller =
  | { kind: 'token'; token: string }
  | { kind: 'openid'; openid: string }
  | { kind: 'trigger' }
  | { kind: 'anonymous' }

export interface FnContext {
  services: Services
  caller: Caller
  /** The signed-in user, or null. */
  currentUser(): Promise<UserRow | null>
  /** The signed-in user, or UNAUTHENTICATED. */
  requireUser(): Promise<UserRow>
}

export type FunctionHandler = (event: unknown, ctx: FnContext) => Promise<unknown>

/** Parses an event at the edge; the first problem becomes the person's message. */
export function parseEvent<S extends z.ZodType>(schema: S, event: unknown): z.infer<S> {
  const result = schema.safeParse(event ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new DomainError('VALIDATION', `EVENT.${issue?.path.join('.') || 'INVALID'}`, issue?.message ?? DEFAULT_MESSAGES.VALIDATION)
}

/** The user and their scope: `{ id, role, deputyId?, stationId?, departmentId?, districtId? }`. */
export const toSessionUser = (u: UserRow): SessionUser => ({
  id: u.id,
  role: u.role,
  ...(u.deputy_id ? { deputyId: u.deputy_id } : {}),
  ...(u.station_id ? { stationId: u.station_id } : {}),
  ...(u.department_id ? { departmentId: u.department_id } : {}),
  ...(u.district_id ? { districtId: u.district_id } : {}),
})

function contextFor(services: Services, caller: Caller): FnContext {
  let resolved: Promise<UserRow | null> | undefined
  const currentUser = () =>
    (resolved ??=
      caller.kind === 'token'
        ? userByToken(services.db, caller.token)
        : caller.kind === 'openid'
          ? findOrCreateResident(services.db, caller.openid)
          : Promise.resolve(null))
  return {
    services,
    caller,
    currentUser,
    async requireUser() {
      const user = await currentUser()
      if (!user) throw new DomainError('UNAUTHENTICATED', 'AUTH.REQUIRED', '登录已失效，请重新进入')
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
