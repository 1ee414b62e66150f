import { errors, isDomainError } from '../../src/core/errors'
import { attachmentsProblem, MEDIA_LIMITS, UPLOAD_LIMITS, uploadProblem, type AttachmentLimits, type CaseMedia, type MediaItem, type MediaKind } from '../../src/core/media/limits'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import type { Services } from '../runtime/services'
import { inspectMedia } from './inspect'
import {
  attachMedia, attachToHolder, attachToSuggestion, claimMedia, detachFromSuggestion, draftMediaOf, dropUnusedOf, dropUnusedUploads, insertMedia, markUsed, mediaOfHolders, type Holder,
  mediaOfCase, mediaOfSuggestion, photosOfCases, recentUploads, type MediaRow,
} from './media-repository'
import type { MediaStore } from './store'

async function itemsOf(store: MediaStore, rows: readonly MediaRow[]): Promise<CaseMedia[]> {
  const urls = await store.urls(rows.map((r) => r.storage_key))
  return rows.map((r) => ({ id: r.id, kind: r.kind, url: urls.get(r.storage_key) ?? '', durationSec: r.duration_sec, eventId: r.event_id }))
}

/**
 * `media register`: an uploaded file becomes an attachment the person may add to a case or a
 * result. The bytes decide what it is; a file that fails is removed.
 */
export async function registerUpload(ctx: FnContext, key: string): Promise<MediaItem> {
  const user = await ctx.requireUser()
  const store = ctx.services.media
  if (!store) throw errors.validation.mediaUnavailable()
  if (!store.ownedBy(key, user.id)) throw errors.forbidden.notUploader()
  const src = await store.source(key)
  if (!src) throw errors.notFound.upload()
  let found
  try {
    await requireUploadAllowance(ctx.services, user.id)
    found = await inspectMedia(src)
    // Word files bring a draft law's text, from those who put drafts up; a resident's is refused like any other type.
    if (found.kind === 'docx' && user.role === 'resident') throw errors.validation.mediaType()
  } catch (err) {
    if (isDomainError(err)) await store.remove(key)
    throw err
  } finally {
    await src.close()
  }
  const row = await insertMedia(ctx.services.db, { ownerId: user.id, key, ...found })
  const [{ eventId: _none, ...item }] = await itemsOf(store, [row])
  return item
}

/** Refuses a person past the upload limits (how many an hour, how much a day, how many left unused). */
export async function requireUploadAllowance(services: Services, userId: string): Promise<void> {
  const problem = uploadProblem(await recentUploads(services.db, userId, services.now()))
  if (problem) throw errors.rateLimited.uploads(problem)
}

/** Removes stored files whose rows are gone; one that cannot be removed is logged, not fatal. */
export async function removeStored(media: MediaStore | undefined, keys: readonly string[]): Promise<void> {
  for (const key of keys) await media?.remove(key).catch((e) => console.error('[uploads] could not remove', key, e))
}

/**
 * A timer's chore over stored files: `take` marks up to a batch of rows gone and answers their
 * keys, whose files are then removed, until a batch comes back short. Answers how many.
 */
export async function dropStoredInBatches(media: MediaStore | undefined, take: (limit: number) => Promise<string[]>): Promise<number> {
  if (!media) return 0
  let dropped = 0
  for (;;) {
    const keys = await take(100)
    await removeStored(media, keys)
    dropped += keys.length
    if (keys.length < 100) return dropped
  }
}

/** Removes uploads nobody attached within the time allowed: their rows, then their files (the timer's chore). */
export function dropStaleUploads(services: Services): Promise<number> {
  const before = new Date(services.now().getTime() - UPLOAD_LIMITS.unattachedHours * 3_600_000)
  return dropStoredInBatches(services.media, (limit) => dropUnusedUploads(services.db, before, limit))
}

/**
 * The person's fresh uploads, locked and checked as one set of attachments with those it joins
 * (`kept`): how many of each kind `limits` allows, a case's by default.
 */
async function claimAll(q: Queryable, ids: readonly string[], ownerId: string, limits: AttachmentLimits = MEDIA_LIMITS, kept: readonly MediaKind[] = []): Promise<MediaRow[]> {
  const rows = ids.length ? await claimMedia(q, ids, ownerId) : []
  if (rows.length !== ids.length) throw errors.validation.mediaGone()
  const problem = attachmentsProblem([...kept, ...rows.map((r) => r.kind)], limits)
  if (problem) throw errors.validation.mediaTooMany(problem)
  return rows
}

/** Attaches the person's fresh uploads to an activity of a deputy's record or a publicity post, in its transaction. */
export async function attachHolderUploads(q: Queryable, ids: readonly string[] | undefined, ownerId: string, holder: Holder, holderId: string, limits?: AttachmentLimits): Promise<void> {
  if (!ids?.length) return
  const unique = [...new Set(ids)]
  await claimAll(q, unique, ownerId, limits)
  await attachToHolder(q, unique, holder, holderId)
}

/** Activities' or posts' attachments by holder; for the public, no photo the picture check holds. */
export async function holderMedia(services: Services, holder: Holder, ids: readonly string[], shownOnly: boolean): Promise<Map<string, MediaItem[]>> {
  const byHolder = new Map<string, MediaItem[]>()
  if (!ids.length || !services.media) return byHolder
  const rows = await mediaOfHolders(services.db, holder, ids, shownOnly)
  const items = await itemsOf(services.media, rows)
  rows.forEach((r, i) => {
    const { eventId: _none, ...item } = items[i]
    byHolder.set(r.holder_id, [...(byHolder.get(r.holder_id) ?? []), item])
  })
  return byHolder
}

/** Attaches the person's fresh uploads to a case (and the event that brought them), in its transaction; answers them. */
export async function attachUploads(q: Queryable, ids: readonly string[] | undefined, ownerId: string, caseId: string, eventId: string): Promise<MediaRow[]> {
  if (!ids?.length) return []
  const unique = [...new Set(ids)]
  const rows = await claimAll(q, unique, ownerId)
  await attachMedia(q, unique, caseId, eventId)
  return rows
}

/** A case's attachments as the views show them, each with the event it came with; photos held by the check only to their uploader. */
export async function caseMedia(ctx: FnContext, caseId: string, viewerId: string): Promise<CaseMedia[]> {
  const rows = await mediaOfCase(ctx.services.db, caseId, viewerId)
  return rows.length && ctx.services.media ? itemsOf(ctx.services.media, rows) : []
}

/**
 * Makes a suggestion draft's attachments `ids`, in its transaction: those on it stay, the caller's
 * fresh uploads join, the rest leave it (unused again, removed with other unused uploads).
 * Without `ids` it keeps what it has. Answers the uploads that joined.
 */
export async function setDraftUploads(q: Queryable, ids: readonly string[] | undefined, ownerId: string, suggestionId: string, limits: AttachmentLimits): Promise<MediaRow[]> {
  if (!ids) return []
  const wanted = new Set(ids)
  const current = await draftMediaOf(q, suggestionId)
  const kept = current.filter((r) => wanted.has(r.id))
  const fresh = [...wanted].filter((id) => !kept.some((r) => r.id === id))
  const rows = await claimAll(q, fresh, ownerId, limits, kept.map((r) => r.kind))
  await detachFromSuggestion(q, current.filter((r) => !wanted.has(r.id)).map((r) => r.id))
  if (fresh.length) await attachToSuggestion(q, fresh, suggestionId, null)
  return rows
}

/** Attaches the person's fresh uploads to a suggestion's answer of `round`, in its transaction; answers them. */
export async function attachAnswerUploads(q: Queryable, ids: readonly string[] | undefined, ownerId: string, suggestionId: string, round: number, limits: AttachmentLimits): Promise<MediaRow[]> {
  if (!ids?.length) return []
  const unique = [...new Set(ids)]
  const rows = await claimAll(q, unique, ownerId, limits)
  await attachToSuggestion(q, unique, suggestionId, round)
  return rows
}

/** A suggestion's attachments as its readers see them, each with the answer round it came with (null: the draft's). */
export async function suggestionMedia(services: Services, suggestionId: string, viewerId: string): Promise<(MediaItem & { round: number | null })[]> {
  if (!services.media) return []
  const rows = await mediaOfSuggestion(services.db, suggestionId, viewerId)
  const items = await itemsOf(services.media, rows)
  return rows.map((r, i) => {
    const { eventId: _none, ...item } = items[i]
    return { ...item, round: r.answer_round }
  })
}

/** Up to `limit` photos of these cases, those the picture check let through. */
export async function casePhotos(services: Services, caseIds: readonly string[], limit: number): Promise<MediaItem[]> {
  if (!caseIds.length || !services.media) return []
  const items = await itemsOf(services.media, await photosOfCases(services.db, caseIds, limit))
  return items.map(({ eventId: _none, ...item }) => item)
}

/** Reads one of the person's fresh uploads of a Word file (a draft law's text comes from it), and keeps the upload as used. */
export async function takeWordFile(services: Services, id: string, ownerId: string): Promise<Buffer> {
  const store = services.media
  if (!store) throw errors.validation.mediaUnavailable()
  const [row] = await claimMedia(services.db, [id], ownerId)
  if (!row || row.kind !== 'docx') throw errors.validation.wordFile()
  const src = await store.source(row.storage_key)
  if (!src) throw errors.notFound.upload()
  try {
    const bytes = await src.read(0, src.size)
    await markUsed(services.db, row.id)
    return bytes
  } finally {
    await src.close()
  }
}

/** Claims one of the person's fresh uploads as a photo (a deputy's portrait); answers where it is stored. */
export async function claimPhoto(q: Queryable, id: string, ownerId: string): Promise<string> {
  const [photo] = await claimMedia(q, [id], ownerId)
  if (!photo || photo.kind !== 'photo') throw errors.validation.deputyPhoto()
  await markUsed(q, photo.id)
  return photo.storage_key
}

/** Forgets a person's unused uploads (their account ended): rows in the caller's transaction; answers the keys to remove after it. */
export const forgetUploadsOf = dropUnusedOf
