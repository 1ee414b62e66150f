import { LRUCache } from 'lru-cache'
import type { Calendar } from '../../src/core/calendar'
import { errors } from '../../src/core/errors'
import type { Queryable } from '../db/queryable'
import type { Viewer } from '../../src/core/identity/viewer'
import { departmentInDistrict, loadDistrict, type District } from './districts-repository'

export { dispatchOptions, divisionCodeHeld, ensureDistrict, soleDistrict, type District } from './districts-repository'

/**
 * A district's settings (prefix, deadlines, categories) are changed by hand and rarely: every
 * step reads them, so a process keeps each for a minute. Only loaded settings are kept, never
 * a load under way: a load waits on its own connection, and a transaction that shared another
 * caller's pending load could wait for a query queued behind itself (PGlite's one connection)
 * or for a pool connection that never comes.
 */
const districts = new LRUCache<string, District>({ max: 100, ttl: 60_000 })

export async function districtById(q: Queryable, id: string): Promise<District> {
  const known = districts.get(id)
  if (known) return known
  const loaded = await loadDistrict(q, id)
  districts.set(id, loaded)
  return loaded
}

/** The district's working days (China's calendar under its own entries). */
export const calendarOf = async (q: Queryable, id: string): Promise<Calendar> => (await districtById(q, id)).calendar

/** The same, read now from the database rather than this process's minute-old copy: for what is kept long after (the reports' rollup). */
export const calendarNow = async (q: Queryable, id: string): Promise<Calendar> => (await loadDistrict(q, id)).calendar

/** The district a person acts in: their own; every role is bounded by it, admin included (none: FORBIDDEN). */
export function districtOfViewer(v: Viewer): string {
  if (!v.districtId) throw errors.forbidden.noDistrict()
  return v.districtId
}

/** After a district's own data changed (an import): its settings are read afresh by this process. */
export const forgetDistrict = (id: string): void => void districts.delete(id)

/** A case's category must be one of its district's. */
export function requireCategory(district: District, category: string | undefined): asserts category is string {
  if (!category || !district.categories.includes(category)) throw errors.validation.categoryUnknown()
}

/** The department a case is dispatched to, which must be one of its district's. */
export async function requireDepartment(q: Queryable, id: string, districtId: string): Promise<{ name: string }> {
  const department = await departmentInDistrict(q, id, districtId)
  if (!department) throw errors.validation.departmentUnknown()
  return department
}
