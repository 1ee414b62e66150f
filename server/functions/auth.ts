import { authEvent } from '../../src/core/identity/schemas'
import { bind } from '../identity/bindings'
import { confirmTotp, enrolTotp, passwordSignIn, setPassword } from '../identity/credentials'
import { devLogin, logout, logoutEverywhere, me, phoneNumber, wxLogin } from '../identity/sign-in'
import { deleteAccount, myData } from '../privacy/my-data'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/**
 * Sign-in and the account: WeChat's login code, the caller's own account, a role by binding code,
 * a phone number from a WeChat code, demo personas on a demo host, signing out, one's own data and its deletion.
 */
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
    case 'bind':
      return bind(ctx, e.code)
    case 'wxLogin':
      return wxLogin(ctx, e.code)
    case 'setPassword':
      return setPassword(ctx, e)
    case 'enrolTotp':
      return enrolTotp(ctx, e)
    case 'confirmTotp':
      return confirmTotp(ctx, e.totp)
    case 'password':
      return passwordSignIn(ctx, e)
    case 'logout':
      return logout(ctx)
    case 'logoutEverywhere':
      return logoutEverywhere(ctx)
  }
}
