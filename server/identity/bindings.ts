import { randomInt } from 'node:crypto'
import type { AdminEvent } from '../../src/core/admin/schemas'
import {
  BINDING_ALPHABET, BINDING_DAYS, BINDING_LENGTH, bindingScope, issuesBinding, managesBindings, normalizeBindingCode,
  type BindingTarget, type BindingView, type BoundPerson, type IssuedBinding,
} from '../../src/core/identity/bindings'
import { errors } from '../../src/core/errors'
import { sessionUserOf, type SessionUser, type Viewer } from '../../src/core/identity/viewer'
import { afterCursor, pageOf } from '../db/cursor'
import type { Database, Queryable } from '../db/queryable'
import { districtOfViewer, ensureDistrict } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import {
  adminCount, bindingByHash, bindingById, boundPeople, deputyTarget, departmentTarget, insertBinding, listBindings, markBindingUsed,
  recentBindAttempts, recordBindAttempt, revokeBindingRow, stationTarget,
} from './bindings-repository'
import { qrSvg, secretHash as hashOf } from './codes'
import { createSession, dropSessionsOf, lockUser, setRole, viewerById } from './users-repository'

type Issue = Extract<AdminEvent, { action: 'issueBinding' }>

const newCode = () => Array.from({ length: BINDING_LENGTH }, () => BINDING_ALPHABET[randomInt(BINDING_ALPHABET.length)]).join('')
/** Wrong codes a person may try in an hour: 29⁸ codes make guessing hopeless at this pace. */
const ATTEMPTS_PER_HOUR = 10
const PAGE = 50

type Resolved = BindingTarget & { deputyId: string | null; departmentId: string | null; leader: boolean }

/** What the code will bind: the role and the station, deputy or department it names. */
async function resolveTarget(q: Queryable, user: Viewer, e: Issue): Promise<Resolved> {
  const none = { stationId: null, deputyId: null, departmentId: null, leader: false }
  switch (e.role) {
    case 'deputy': {
      const d = await deputyTarget(q, e.deputyCode!)
      if (!d) throw errors.notFound.bindingTarget('代表编码')
      if (!d.active) throw errors.conflict.deputyRetired()
      return { ...none, role: 'deputy', districtId: d.districtId, stationId: d.stationId, deputyId: d.id }
    }
    case 'staff': {
      const s = await stationTarget(q, e.stationCode!)
      if (!s) throw errors.notFound.bindingTarget('站点编码')
      return { ...none, role: 'staff', districtId: s.districtId, stationId: s.id }
    }
    case 'department': {
      const d = await departmentTarget(q, e.departmentCode!, user.districtId)
      if (!d) throw errors.notFound.bindingTarget('部门编码')
      return { ...none, role: 'department', districtId: d.districtId, departmentId: d.id }
    }
    case 'office':
    case 'admin': {
      return { ...none, role: e.role, districtId: await districtOfViewer(q, user), leader: e.leader === true }
    }
  }
}

/** Makes a code for a target, keeping only its hash; the plain code is answered once. */
export async function makeBinding(q: Queryable, t: Resolved, issuedBy: string | null): Promise<{ id: string; code: string; expiresAt: string }> {
  const code = newCode()
  const made = await insertBinding(q, { ...t, codeHash: hashOf(code), hint: code.slice(0, 2), issuedBy, days: BINDING_DAYS })
  return { ...made, code }
}

/** `admin issueBinding`: a one-use code, valid 7 days, for a role in the issuer's reach; also as a QR of the code, for 扫码绑定. */
export async function issueBinding(ctx: FnContext, e: Issue): Promise<IssuedBinding> {
  const user = await ctx.requireUser()
  if (!managesBindings(user)) throw errors.forbidden.bindingsManagers()
  const { db } = ctx.services
  const target = await resolveTarget(db, user, e)
  if (!issuesBinding(user, target)) throw errors.forbidden.bindingScope()
  const made = await makeBinding(db, target, user.id)
  return { ...made, qr: await qrSvg(made.code) }
}

/**
 * `auth bind`: the signed-in person takes the role a code gives. A used, expired or revoked code
 * says which; wrong codes are counted, ten an hour. The person's other sessions end; a host
 * caller gets a new session that lasts as the new role's do.
 */
export async function bind(ctx: FnContext, raw: string): Promise<{ user: SessionUser; token?: string }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  if ((await recentBindAttempts(db, user.id)) >= ATTEMPTS_PER_HOUR) throw errors.rateLimited.bindAttempts()
  const outcome = await db.tx(async (q) => {
    await lockUser(q, user.id)
    const code = normalizeBindingCode(raw)
    const b = await bindingByHash(q, hashOf(code))
    if (!b) return bootstrapCode(ctx, q, user.id, code)
    if (b.revoked_at) throw errors.conflict.bindingRevoked()
    if (b.used_at) throw errors.conflict.bindingUsed()
    if (b.expired) throw errors.conflict.bindingExpired()
    await markBindingUsed(q, b.id, user.id)
    const bound = await setRole(q, user.id, { role: b.role, districtId: b.district_id, stationId: b.station_id, deputyId: b.deputy_id, departmentId: b.department_id, leader: b.leader })
    await dropSessionsOf(q, user.id)
    return { user: sessionUserOf(bound), ...(ctx.caller.kind === 'token' ? { token: await createSession(q, user.id) } : {}) }
  })
  if (outcome) return outcome
  await recordBindAttempt(db, user.id)
  throw errors.validation.bindingCode()
}

/** The cloud's first admin: ADMIN_BOOTSTRAP_CODE binds while no admin exists. */
async function bootstrapCode(ctx: FnContext, q: Queryable, userId: string, code: string) {
  const boot = ctx.services.bootstrap
  if (!boot || normalizeBindingCode(boot.code) !== code || (await adminCount(q)) > 0) return null
  const d = await ensureDistrict(q, boot.district, boot.prefix)
  const bound = await setRole(q, userId, { role: 'admin', districtId: d.id, stationId: null, deputyId: null, departmentId: null })
  return { user: sessionUserOf(bound) }
}

async function requireManager(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (!managesBindings(user)) throw errors.forbidden.bindingsManagers()
  return user
}

/** `admin bindings`: the codes issued in the manager's scope, newest first. */
export async function bindingsList(ctx: FnContext, cursor?: string): Promise<{ items: BindingView[]; cursor?: string }> {
  const user = await requireManager(ctx)
  return pageOf(await listBindings(ctx.services.db, bindingScope(user), afterCursor(cursor), PAGE + 1), PAGE)
}

/** `admin revokeBinding`: a code not yet used is void from now on. */
export async function revokeBinding(ctx: FnContext, id: string): Promise<{ revoked: true }> {
  const user = await requireManager(ctx)
  await ctx.services.db.tx(async (q) => {
    const b = await bindingById(q, id)
    if (!b) throw errors.notFound.binding()
    if (!issuesBinding(user, { role: b.role, districtId: b.district_id, stationId: b.station_id })) throw errors.forbidden.bindingScope()
    if (b.used_at || b.revoked_at) throw errors.conflict.bindingClosed()
    await revokeBindingRow(q, b.id)
  })
  return { revoked: true }
}

/** `admin people`: who holds a role in the manager's scope. */
export async function peopleList(ctx: FnContext, cursor?: string): Promise<{ items: BoundPerson[]; cursor?: string }> {
  const user = await requireManager(ctx)
  return pageOf(await boundPeople(ctx.services.db, bindingScope(user), afterCursor(cursor), PAGE + 1), PAGE)
}

/** `admin unbind`: back to a resident, signed out everywhere; the last admin stays. */
export async function unbind(ctx: FnContext, userId: string): Promise<{ unbound: true }> {
  const user = await requireManager(ctx)
  await ctx.services.db.tx(async (q) => {
    const person = await viewerById(q, userId, true)
    if (!person || person.role === 'resident') throw errors.notFound.person()
    if (!issuesBinding(user, { role: person.role, districtId: person.districtId ?? '', stationId: person.stationId })) throw errors.forbidden.bindingScope()
    if (person.role === 'admin' && (await adminCount(q)) <= 1) throw errors.conflict.lastAdmin()
    await setRole(q, person.id, { role: 'resident', districtId: null, stationId: null, deputyId: null, departmentId: null })
    await dropSessionsOf(q, person.id)
  })
  return { unbound: true }
}

/**
 * The first administrator of a new district (`npm run admin -- bootstrap`): the district is made
 * when it does not exist, and a one-use admin code is issued for it.
 */
export async function bootstrapAdmin(db: Database, district: { name: string; prefix: string }) {
  return db.tx(async (q) => {
    const d = await ensureDistrict(q, district.name, district.prefix)
    const made = await makeBinding(q, { role: 'admin', districtId: d.id, stationId: null, deputyId: null, departmentId: null, leader: false }, null)
    return { districtCreated: d.created, ...made }
  })
}
