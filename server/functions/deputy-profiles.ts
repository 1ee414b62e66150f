import { DomainError } from '../../src/core/errors'
import type { DeputiesEvent } from '../../src/core/schemas'
import type { DeputyOwnFields, ProfileChange } from '../../src/core/types'
import { deputyCodeOf, type DeputyRecord } from '../db/deputies-repository'
import { decide, deputyNameAndStation, latestChange, ownFields, pendingChange, pendingChanges, propose, type ChangeRow, type StoredFields } from '../db/deputy-profiles-repository'
import { claimMedia } from '../db/media-repository'
import { insertPlainMessages } from '../db/messages-repository'
import { urlOf } from '../media/store'
import { deputyUsers, stationStaffUsers, type UserRow } from '../db/users-repository'
import { decryptPhone, encryptPhone, maskPhone } from '../privacy/phone'
import { requireStationStaff } from './stations'
import type { FnContext } from './runtime'

/**
 * Deputy self-service: a deputy proposes their photo, bio, contact hours and phone (published
 * or not); their station's staff approve or return the proposal, since the page is public.
 */

type Propose = Extract<DeputiesEvent, { action: 'proposeProfile' }>
type Decide = Extract<DeputiesEvent, { action: 'decideProfile' }>

const openPhone = (ctx: FnContext, enc: string | null) => (enc && ctx.services.phoneKey ? decryptPhone(enc, ctx.services.phoneKey) : '')

const photoUrl = async (ctx: FnContext, key: string | null): Promise<string | null> =>
  key && ctx.services.media ? urlOf(ctx.services.media, key) : null

/** The fields as a viewer may see them: the deputy their own phone in full, staff a published one in full. */
async function fieldsView(ctx: FnContext, f: StoredFields, phone: 'full' | 'as-published'): Promise<DeputyOwnFields> {
  const open = openPhone(ctx, f.phoneEnc)
  return {
    photoUrl: await photoUrl(ctx, f.photoKey),
    bio: f.bio,
    contactHours: f.contactHours,
    phone: phone === 'full' || f.phonePublic || !open ? open : maskPhone(open),
    phonePublic: f.phonePublic,
  }
}

async function changeView(ctx: FnContext, c: ChangeRow, phone: 'full' | 'as-published'): Promise<ProfileChange> {
  return {
    id: c.id,
    deputy: { id: c.deputyId, code: c.deputyCode, name: c.deputyName },
    proposed: await fieldsView(ctx, c.proposed, phone),
    current: await fieldsView(ctx, c.current, phone),
    status: c.status,
    reason: c.reason,
    createdAt: c.createdAt,
  }
}

/** What the public deputy page shows: the photo, and the phone only when the deputy published it. */
export async function publicFields(ctx: FnContext, d: DeputyRecord) {
  const { photoKey, phoneEnc, phonePublic, districtId: _district, ...rest } = d
  return { ...rest, photoUrl: await photoUrl(ctx, photoKey), phone: phonePublic ? openPhone(ctx, phoneEnc) || null : null }
}

function requireDeputy(user: UserRow): string {
  if (user.role !== 'deputy' || !user.deputy_id) throw new DomainError('FORBIDDEN', 'DEPUTY.ONLY', '只有代表本人可以编辑资料')
  return user.deputy_id
}

export async function myProfile(ctx: FnContext) {
  const deputyId = requireDeputy(await ctx.requireUser())
  const { db } = ctx.services
  const latest = await latestChange(db, deputyId)
  return {
    code: await deputyCodeOf(db, deputyId),
    current: await fieldsView(ctx, await ownFields(db, deputyId), 'full'),
    latest: latest && (await changeView(ctx, latest, 'full')),
  }
}

export async function proposeProfile(e: Propose, ctx: FnContext) {
  const user = await ctx.requireUser()
  const deputyId = requireDeputy(user)
  const { db, phoneKey, media } = ctx.services
  if (e.phone && !phoneKey) throw new DomainError('VALIDATION', 'DEPUTY.PHONE_UNAVAILABLE', '暂时无法保存电话，请不填电话提交')
  await db.tx(async (q) => {
    const current = await ownFields(q, deputyId)
    let photoKey = current.photoKey
    if (e.photoId === null) photoKey = null
    else if (e.photoId) {
      if (!media) throw new DomainError('VALIDATION', 'MEDIA.UNAVAILABLE', '暂时无法上传照片')
      const [photo] = await claimMedia(q, [e.photoId], user.id)
      if (!photo || photo.kind !== 'photo') throw new DomainError('VALIDATION', 'DEPUTY.PHOTO', '照片已失效，请重新上传一张照片')
      photoKey = photo.storage_key
    }
    // The phone is kept encrypted like residents' phones; re-encrypted only when it changed.
    const same = e.phone === openPhone(ctx, current.phoneEnc)
    const phoneEnc = !e.phone ? null : same ? current.phoneEnc : encryptPhone(e.phone, phoneKey!)
    await propose(q, deputyId, user.id, { photoKey, bio: e.bio, contactHours: e.contactHours, phoneEnc, phonePublic: e.phonePublic })
    const d = await deputyNameAndStation(q, deputyId)
    await insertPlainMessages(q, await stationStaffUsers(q, d.stationId), '代表资料待审核', `${d.name}代表提交了资料修改，请审核`)
  })
  return myProfile(ctx)
}

/** Staff see their station's waiting proposals; the admin sees all. */
export async function profileChanges(ctx: FnContext) {
  const user = await ctx.requireUser()
  if (user.role !== 'admin' && !(user.role === 'staff' && user.station_id)) {
    throw new DomainError('FORBIDDEN', 'STATION.NOT_STAFF', '只有本站工作人员可以审核代表资料')
  }
  const rows = await pendingChanges(ctx.services.db, user.role === 'admin' ? null : user.station_id)
  return { items: await Promise.all(rows.map((r) => changeView(ctx, r, 'as-published'))) }
}

export async function decideProfile(e: Decide, ctx: FnContext) {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    const change = await pendingChange(q, e.id)
    if (!change) throw new DomainError('CONFLICT', 'DEPUTY.CHANGE_DECIDED', '这份资料修改已处理或已被代表更新，请刷新')
    requireStationStaff(user, change.stationId, '审核代表资料')
    await decide(q, change, user.id, e.approve, e.approve ? null : e.reason!)
    await insertPlainMessages(
      q,
      await deputyUsers(q, change.deputyId),
      e.approve ? '资料修改已通过' : '资料修改被退回',
      e.approve ? '您的公开资料已更新' : `退回理由：${e.reason}`,
    )
  })
  return profileChanges(ctx)
}
