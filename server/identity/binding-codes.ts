import { randomInt } from 'node:crypto'
import { BINDING_ALPHABET, BINDING_DAYS, BINDING_LENGTH, normalizeBindingCode, type BindingTarget } from '../../src/core/identity/bindings'
import { ROLE_LABELS } from '../../src/core/identity/roles'
import { errors } from '../../src/core/errors'
import { sessionUserOf, type Viewer } from '../../src/core/identity/viewer'
import { audit } from '../audit/audit'
import type { Database, Queryable } from '../db/queryable'
import { divisionCodeHeld, ensureDistrict } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { adminCount, insertBinding, lockBootstrap, lockDistrict, markBindingUsed, setMember, type BindingRow } from './bindings-repository'
import { secretHash as hashOf } from './codes'
import { setRole, viewerById } from './users-repository'

const newCode = () => Array.from({ length: BINDING_LENGTH }, () => BINDING_ALPHABET[randomInt(BINDING_ALPHABET.length)]).join('')

/** What a code binds: the role (or membership) and the station, deputy, department or expert it names. */
export type Resolved = BindingTarget & { deputyId: string | null; departmentId: string | null; consultantId: string | null; leader: boolean; memberName?: string }

/** Makes a code for a target, keeping only its hash; the plain code is answered once. */
export async function makeBinding(q: Queryable, t: Resolved, issuedBy: string | null): Promise<{ id: string; code: string; expiresAt: string }> {
  const code = newCode()
  const made = await insertBinding(q, { ...t, codeHash: hashOf(code), hint: code.slice(0, 2), issuedBy, days: BINDING_DAYS })
  return { ...made, code }
}

/** Who issued a code, as the audit trail says it. */
export const issuedBy = (b: BindingRow): string => (b.issuedByRole ? `${ROLE_LABELS[b.issuedByRole]}发放` : '初始管理员码')

/**
 * A membership code redeemed: the account is a member of the issuing district's standing
 * committee from now on, its role and sessions unchanged. Audited.
 */
export async function redeemMembership(q: Queryable, user: Viewer, b: BindingRow) {
  await markBindingUsed(q, b.id, user.id)
  await setMember(q, user.id, b.district_id, b.member_name ?? '')
  await audit(q, { actorId: user.id, actorRole: user.role, districtId: b.district_id, kind: 'role.grant', subjectId: user.id, detail: `使用绑定码 ${b.hint}…（${issuedBy(b)}）成为常委会组成人员` })
  return { user: sessionUserOf((await viewerById(q, user.id))!) }
}

/** The cloud's first admin: ADMIN_BOOTSTRAP_CODE binds while its district has no admin; two at once are taken one after another. */
export async function bootstrapCode(ctx: FnContext, q: Queryable, user: Viewer, code: string) {
  const boot = ctx.services.bootstrap
  if (!boot || normalizeBindingCode(boot.code) !== code) return null
  await lockBootstrap(q)
  const d = await ensureDistrict(q, { name: boot.district, code: boot.divisionCode, prefix: boot.prefix })
  if ((await adminCount(q, d.id)) > 0) return null
  const bound = await setRole(q, user.id, { role: 'admin', districtId: d.id, stationId: null, deputyId: null, departmentId: null })
  await audit(q, { actorId: user.id, actorRole: 'admin', districtId: d.id, kind: 'role.grant', subjectId: user.id, detail: '使用初始管理员码成为系统管理员' })
  return { user: sessionUserOf(bound) }
}

/** Admins of a district change one at a time (its row locked); the last one stays. */
export async function requireAnotherAdmin(q: Queryable, districtId: string) {
  await lockDistrict(q, districtId)
  if ((await adminCount(q, districtId)) <= 1) throw errors.conflict.lastAdmin()
}

/**
 * The first administrator of a new district (`npm run admin -- bootstrap`): the district is made
 * when it does not exist, and a one-use admin code is issued for it.
 */
export async function bootstrapAdmin(db: Database, district: { name: string; code: string; prefix: string }) {
  return db.tx(async (q) => {
    if (await divisionCodeHeld(q, district)) throw errors.conflict.districtCodeTaken()
    const d = await ensureDistrict(q, district)
    const made = await makeBinding(q, { role: 'admin', districtId: d.id, stationId: null, deputyId: null, departmentId: null, consultantId: null, leader: false }, null)
    return { districtCreated: d.created, ...made }
  })
}
