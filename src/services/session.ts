import Taro from '@tarojs/taro'
import type { Role } from '../core/identity/roles'
import type { SessionUser } from '../core/identity/viewer'
import { newSubmissionId } from './ids'
import { storage } from './storage'
import { transport } from './transport'

const TOKEN = 'session.token'
const USER = 'session.user'
const DEVICE = 'session.device'

export const sessionToken = (): string | null => storage.get<string>(TOKEN)
export const sessionUser = (): SessionUser | null => storage.get<SessionUser>(USER)

type Listener = (user: SessionUser | null) => void
const listeners = new Set<Listener>()

/** Tells whoever shows the user (the store) about every sign-in, renewal and sign-out. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function clearSession(): void {
  storage.remove(TOKEN)
  storage.remove(USER)
  listeners.forEach((l) => l(null))
}

async function login(event: object, current: string | null = null): Promise<SessionUser> {
  const env = await transport('auth', event, current)
  if (env.code !== 'OK') throw Object.assign(new Error(env.message), { code: env.code })
  const { token, user } = env.data as { token?: string; user: SessionUser }
  if (token) storage.set(TOKEN, token)
  storage.set(USER, user)
  listeners.forEach((l) => l(user))
  return user
}

/**
 * Makes sure there is a signed-in user. In CloudBase the OPENID is the identity; on the host
 * this device signs in as its own resident (a stable device id), until a persona is chosen.
 */
export async function ensureSession(): Promise<SessionUser> {
  const known = sessionUser()
  if (known && (USE_CLOUD || sessionToken())) return known
  if (USE_CLOUD) return login({ action: 'login' })
  // A self-hosted mini-program signs in with wx.login's code.
  if (process.env.TARO_ENV === 'weapp') return login({ action: 'wxLogin', code: (await Taro.login()).code })
  let device = storage.get<string>(DEVICE)
  if (!device) {
    device = `h5-${newSubmissionId()}`
    storage.set(DEVICE, device)
  }
  return login({ action: 'devLogin', openid: device })
}

/** Demo sign-in as one of the seeded personas (refused by a production host). */
export const loginAs = (persona: Role): Promise<SessionUser> => login({ action: 'devLogin', persona })

/** Takes the role a binding code gives; the server answers the new session (the old ones end). */
export const bindRole = (code: string): Promise<SessionUser> => login({ action: 'bind', code }, sessionToken())

/** Signs out of this device, or of every device; the next call signs in afresh. */
export async function signOut(everywhere: boolean): Promise<void> {
  await transport('auth', { action: everywhere ? 'logoutEverywhere' : 'logout' }, sessionToken()).catch(() => undefined)
  clearSession()
}

/** Staff at a desktop browser: account, password and the authenticator's 6-digit code. */
export const signInWithPassword = (account: string, password: string, totp: string): Promise<SessionUser> =>
  login({ action: 'password', account, password, totp })
