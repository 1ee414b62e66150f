import type { AdminEvent } from '../../src/core/admin/schemas'
import { bindingScope, GRANT_LABELS, issuesBinding, managesBindings, normalizeBindingCode } from '../../src/core/identity/bindings'
import type { BindingView, BoundPerson, BoundRole, IssuedBinding } from '../../src/core/identity/bindings'
import { errors } from '../../src/core/errors'
import { sessionUserOf, type SessionUser, type Viewer } from '../../src/core/identity/viewer'
import { afterCursor, pageOf } from '../db/cursor'
import type { Queryable } from '../db/queryable'
import { districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import {
  bindingByHash, consultantActive, consultantTarget, deputyInOffice, bindingById, boundPeople, deputyTarget, departmentTarget, listBindings,
  markBindingUsed, recentBindAttempts, recordBindAttempt, revokeBindingRow, stationTarget,
} from './bindings-repository'
import { ROLE_LABELS } from '../../src/core/identity/roles'
import { audit } from '../audit/audit'
import { qrSvg, secretHash as hashOf } from './codes'
import { bootstrapCode, issuedBy, makeBinding, redeemMembership, requireAnotherAdmin, type Resolved } from './binding-codes'
import { createSession, dropSessionsOf, lockUser, setRole, viewerById } from './users-repository'

type Issue = Extract<AdminEvent, { action: 'issueBinding' }>

/** Wrong codes a person may try in an hour: 29⁸ codes make guessing hopeless at this pace. */
const ATTEMPTS_PER_HOUR = 10
const PAGE = 50


/** What the code will bind: the role and the station, deputy or department it names. */
async function resolveTarget(q: Queryable, user: Viewer, e: Issue): Promise<Resolved> {
  const none = { stationId: null, deputyId: null, departmentId: null, consultantId: null, leader: false }
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
    case 'consultant': {
      const c = await consultantTarget(q, e.expertCode!, user.districtId)
      if (!c) throw errors.notFound.bindingTarget('专家编码')
      if (!c.active) throw errors.conflict.consultantInactive()
      return { ...none, role: 'consultant', districtId: c.districtId, consultantId: c.id }
    }
    case 'office':
    case 'admin':
      return { ...none, role: e.role, districtId: districtOfViewer(user), leader: e.leader === true }
    default:
      // `grant: 'member'`: membership of the issuer's district's standing committee.
      return { ...none, role: 'member', districtId: districtOfViewer(user), memberName: e.memberName }
  }
}

/** `admin issueBinding`: a one-use code, valid 7 days, for a role in the issuer's reach; also as a QR of the code, for 扫码绑定. Audited. */
export async function issueBinding(ctx: FnContext, e: Issue): Promise<IssuedBinding> {
  const user = await requireManager(ctx)
  const { db } = ctx.services
  const target = await resolveTarget(db, user, e)
  if (!issuesBinding(user, target)) throw errors.forbidden.bindingScope()
  const made = await db.tx(async (q) => {
    const made = await makeBinding(q, target, user.id)
    const scope = e.deputyCode ?? e.stationCode ?? e.departmentCode ?? e.expertCode ?? '本区'
    await audit(q, { actorId: user.id, actorRole: user.role, districtId: target.districtId, kind: 'role.grant', subjectId: made.id, detail: `发放绑定码 ${made.code.slice(0, 2)}…：${GRANT_LABELS[target.role]}（${scope}）${target.leader ? '，领导' : ''}` })
    return made
  })
  return { ...made, qr: await qrSvg(made.code) }
}

/**
 * `auth bind`: the signed-in person takes the role a code gives. A used, expired or revoked code
 * says which; wrong codes are counted, ten an hour, under the person's lock (parallel tries are
 * counted one after another). The person's other sessions end; a host caller gets a new session
 * that lasts as the new role's do. Audited, with who issued the code.
 */
export async function bind(ctx: FnContext, raw: string): Promise<{ user: SessionUser; token?: string }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const outcome = await db.tx(async (q) => {
    await lockUser(q, user.id)
    if ((await recentBindAttempts(q, user.id)) >= ATTEMPTS_PER_HOUR) return 'limited' as const
    const code = normalizeBindingCode(raw)
    const b = await bindingByHash(q, hashOf(code))
    if (!b) {
      const booted = await bootstrapCode(ctx, q, user, code)
      if (booted) return booted
      await recordBindAttempt(q, user.id)
      return 'wrong' as const
    }
    if (b.revoked_at) throw errors.conflict.bindingRevoked()
    if (b.used_at) throw errors.conflict.bindingUsed()
    if (b.expired) throw errors.conflict.bindingExpired()
    // A deputy who left office since the code was issued is no one's to act as.
    if (b.deputy_id && !(await deputyInOffice(q, b.deputy_id))) throw errors.conflict.deputyRetired()
    if (b.consultant_id && !(await consultantActive(q, b.consultant_id))) throw errors.conflict.consultantInactive()
    if (b.role === 'member') return redeemMembership(q, user, b)
    if (user.role === 'admin' && user.districtId && !(b.role === 'admin' && b.district_id === user.districtId)) await requireAnotherAdmin(q, user.districtId)
    await markBindingUsed(q, b.id, user.id)
    const bound = await setRole(q, user.id, { role: b.role as BoundRole, districtId: b.district_id, stationId: b.station_id, deputyId: b.deputy_id, departmentId: b.department_id, consultantId: b.consultant_id, leader: b.leader })
    await dropSessionsOf(q, user.id)
    await audit(q, { actorId: user.id, actorRole: b.role, districtId: b.district_id, kind: 'role.grant', subjectId: user.id, detail: `使用绑定码 ${b.hint}…（${issuedBy(b)}）成为${ROLE_LABELS[b.role]}` })
    return { user: sessionUserOf(bound), ...(ctx.caller.kind === 'token' ? { token: await createSession(q, user.id) } : {}) }
  })
  if (outcome === 'limited') throw errors.rateLimited.bindAttempts()
  if (outcome === 'wrong') throw errors.validation.bindingCode()
  return outcome
}

async function requireManager(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (managesBindings(user)) return user
  throw errors.forbidden.bindingsManagers()
}

/** `admin bindings`: the codes issued in the manager's scope, newest first; admin codes only on an admin's list. */
export async function bindingsList(ctx: FnContext, cursor?: string): Promise<{ items: BindingView[]; cursor?: string }> {
  const user = await requireManager(ctx)
  return pageOf(await listBindings(ctx.services.db, { ...bindingScope(user), adminCodes: user.role === 'admin' }, afterCursor(cursor), PAGE + 1), PAGE)
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
    await audit(q, { actorId: user.id, actorRole: user.role, districtId: b.district_id, kind: 'role.revoke', subjectId: b.id, detail: `作废绑定码 ${b.hint}…：${GRANT_LABELS[b.role]}` })
  })
  return { revoked: true }
}

/** `admin people`: who holds a role in the manager's scope. */
export async function peopleList(ctx: FnContext, cursor?: string): Promise<{ items: BoundPerson[]; cursor?: string }> {
  const user = await requireManager(ctx)
  return pageOf(await boundPeople(ctx.services.db, bindingScope(user), afterCursor(cursor), PAGE + 1), PAGE)
}

/** `admin unbind`: back to a resident, signed out everywhere; the district's last admin stays (counted under its lock). Audited. */
export async function unbind(ctx: FnContext, userId: string): Promise<{ unbound: true }> {
  const user = await requireManager(ctx)
  await ctx.services.db.tx(async (q) => {
    const seen = await viewerById(q, userId)
    if (!seen || seen.role === 'resident') throw errors.notFound.person()
    if (!issuesBinding(user, { role: seen.role, districtId: seen.districtId ?? '', stationId: seen.stationId })) throw errors.forbidden.bindingScope()
    if (seen.role === 'admin') await requireAnotherAdmin(q, seen.districtId!)
    const person = await viewerById(q, userId, true)
    if (!person || person.role !== seen.role) throw errors.notFound.person()
    await setRole(q, person.id, { role: 'resident', districtId: null, stationId: null, deputyId: null, departmentId: null })
    await dropSessionsOf(q, person.id)
    await audit(q, { actorId: user.id, actorRole: user.role, districtId: seen.districtId, kind: 'role.revoke', subjectId: person.id, detail: `解除${ROLE_LABELS[person.role]}身份` })
  })
  return { unbound: true }
}
