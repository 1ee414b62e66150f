import type { DeputyProfile, DeputySummary } from '../../src/core/deputies/types'
import { errors } from '../../src/core/errors'
import { PAGE_SIZE } from '../../src/core/limits'
import type { Queryable } from '../db/queryable'
import { urlOf } from '../media/store'
import { decryptPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { deputyByCode, listDeputies, type DeputyRecord } from './deputies-repository'

export type { DeputyRecord } from './deputies-repository'

/** One page of active deputies in code order, 100 a page. */
export async function deputyList(ctx: FnContext, cursor: string | undefined): Promise<{ items: DeputySummary[]; cursor?: string }> {
  const rows = await listDeputies(ctx.services.db, cursor, PAGE_SIZE + 1)
  const items = rows.slice(0, PAGE_SIZE)
  return rows.length > PAGE_SIZE ? { items, cursor: items[items.length - 1].code } : { items }
}

/** An active deputy by code; a code that names none is a mistyped URL, or a deputy who has left office. */
export async function findDeputy(q: Queryable, code: string): Promise<DeputyRecord> {
  const deputy = await deputyByCode(q, code)
  if (!deputy) throw errors.notFound.deputy()
  return deputy
}

/** A deputy's phone in the clear, for those who may read it; '' without one (or without the key). */
export const openPhone = (ctx: FnContext, enc: string | null): string =>
  enc && ctx.services.phoneKey ? decryptPhone(enc, ctx.services.phoneKey) : ''

export const photoUrl = async (ctx: FnContext, key: string | null): Promise<string | null> =>
  key && ctx.services.media ? urlOf(ctx.services.media, key) : null

/** The public page: what staff approved; the photo, and the phone only when the deputy published it. */
export async function deputyPage(ctx: FnContext, code: string): Promise<DeputyProfile> {
  const { photoKey, phoneEnc, phonePublic, districtId: _district, ...rest } = await findDeputy(ctx.services.db, code)
  return { ...rest, photoUrl: await photoUrl(ctx, photoKey), phone: phonePublic ? openPhone(ctx, phoneEnc) || null : null }
}
