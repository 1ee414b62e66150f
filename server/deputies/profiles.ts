import { decidesProfile, ownDeputy, profilesReviewed } from '../../src/core/deputies/access'
import type { DeputiesEvent } from '../../src/core/deputies/schemas'
import type { DeputyOwnFields, MyProfile, ProfileChange } from '../../src/core/deputies/types'
import { errors } from '../../src/core/errors'
import { accountsOfDeputy, staffOfStation } from '../identity/accounts'
import { claimPhoto } from '../media/uploads'
import { tell } from '../messaging/inbox'
import { encryptPhone, maskPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText, settleScreened, waitingWhy } from '../safety/screening'
import { deputyCodeOf, deputyNameAndStation } from './deputies-repository'
import { openPhone, photoUrl } from './directory'
import { decide, latestChange, ownFields, pendingChange, pendingChanges, propose, type ChangeRow, type StoredFields } from './profiles-repository'

/**
 * Deputy self-service: a deputy proposes their photo, bio, contact hours and phone (published
 * or not); their station's staff approve or return the proposal, since the page is public.
 */

type Propose = Extract<DeputiesEvent, { action: 'proposeProfile' }>
type Decide = Extract<DeputiesEvent, { action: 'decideProfile' }>

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

async function changeView(ctx: FnContext, c: ChangeRow, phone: 'full' | 'as-published', flagged: string[] = []): Promise<ProfileChange> {
  return {
    id: c.id,
    deputy: { id: c.deputyId, code: c.deputyCode, name: c.deputyName },
    proposed: await fieldsView(ctx, c.proposed, phone),
    current: await fieldsView(ctx, c.current, phone),
    status: c.status,
    reason: c.reason,
    createdAt: c.createdAt,
    flagged,
  }
}

async function requireDeputy(ctx: FnContext): Promise<{ userId: string; deputyId: string; districtId: string }> {
  const user = await ctx.requireUser()
  const deputyId = ownDeputy(user)
  if (!deputyId || !user.districtId) throw errors.forbidden.deputyOnly()
  return { userId: user.id, deputyId, districtId: user.districtId }
}

export async function myProfile(ctx: FnContext): Promise<MyProfile> {
  const { deputyId } = await requireDeputy(ctx)
  const { db } = ctx.services
  const latest = await latestChange(db, deputyId)
  return {
    code: (await deputyCodeOf(db, deputyId)) ?? '',
    current: await fieldsView(ctx, await ownFields(db, deputyId), 'full'),
    latest: latest && (await changeView(ctx, latest, 'full')),
  }
}

export async function proposeProfile(ctx: FnContext, e: Propose): Promise<MyProfile> {
  const { userId, deputyId, districtId } = await requireDeputy(ctx)
  const { db, phoneKey, media } = ctx.services
  if (e.phone && !phoneKey) throw errors.validation.deputyPhoneUnavailable()
  // The public page's words are checked first; doubtful ones are flagged for the staff who approve them.
  const screened = await screenText(ctx, districtId, '代表资料', [e.bio, e.contactHours], 1)
  await db.tx(async (q) => {
    const current = await ownFields(q, deputyId)
    let photoKey = current.photoKey
    if (e.photoId === null) photoKey = null
    else if (e.photoId) {
      if (!media) throw errors.validation.mediaUnavailable()
      photoKey = await claimPhoto(q, e.photoId, userId)
    }
    // The phone is kept encrypted like residents' phones; re-encrypted only when it changed.
    const same = e.phone === openPhone(ctx, current.phoneEnc)
    const phoneEnc = !e.phone ? null : same ? current.phoneEnc : encryptPhone(e.phone, phoneKey!)
    const changeId = await propose(q, deputyId, userId, { photoKey, bio: e.bio, contactHours: e.contactHours, phoneEnc, phonePublic: e.phonePublic })
    const d = await deputyNameAndStation(q, deputyId)
    const content = [e.bio, e.contactHours].filter(Boolean).join('\n')
    await holdIfDoubtful(q, screened, { kind: 'proposal', refId: changeId, districtId: d.districtId, stationId: d.stationId, authorId: userId, content })
    await tell(q, await staffOfStation(q, d.stationId), '代表资料待审核', `${d.name}代表提交了资料修改，请审核`)
  })
  return myProfile(ctx)
}

/** Staff see their station's waiting proposals; the admin sees all. */
export async function profileChanges(ctx: FnContext): Promise<{ items: ProfileChange[] }> {
  const user = await ctx.requireUser()
  const reviewed = profilesReviewed(user)
  if (!reviewed) throw errors.forbidden.notStationStaff('审核代表资料')
  const rows = await pendingChanges(ctx.services.db, reviewed)
  const flagged = await waitingWhy(ctx.services.db, 'proposal', rows.map((r) => r.id))
  return { items: await Promise.all(rows.map((r) => changeView(ctx, r, 'as-published', flagged.get(r.id)))) }
}

export async function decideProfile(ctx: FnContext, e: Decide): Promise<{ items: ProfileChange[] }> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    const change = await pendingChange(q, e.id)
    if (!change) throw errors.conflict.profileDecided()
    if (!decidesProfile(user, change)) throw errors.forbidden.notStationStaff('审核代表资料')
    await decide(q, change, user.id, e.approve, e.approve ? null : e.reason!)
    // Staff read what they decided on: its check is settled, and an approved bio replaces one hidden by reports.
    await settleScreened(q, 'proposal', change.id, e.approve ? 'shown' : 'refused', user.id, e.approve ? null : e.reason!)
    if (e.approve) await settleScreened(q, 'bio', change.deputyId, 'shown', user.id, null)
    await tell(
      q,
      await accountsOfDeputy(q, change.deputyId),
      e.approve ? '资料修改已通过' : '资料修改被退回',
      e.approve ? '您的公开资料已更新' : `退回理由：${e.reason}`,
    )
  })
  return profileChanges(ctx)
}
