import { publishesPost } from '../../src/core/study/access'
import { STUDY_LIMITS, type StudyEvent } from '../../src/core/study/schemas'
import type { PostItem } from '../../src/core/study/types'
import { errors } from '../../src/core/errors'
import { afterCursor, pageOf } from '../db/cursor'
import { attachHolderUploads, holderMedia } from '../media/uploads'
import type { FnContext } from '../runtime/context'
import { holdIfDoubtful, screenText } from '../safety/screening'
import { stationByCode } from '../stations/stations'
import { insertPost, postRow, postsPage, withdrawPost } from './posts-repository'

type Of<A extends StudyEvent['action']> = Extract<StudyEvent, { action: A }>

const PAGE = 20

/**
 * `study post` (the office anywhere in its district, a station's staff on their own station): a short
 * item for residents, with photos, checked like anything others read before it shows.
 */
export async function publishPost(ctx: FnContext, e: Of<'post'>): Promise<{ id: string }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const station = e.stationCode ? await stationByCode(db, e.stationCode) : null
  if (e.stationCode && !station) throw errors.validation.postStation()
  // Staff publish on their own station; the office names one, or publishes for the district.
  const scope = { districtId: station?.districtId ?? user.districtId ?? '', stationId: station?.id ?? (user.role === 'staff' ? user.stationId : null) }
  if (!publishesPost(user, scope)) throw errors.forbidden.post()
  const screened = await screenText(ctx, scope.districtId, '宣传内容', [e.title, e.body], 1)
  return db.tx(async (q) => {
    const id = await insertPost(q, { ...scope, kind: e.kind, title: e.title, body: e.body, authorId: user.id })
    await attachHolderUploads(q, e.media, user.id, 'post', id, { photos: STUDY_LIMITS.photos, videos: 0 })
    await holdIfDoubtful(q, screened, { kind: 'post', refId: id, districtId: scope.districtId, stationId: scope.stationId, authorId: user.id, content: `${e.title}｜${e.body}` })
    return { id }
  })
}

/** `study withdraw`: an item taken down by whoever may publish there; kept, no longer shown. */
export async function withdraw(ctx: FnContext, e: Of<'withdraw'>): Promise<{ withdrawn: true }> {
  const user = await ctx.requireUser()
  await ctx.services.db.tx(async (q) => {
    const p = await postRow(q, e.id)
    if (!p || p.districtId !== user.districtId) throw errors.notFound.post()
    if (!publishesPost(user, p)) throw errors.forbidden.post()
    await withdrawPost(q, p.id)
  })
  return { withdrawn: true }
}

/** `study posts` (public): a station's items, or a district's (the caller's, when they have one), newest first, with their photos. */
export async function postList(ctx: FnContext, e: Of<'posts'>): Promise<{ items: PostItem[]; cursor?: string }> {
  const user = await ctx.currentUser()
  const { db } = ctx.services
  const station = e.stationCode ? await stationByCode(db, e.stationCode) : null
  if (e.stationCode && !station) throw errors.notFound.station()
  const page = pageOf(await postsPage(db, { districtId: station?.districtId ?? user?.districtId ?? null, stationId: station?.id ?? null, after: afterCursor(e.cursor) }, PAGE + 1), PAGE)
  const photos = await holderMedia(ctx.services, 'post', page.items.map((p) => p.id), true)
  return {
    ...page,
    items: page.items.map(({ authorId: _a, districtId, stationId, ...p }) => ({
      ...p,
      photos: (photos.get(p.id) ?? []).map((m) => ({ id: m.id, url: m.url })),
      mine: !!user && publishesPost(user, { districtId, stationId }),
    })),
  }
}
