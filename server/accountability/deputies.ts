import { errors } from '../../src/core/errors'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { deputiesByCodes, deputyRefById, type DeputyRef } from './record-repository'

export type { DeputyRef } from './record-repository'

/** A deputy by code, in office or not (a record outlives a term); NOT_FOUND for a code that names none. */
export async function deputyOfCode(q: Queryable, code: string): Promise<DeputyRef> {
  const [d] = await deputiesByCodes(q, [code])
  if (!d) throw errors.notFound.deputy()
  return d
}

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

/** Deputies in office of one district, by code, all of them found; else VALIDATION. */
export async function deputiesNamed(q: Queryable, codes: readonly string[], districtId: string): Promise<DeputyRef[]> {
  const found = await deputiesByCodes(q, codes)
  const byCode = new Map(found.map((d) => [d.code, d]))
  const all = [...new Set(codes)].map((c) => byCode.get(c))
  if (all.some((d) => !d || !d.active || d.districtId !== districtId)) throw errors.validation.activityDeputies()
  return all as DeputyRef[]
}
