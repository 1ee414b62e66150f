import { errors } from '../../src/core/errors'
import type { AuthEvent } from '../../src/core/identity/schemas'
import { sessionUserOf } from '../../src/core/identity/viewer'
import type { FnContext } from '../runtime/context'
import { personaOpenid } from './personas'
import { createSession, dropSession, dropSessionsOf, findOrCreateResident, viewerByOpenid } from './users-repository'

/** The caller's own account (in CloudBase the OPENID signs them in). */
export async function me(ctx: FnContext) {
  return { user: sessionUserOf(await ctx.requireUser()) }
}

/**
 * A demo sign-in, as a seeded persona or as a device's own resident; only on a demo host. A
 * device's id is kept apart from every other account's (`device:`), so it can never name a
 * persona or a real WeChat user.
 */
export async function devLogin(ctx: FnContext, e: Extract<AuthEvent, { action: 'devLogin' }>) {
  if (!ctx.services.demoLogins) throw errors.forbidden.devLogin()
  const { db } = ctx.services
  const user =
    e.persona === undefined
      ? await findOrCreateResident(db, `device:${e.openid!}`, ctx.services.phoneKey)
      : e.persona === 'resident'
        ? await findOrCreateResident(db, personaOpenid('resident'), ctx.services.phoneKey)
        : await viewerByOpenid(db, personaOpenid(e.persona))
  if (!user) throw errors.notFound.persona()
  return { token: await createSession(db, user.id), user: sessionUserOf(user) }
}

/** The person's own number, for their own form: it is stored only when they submit it with consent. */
export async function phoneNumber(ctx: FnContext, code: string) {
  await ctx.requireUser()
  const numbers = ctx.services.phoneNumbers
  if (!numbers) throw errors.validation.phoneCodeUnavailable()
  return { phone: await numbers.fromCode(code) }
}

/** `auth wxLogin`: a self-hosted weapp signs in with `wx.login`'s code (jscode2session); a new openid is a resident. */
export async function wxLogin(ctx: FnContext, code: string) {
  const sessions = ctx.services.codeSessions
  if (!sessions) throw errors.validation.wxLoginUnavailable()
  const { db } = ctx.services
  const user = await findOrCreateResident(db, await sessions.openidOf(code), ctx.services.phoneKey)
  return { token: await createSession(db, user.id), user: sessionUserOf(user) }
}

/** `auth logout`: this session ends (in CloudBase there is none: the OPENID is the caller). */
export async function logout(ctx: FnContext) {
  await ctx.requireUser()
  if (ctx.caller.kind === 'token') await dropSession(ctx.services.db, ctx.caller.token)
  return { loggedOut: true }
}

/** `auth logoutEverywhere`: every session of the person ends, on every device. */
export async function logoutEverywhere(ctx: FnContext) {
  const user = await ctx.requireUser()
  await dropSessionsOf(ctx.services.db, user.id)
  return { loggedOut: true }
}
