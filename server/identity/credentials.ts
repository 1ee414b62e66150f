import { authenticator } from 'otplib'
import type { AuthEvent } from '../../src/core/identity/schemas'
import { sessionUserOf } from '../../src/core/identity/viewer'
import { errors } from '../../src/core/errors'
import { openSecret, sealSecret } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import {
  accountTakenByOther, confirmTotpRow, countFailure, credentialOfAccount, credentialOfUser, savePassword, saveTotp, signedIn, type CredentialRow,
} from './credentials-repository'
import { qrSvg } from './codes'
import { createSession, viewerById } from './users-repository'

/**
 * Staff at a desktop browser (every role but resident: they can read residents' phones) sign in
 * with an account, a password kept as an argon2id hash, and a TOTP code from an authenticator app.
 */

/** Codes of the step before and after count too (a phone's clock a little off). */
const totp = authenticator.clone({ window: 1 })
const STEP_MS = 30_000

/** Loaded on first use: only the functions that check passwords ship argon2's native binary. */
const argon2 = () => import('@node-rs/argon2')
const hash = async (password: string) => (await argon2()).hash(password)
const verifyHash = async (stored: string, password: string) => (await argon2()).verify(stored, password)

const TRIES = 5
const LOCK_MINUTES = 15
/** A hash to check against when the account does not exist, so that both answers take as long. */
let nobody: Promise<string> | undefined
const NOBODY = () => (nobody ??= hash('nobody-has-this-password-0'))

async function requireStaff(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (user.role === 'resident') throw errors.forbidden.passwordsStaffOnly()
  return user
}

/** `auth setPassword`: a bound staff member names their account and sets (or changes) its password. */
export async function setPassword(ctx: FnContext, e: Extract<AuthEvent, { action: 'setPassword' }>) {
  const user = await requireStaff(ctx)
  const passwordHash = await hash(e.password)
  return ctx.services.db.tx(async (q) => {
    if (await accountTakenByOther(q, e.account, user.id)) throw errors.conflict.accountTaken()
    await savePassword(q, user.id, e.account, passwordHash)
    const c = (await credentialOfUser(q, user.id))!
    return { account: c.account, totpConfirmed: c.totp_confirmed }
  })
}

/** `auth enrolTotp`: a new TOTP secret, shown once as a QR (otpauth://) for an authenticator app; confirmed by a code it makes. */
export async function enrolTotp(ctx: FnContext) {
  const user = await requireStaff(ctx)
  const key = ctx.services.phoneKey
  if (!key) throw errors.validation.secretsUnavailable()
  const secret = totp.generateSecret(20)
  const account = await ctx.services.db.tx(async (q) => {
    const c = await credentialOfUser(q, user.id)
    if (!c) throw errors.validation.noPassword()
    await saveTotp(q, user.id, sealSecret(secret, key))
    return c.account
  })
  const uri = totp.keyuri(account, '码上说事', secret)
  return { secret, uri, qr: await qrSvg(uri) }
}

/** The time step of a code the secret makes now (a step either side allowed), newer than the last one used; else null. */
function acceptedStep(ctx: FnContext, c: CredentialRow, code: string): number | null {
  const key = ctx.services.phoneKey
  if (!key || !c.totp_enc) return null
  const delta = totp.checkDelta(code, openSecret(c.totp_enc, key))
  if (delta === null) return null
  const step = Math.floor(Date.now() / STEP_MS) + delta
  return step > Number(c.totp_last_step) ? step : null
}

/** `auth confirmTotp`: the authenticator app is set up once it makes a code the server accepts. */
export async function confirmTotp(ctx: FnContext, totp: string) {
  const user = await requireStaff(ctx)
  return ctx.services.db.tx(async (q) => {
    const c = await credentialOfUser(q, user.id)
    if (!c?.totp_enc) throw errors.validation.noPassword()
    const step = acceptedStep(ctx, c, totp)
    if (step === null) throw errors.validation.totpCode()
    await confirmTotpRow(q, user.id, step)
    return { account: c.account, totpConfirmed: true }
  })
}

/**
 * `auth password`: account, password and TOTP code → a session. Any wrong part is the same
 * answer; five wrong tries in a row lock the account for 15 minutes.
 */
export async function passwordSignIn(ctx: FnContext, e: Extract<AuthEvent, { action: 'password' }>) {
  const { db } = ctx.services
  const outcome = await db.tx(async (q) => {
    const c = await credentialOfAccount(q, e.account)
    if (!c) {
      await verifyHash(await NOBODY(), e.password)
      return null
    }
    if (c.locked) throw errors.rateLimited.signInLocked()
    const passwordOk = await verifyHash(c.password_hash, e.password)
    const step = passwordOk && c.totp_confirmed ? acceptedStep(ctx, c, e.totp) : null
    const user = step === null ? null : await viewerById(q, c.user_id)
    if (step === null || !user || user.role === 'resident') {
      await countFailure(q, c.user_id, TRIES, LOCK_MINUTES)
      if (passwordOk && !c.totp_confirmed) return 'unconfirmed'
      return null
    }
    await signedIn(q, user.id, step)
    return { token: await createSession(q, user.id), user: sessionUserOf(user) }
  })
  if (outcome === 'unconfirmed') throw errors.conflict.totpUnconfirmed()
  if (!outcome) throw errors.unauthenticated.signIn()
  return outcome
}
