import { rankingScope } from '../../src/core/accountability/access'
import { errors } from '../../src/core/errors'
import type { Viewer } from '../../src/core/identity/viewer'
import type { Queryable } from '../db/queryable'
import { districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { stationByCode } from '../stations/stations'
import { deputiesByCodes, deputyRefById, deputyRefsByIds, type DeputyRef } from './record-repository'

export type { DeputyRef } from './record-repository'

/** A deputy by code, in office or not (a record outlives a term); NOT_FOUND for a code that names none. */
export async function deputyOfCode(q: Queryable, code: string): Promise<DeputyRef> {
  const [d] = await deputiesByCodes(q, [code])
  if (!d) throw errors.notFound.deputy()
  return d
}

/** Deputies by id, in one query. */
export const deputiesByIds = (q: Queryable, ids: readonly string[]): Promise<DeputyRef[]> => deputyRefsByIds(q, ids)

export async function deputyOfId(q: Queryable, id: string): Promise<DeputyRef> {
  const d = await deputyRefById(q, id)
  if (!d) throw errors.notFound.deputy()
  return d
}

/** The signed-in deputy's own row. */
export async function ownDeputy(q: Queryable, deputyId: string | null): Promise<DeputyRef> {
  const d = deputyId ? await deputyRefById(q, deputyId) : null
  if (!d) throw errors.forbidden.deputiesReport()
  return d
}

/** The scope the access rules read. */
export const scopeOf = (d: DeputyRef) => ({ deputyId: d.id, stationId: d.stationId, districtId: d.districtId })

/** The deputy named by code, or without one the signed-in deputy. */
export async function deputyAsked(ctx: FnContext, code: string | undefined): Promise<DeputyRef> {
  if (code) return deputyOfCode(ctx.services.db, code)
  const user = await ctx.requireUser()
  return ownDeputy(ctx.services.db, user.role === 'deputy' ? user.deputyId : null)
}

/**
 * Deputies in office by code, all of them found: of one station (FORBIDDEN for a deputy of
 * another), or with `stationId` null of one district; VALIDATION for a code that names none in office.
 */
export async function deputiesNamed(q: Queryable, codes: readonly string[], where: { districtId: string; stationId: string | null }): Promise<DeputyRef[]> {
  const found = await deputiesByCodes(q, codes)
  if (where.stationId && found.some((d) => d.stationId !== where.stationId)) throw errors.forbidden.coParticipants()
  const byCode = new Map(found.map((d) => [d.code, d]))
  const all = [...new Set(codes)].map((c) => byCode.get(c))
  if (all.some((d) => !d || !d.active || d.districtId !== where.districtId)) throw errors.validation.activityDeputies()
  return all as DeputyRef[]
}

/**
 * Whose deputies a ranking, a list of who is behind or of 述职 covers: a station (named, or the
 * staff member's own) or the whole district (the office, admin); FORBIDDEN beyond the asker's scope.
 */
export async function scopeAsked(ctx: FnContext, user: Viewer, stationCode?: string): Promise<{ districtId: string; stationId: string | null }> {
  const { db } = ctx.services
  const districtId = districtOfViewer(user)
  let stationId: string | null = user.role === 'staff' ? user.stationId : null
  if (stationCode) {
    const s = await stationByCode(db, stationCode)
    if (!s) throw errors.notFound.station()
    if (s.districtId !== districtId) throw errors.forbidden.rankingScope()
    stationId = s.id
  }
  if (!rankingScope(user, districtId, stationId)) throw errors.forbidden.rankingScope()
  return { districtId, stationId }
}
