import { authEvent } from '../../src/core/identity/schemas'
import { devLogin, me, phoneNumber } from '../identity/sign-in'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** Sign-in: the caller's own account, a phone number from a WeChat code, and demo personas on a development host. */
export const auth: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(authEvent, raw)
  switch (e.action) {
    case 'login':
    case 'me':
      return me(ctx)
    case 'phoneNumber':
      return phoneNumber(ctx, e.code)
    case 'devLogin':
      return devLogin(ctx, e)
  }
}
