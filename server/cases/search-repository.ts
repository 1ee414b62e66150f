import type { CaseStatus } from '../../src/core/cases/states'
import type { CaseSummary } from '../../src/core/cases/types'
import type { Viewer } from '../../src/core/identity/viewer'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'
import { caseDeputyNames, deputyCaseIds } from './deputy-cases'
import { CASES_FROM, SUMMARY } from './views-repository'

/** A handler's search as the database reads it: every field narrows, absent ones do not. */
export interface CaseQuery {
  states: readonly CaseStatus[] | null
  overdue: boolean
  number: string | null
  phoneHash: string | null
  /** The words as typed (their pairs of characters find the candidates) and as a `containsPattern`. */
  words: { text: string; pattern: string } | null
  category: string | null
  stationId: string | null
  deputyId: string | null
  departmentId: string | null
  from: Date | null
  to: Date | null
}

/** The viewer's scope as SQL, the same rule canHandleCase states in the core. */
function scopeFilter(s: Viewer, p: (v: unknown) => string): string {
  switch (s.role) {
    case 'deputy':
      return `(c.deputy_id = ${p(s.deputyId)} or c.station_id = ${p(s.stationId)})`
    case 'staff':
      return `c.station_id = ${p(s.stationId)}`
    case 'department':
      return `c.department_id = ${p(s.departmentId)}`
    case 'office':
    case 'admin':
      return `c.district_id = ${p(s.districtId)}`
    case 'resident':
    case 'consultant':
      return 'false'
  }
}

/** A handler's search as a where clause over `c`, its parameters added through `p`; after the cursor's case in the lists' order. */
function searchWhere(scope: Viewer, s: CaseQuery, after: After | null, p: (v: unknown) => string): string {
  const where = [scopeFilter(scope, p)]
  const equal: [string, unknown][] = [
    ['c.number', s.number],
    ['c.phone_hash', s.phoneHash],
    ['c.category', s.category],
    ['c.station_id', s.stationId],
    ['c.department_id', s.departmentId],
  ]
  for (const [column, value] of equal) if (value !== null) where.push(`${column} = ${p(value)}`)
  if (s.deputyId !== null) where.push(`c.id in ${deputyCaseIds(p(s.deputyId))}`)
  if (s.states) where.push(`c.status = any(${p(s.states)}::text[])`)
  if (s.overdue) where.push('c.overdue_at is not null')
  if (s.words) {
    if (s.words.text.length > 1) where.push(`bigrams(lower(c.text)) @> bigrams(lower(${p(s.words.text)}))`)
    where.push(`c.text ilike ${p(s.words.pattern)}`)
  }
  if (s.from) where.push(`c.created_at >= ${p(s.from)}`)
  if (s.to) where.push(`c.created_at < ${p(s.to)}`)
  if (after) where.push(`(c.created_at, c.id) < (${p(after.at)}::timestamptz, ${p(after.id)}::uuid)`)
  return where.join(' and ')
}

/** A page of a search, newest filed first: `columns` selected over `CASES_FROM`, with the page key. */
function searchPage<T>(q: Queryable, columns: string, scope: Viewer, s: CaseQuery, after: After | null, limit: number): Promise<(T & { pageKey: string })[]> {
  const params: unknown[] = []
  const p = (v: unknown) => {
    params.push(v)
    return `$${params.length}`
  }
  const where = searchWhere(scope, s, after, p)
  return q.query(
    `select ${columns}, ${pageKey('c.created_at')} from ${CASES_FROM}
      where ${where}
      order by c.created_at desc, c.id desc limit ${p(limit)}`,
    params,
  )
}

/**
 * A page of the cases in a handler's scope that match the search, newest filed first, after the
 * cursor's case. Only the conditions asked for are written, so each search gets its own plan:
 * words through the index of the text's pairs of characters, a phone through its keyed hash, never by decrypting.
 */
export const searchCases = (q: Queryable, scope: Viewer, s: CaseQuery, after: After | null, limit: number) =>
  searchPage<CaseSummary>(q, SUMMARY, scope, s, after, limit)

/** A case as a spreadsheet row has it: the summary, where it is, its result and rating, and its phone as stored. */
export interface ExportedCase extends CaseSummary {
  /** The case's deputies (server/cases/deputy-cases.ts), named. */
  deputies: string
  address: string | null
  resolvedAt: string | null
  resultRating: string | null
  phoneMasked: string | null
  phoneEnc: string | null
}

/** A page of a search as the export writes it; the encrypted phone only when `wholePhone`. */
export const exportPage = (q: Queryable, scope: Viewer, s: CaseQuery, after: After | null, limit: number, wholePhone: boolean) =>
  searchPage<ExportedCase>(
    q,
    `${SUMMARY}, ${caseDeputyNames()} as deputies, coalesce(c.location->>'address', c.location->>'name') as address, ${isoText('c.resolved_at')} as "resolvedAt",
     c.result_rating as "resultRating", c.phone_masked as "phoneMasked", ${wholePhone ? 'c.phone_enc' : 'null'} as "phoneEnc"`,
    scope, s, after, limit,
  )
