import { audit } from '../audit/audit'
import { decryptPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { signersPhones } from './links-repository'
import type { Of } from './moves'
import { forMove } from './suggestion-guard'

/**
 * `suggestions phones` (the lead unit, once signed, while it handles the suggestion): the signing
 * deputies' phones, to contact them before answering; every read is written in the audit trail.
 */
export async function deputyPhones(ctx: FnContext, e: Of<'phones'>): Promise<{ items: { code: string; name: string; phone: string | null }[] }> {
  const user = await ctx.requireUser()
  const { db, phoneKey } = ctx.services
  const s = await forMove(db, user, e.id, 'contact')
  const rows = await signersPhones(db, s.id)
  const items = rows.map((r) => ({ code: r.code, name: r.name, phone: r.phoneEnc && phoneKey ? decryptPhone(r.phoneEnc, phoneKey) : null }))
  await audit(db, { actorId: user.id, actorRole: user.role, districtId: s.districtId, kind: 'phone.read', subjectId: s.id, detail: `代表建议 ${s.number}：${rows.map((r) => r.name).join('、')}的电话` })
  return { items }
}
