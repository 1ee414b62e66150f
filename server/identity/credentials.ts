import { authenticator } from 'otplib'
import { credentialGate, SIGN_IN_FAILURES } from '../../src/core/identity/credentials'
import type { AuthEvent } from '../../src/core/identity/schemas'
import { sessionUserOf, type Viewer } from '../../src/core/identity/viewer'
import { errors } from '../../src/core/errors'
import { audit } from '../audit/audit'
import type { Queryable } from '../db/queryable'
import { callerKey, countHit, spent, type Limit } from '../limits/limits'
import { tell } from '../messaging/inbox'
import { openSecret, sealSecret } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import {
  accountTakenByOther, confirmTotpRow, countFailure, credentialOfAccount, credentialOfUser, resetCredentialsOf, savePassword, saveTotp, setupOpenSince, signedIn, type CredentialRow,
} from './credentials-repository'
import { qrSvg } from './codes'
import { createSession, dropSessionsOf, viewerById } from './users-repository'

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
const PER_ADDRESS: Limit = { kind: 'signin', max: SIGN_IN_FAILURES.perAddress, seconds: SIGN_IN_FAILURES.windowMinutes * 60 }
/** A hash to check against when the account does not exist, so that both answers take as long. */
let nobody: Promise<string> | undefined
const NOBODY = () => (nobody ??= hash('nobody-has-this-password-0'))

async function requireStaff(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (user.role === 'resident') throw errors.forbidden.passwordsStaffOnly()
  return user
}

/** The time step of a code the secret makes now (a step either side allowed), newer than the last one used; else null. */
function acceptedStep(ctx: FnContext, c: CredentialRow, code: string | undefined): number | null {
  const key = ctx.services.phoneKey
  if (!key || !c.totp_enc || !code) return null
  const delta = totp.checkDelta(code, openSecret(c.totp_enc, key))
  if (delta === null) return null
  const step = Math.floor(Date.now() / STEP_MS) + delta
  return step > Number(c.totp_last_step) ? step : null
}

type Proof = { currentPassword?: string; currentTotp?: string }

/**
 * May the person set credentials now? Freely during their first setup (within a day of binding
 * or of an admin's reset); otherwise only with the current password and a current code, the
 * code then used up. The credential row stays locked for the caller's transaction.
 */
async function requireGate(ctx: FnContext, q: Queryable, user: Viewer, proof: Proof): Promise<CredentialRow | null> {
  const c = await credentialOfUser(q, user.id)
  const gate = credentialGate({ complete: !!c?.totp_confirmed, openSince: await setupOpenSince(q, user.id), now: ctx.services.now() })
  if (gate === 'setup') return c
  if (!c?.totp_confirmed) throw errors.forbidden.setupClosed()
  const step = proof.currentPassword && (await verifyHash(c.password_hash, proof.currentPassword)) ? acceptedStep(ctx, c, proof.currentTotp) : null
  if (step === null) throw errors.forbidden.currentCredentials()
  await signedIn(q, user.id, step)
  return c
}

const noteChange = (q: Queryable, user: Viewer, detail: string) =>
  audit(q, { actorId: user.id, actorRole: user.role, districtId: user.districtId, kind: 'credential.change', subjectId: user.id, detail })

/** `auth setPassword`: a bound staff member names their account and sets (or, proving the current ones, changes) its password. */
export async function setPassword(ctx: FnContext, e: Extract<AuthEvent, { action: 'setPassword' }>) {
  const user = await requireStaff(ctx)
  const passwordHash = await hash(e.password)
  return ctx.services.db.tx(async (q) => {
    const before = await requireGate(ctx, q, user, e)
    if (await accountTakenByOther(q, e.account, user.id)) throw errors.conflict.accountTaken()
    await savePassword(q, user.id, e.account, passwordHash)
    await noteChange(q, user, before ? `修改登录密码（账号 ${e.account}）` : `设置登录密码（账号 ${e.account}）`)
    const c = (await credentialOfUser(q, user.id))!
    return { account: c.account, totpConfirmed: c.totp_confirmed }
  })
}

/** `auth enrolTotp`: a new TOTP secret, shown once as a QR (otpauth://) for an authenticator app; confirmed by a code it makes. */
export async function enrolTotp(ctx: FnContext, e: Proof = {}) {
  const user = await requireStaff(ctx)
  const key = ctx.services.phoneKey
  if (!key) throw errors.validation.secretsUnavailable()
  const secret = totp.generateSecret(20)
  const account = await ctx.services.db.tx(async (q) => {
    const c = await requireGate(ctx, q, user, e)
    if (!c) throw errors.validation.noPassword()
    await saveTotp(q, user.id, sealSecret(secret, key))
    await noteChange(q, user, c.totp_confirmed ? '更换动态码（验证器）' : '绑定动态码（验证器）')
    return c.account
  })
  const uri = totp.keyuri(account, '码上说事', secret)
  return { secret, uri, qr: await qrSvg(uri) }
}

/** `auth confirmTotp`: the authenticator app is set up once it makes a code the server accepts. */
export async function confirmTotp(ctx: FnContext, code: string) {
  const user = await requireStaff(ctx)
  return ctx.services.db.tx(async (q) => {
    const c = await credentialOfUser(q, user.id)
    if (!c?.totp_enc) throw errors.validation.noPassword()
    const step = acceptedStep(ctx, c, code)
    if (step === null) throw errors.validation.totpCode()
    await confirmTotpRow(q, user.id, step)
    await noteChange(q, user, '确认动态码')
    return { account: c.account, totpConfirmed: true }
  })
}

/**
 * `admin resetCredentials`: a district's admin clears a staff member's password and second factor
 * (a lost phone, a person who left); every session of theirs ends, and a new first setup opens for a day.
 */
export async function resetCredentials(ctx: FnContext, userId: string): Promise<{ reset: true }> {
  const user = await ctx.requireUser()
  if (user.role !== 'admin') throw errors.forbidden.resetScope()
  await ctx.services.db.tx(async (q) => {
    const person = await viewerById(q, userId, true)
    if (!person || person.role === 'resident') throw errors.notFound.person()
    if (user.districtId === null || person.districtId !== user.districtId) throw errors.forbidden.resetScope()
    await resetCredentialsOf(q, person.id)
    await dropSessionsOf(q, person.id)
    await audit(q, { actorId: user.id, actorRole: user.role, districtId: user.districtId, kind: 'credential.change', subjectId: person.id, detail: '系统管理员重置了登录密码和动态码，已退出全部登录' })
  })
  return { reset: true }
}

/**
 * `auth password`: account, password and TOTP code → a session. Every failure is the same
 * answer, whatever failed — a wrong part, a locked account, a second factor never confirmed:
 * the caller learns nothing of the account; its owner hears of a lock or an unfinished setup in
 * their own 消息. Five wrong tries in a row lock the account for 15 minutes; an address that
 * fails too often is refused for a while (so nobody keeps every account locked). Counted in the
 * database, under locks: it holds across hosts and parallel tries; each failure is audited.
 */
export async function passwordSignIn(ctx: FnContext, e: Extract<AuthEvent, { action: 'password' }>) {
  const { db } = ctx.services
  const from = callerKey(ctx.caller)
  const outcome = await db.tx(async (q) => {
    if (from && (await spent(q, PER_ADDRESS, from))) return 'limited' as const
    const c = await credentialOfAccount(q, e.account)
    const passwordOk = await verifyHash(c?.password_hash ?? (await NOBODY()), e.password)
    const step = c && !c.locked && passwordOk && c.totp_confirmed ? acceptedStep(ctx, c, e.totp) : null
    const user = c && step !== null ? await viewerById(q, c.user_id) : null
    if (c && step !== null && user && user.role !== 'resident') {
      await signedIn(q, user.id, step)
      return { token: await createSession(q, user.id), user: sessionUserOf(user) }
    }
    if (from) await countHit(q, PER_ADDRESS, from)
    if (c) await failedAt(q, c, passwordOk)
    else await audit(q, { actorId: null, actorRole: 'system', districtId: null, kind: 'signin.fail', subjectId: '00000000-0000-0000-0000-000000000000', detail: `不存在的账号 ${e.account}` })
    return null
  })
  if (outcome === 'limited') throw errors.rateLimited.signInAddress()
  if (!outcome) throw errors.unauthenticated.signIn()
  return outcome
}

/** A failed sign-in at an existing account: counted towards its lock, audited, and its owner told of a lock or an unfinished setup. */
async function failedAt(q: Queryable, c: CredentialRow, passwordOk: boolean) {
  const owner = await viewerById(q, c.user_id)
  const why = c.locked ? '账号锁定中' : !passwordOk ? '密码错误' : !c.totp_confirmed ? '动态码未完成设置' : '动态码错误'
  const lockedNow = !c.locked && (await countFailure(q, c.user_id, TRIES, LOCK_MINUTES))
  await audit(q, {
    actorId: null, actorRole: owner?.role ?? 'system', districtId: owner?.districtId ?? null, kind: 'signin.fail', subjectId: c.user_id,
    detail: `账号 ${c.account}：${why}${lockedNow ? `，连续输错 ${TRIES} 次，锁定 ${LOCK_MINUTES} 分钟` : ''}`,
  })
  if (lockedNow) await tell(q, [c.user_id], '账号已临时锁定', `您的账号 ${c.account} 连续 ${TRIES} 次登录失败，已锁定 ${LOCK_MINUTES} 分钟。如不是您本人操作，请修改密码或联系系统管理员。`)
  else if (passwordOk && !c.totp_confirmed && !c.locked) await tell(q, [c.user_id], '请完成动态码设置', `账号 ${c.account} 的密码正确，但还没有完成动态码设置，暂时不能在电脑上登录。请在小程序“登录密码与动态码”中完成设置。`)
}
