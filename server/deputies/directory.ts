import type { DeputyProfile, DeputySummary } from '../../src/core/deputies/types'
import { errors } from '../../src/core/errors'
import { PAGE_SIZE } from '../../src/core/limits'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { urlOf } from '../media/store'
import { decryptPhone } from '../privacy/phone'
import type { FnContext } from '../runtime/context'
import { deputyByCode, listDeputies, type DeputyRecord } from './deputies-repository'
import { deputyFigures } from './figures-repository'

export type { DeputyRecord } from './deputies-repository'

/** One page of active deputies in code order, 100 a page. */
export async function deputyList(ctx: FnContext, cursor: string | undefined): Promise<{ items: DeputySummary[]; cursor?: string }> {
  const rows = await listDeputies(ctx.services.db, cursor, PAGE_SIZE + 1)
  const items = rows.slice(0, PAGE_SIZE)
  return rows.length > PAGE_SIZE ? { items, cursor: items[items.length - 1].code } : { items }
}

/** A deputy in office by code; a code that names none is a mistyped URL. One who has left office takes no more cases. */
export async function findDeputy(q: Queryable, code: string): Promise<DeputyRecord> {
  const deputy = await deputyByCode(q, code)
  if (!deputy) throw errors.notFound.deputy()
  if (!deputy.active) throw errors.conflict.deputyLeftOffice()
  return deputy
}

/** A deputy's phone in the clear, for those who may read it; '' without one (or without the key). */
export const openPhone = (ctx: FnContext, enc: string | null): string =>
  enc && ctx.services.phoneKey ? decryptPhone(enc, ctx.services.phoneKey) : ''

export const photoUrl = async (ctx: FnContext, key: string | null): Promise<string | null> =>
  key && ctx.services.media ? urlOf(ctx.services.media, key) : null

/**
 * The public page: what staff approved; the photo, and the phone only when the deputy published
 * it. A deputy who has left office: their name and station only, so residents go to the station.
 */
export async function deputyPage(ctx: FnContext, code: string): Promise<DeputyProfile> {
  const deputy = await deputyByCode(ctx.services.db, code)
  if (!deputy) throw errors.notFound.deputy()
  const { photoKey, phoneEnc, phonePublic, districtId: _district, active, ...rest } = deputy
  if (!active) return { ...rest, duties: '', bio: '', contactHours: '', categories: [], photoUrl: null, phone: null, retired: true }
  return { ...rest, photoUrl: await photoUrl(ctx, photoKey), phone: phonePublic ? openPhone(ctx, phoneEnc) || null : null }
}

/** A deputy's page figures for the cases filed from `from` to `to` (Shanghai days): what a 述职 reports. */
export const figuresFiledBetween = (q: Queryable, deputyId: string, from: string, to: string) =>
  deputyFigures(q, deputyId, { from: shanghaiDayStart(from), to: shanghaiDayEnd(to) })
