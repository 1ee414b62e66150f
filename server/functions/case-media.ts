import { DomainError } from '../../src/core/errors'
import { attachmentsProblem, type CaseMedia } from '../../src/core/media'
import type { Queryable } from '../db/database'
import { attachMedia, claimMedia, mediaOfCase, type MediaRow } from '../db/media-repository'
import type { MediaStore } from '../media/store'
import type { FnContext } from './runtime'

export async function itemsOf(store: MediaStore, rows: readonly MediaRow[]): Promise<CaseMedia[]> {
  const urls = await store.urls(rows.map((r) => r.storage_key))
  return rows.map((r) => ({ id: r.id, kind: r.kind, url: urls.get(r.storage_key) ?? '', durationSec: r.duration_sec, eventId: r.event_id }))
}

/** Attaches the person's fresh uploads to a case (and the event that brought them), in its transaction. */
export async function attachUploads(q: Queryable, ids: readonly string[] | undefined, ownerId: string, caseId: string, eventId: string) {
  if (!ids?.length) return
  const unique = [...new Set(ids)]
  const rows = await claimMedia(q, unique, ownerId)
  if (rows.length !== unique.length) throw new DomainError('VALIDATION', 'MEDIA.GONE', '有附件已失效，请删除后重新添加')
  const problem = attachmentsProblem(rows.map((r) => r.kind))
  if (problem) throw new DomainError('VALIDATION', 'MEDIA.TOO_MANY', problem)
  await attachMedia(q, unique, caseId, eventId)
}

/** A case's attachments as the views show them, each with the event it came with. */
export async function caseMedia(ctx: FnContext, caseId: string): Promise<CaseMedia[]> {
  const rows = await mediaOfCase(ctx.services.db, caseId)
  return rows.length && ctx.services.media ? itemsOf(ctx.services.media, rows) : []
}
