import { DomainError } from '../../src/core/errors'
import { authEvent } from '../../src/core/schemas'
import { createSession, findOrCreateResident, userByOpenid } from '../db/users-repository'
import { parseEvent, toSessionUser, type FunctionHandler } from './runtime'

/** The openid a demo persona signs in as; the seed creates one user for each. */
export const personaOpenid = (persona: string): string => `demo-${persona}`

export const auth: FunctionHandler = async (raw, ctx) => {
  const event = parseEvent(authEvent, raw)
  if (event.action === 'login' || event.action === 'me') return { user: toSessionUser(await ctx.requireUser()) }
  if (event.action === 'phoneNumber') {
    // The person's own number, for their own form: it is stored only when they submit it with consent.
    await ctx.requireUser()
    const numbers = ctx.services.phoneNumbers
    if (!numbers) throw new DomainError('VALIDATION', 'AUTH.PHONE_CODE_UNAVAILABLE', '这里不能读取微信手机号，请直接填写')
    return { phone: await numbers.fromCode(event.code) }
  }

  if (ctx.services.production) throw new DomainError('FORBIDDEN', 'AUTH.DEV_LOGIN_DISABLED', '正式环境不提供演示登录')
  const { db } = ctx.services
  const user =
    event.persona === undefined
      ? await findOrCreateResident(db, event.openid!)
      : event.persona === 'resident'
        ? await findOrCreateResident(db, personaOpenid('resident'))
        : await userByOpenid(db, personaOpenid(event.persona))
  if (!user) throw new DomainError('NOT_FOUND', 'AUTH.PERSONA_MISSING', '演示数据中没有这个身份')
  return { token: await createSession(db, user.id), user: toSessionUser(user) }
}
