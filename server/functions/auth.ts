import { authEvent } from '../../src/core/identity/schemas'
import { devLogin, me, phoneNumber } from '../identity/sign-in'
import { deleteAccount, myData } from '../privacy/my-data'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** Sign-in and the account: the caller's own account, a phone number from a WeChat code, demo personas on a demo host, one's own data and its deletion. */
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
    case 'myData':
      return myData(ctx)
    case 'deleteAccount':
      return deleteAccount(ctx)
  }
}
