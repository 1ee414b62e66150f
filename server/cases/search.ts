import type { CaseSearch, casesQueryEvent } from '../../src/core/cases/schemas'
import { OPEN_STATUSES, type CaseStatus } from '../../src/core/cases/states'
import { statesAwaiting } from '../../src/core/cases/transitions'
import type { Role } from '../../src/core/identity/roles'
import { MOBILE_PATTERN } from '../../src/core/limits'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import { containsPattern } from '../db/queryable'
import { phoneHash } from '../privacy/phone'
import type { CaseQuery } from './search-repository'

export type InboxEvent = Extract<ReturnType<typeof casesQueryEvent.parse>, { action: 'inbox' }>

/** A case number as staff read it out: LZ-2026-000123. */
const CASE_NUMBER = /^[A-Za-z0-9]+-\d{4}-\d{6}$/

/** The states an inbox tab shows: the role's to-do (待处理), the open (办理中), or any. */
export function statesOf(filter: InboxEvent['filter'], role: Role): readonly CaseStatus[] | null {
  if (filter === 'new') return statesAwaiting(role)
  if (filter === 'open') return OPEN_STATUSES
  return null
}

/**
 * The search as the database reads it. `q` is a case number, a mobile number (found by its keyed
 * hash, so no row is decrypted; with no key nothing matches), or words of the text.
 */
export function caseQuery(e: CaseSearch & { filter: InboxEvent['filter'] }, states: readonly CaseStatus[] | null, phoneKey: Buffer | undefined): CaseQuery {
  const q = e.q?.replace(/\s+/g, ' ') || null
  const number = q && CASE_NUMBER.test(q) ? q.toUpperCase() : null
  const phone = q && !number && MOBILE_PATTERN.test(q) ? q : null
  const words = q && !number && !phone ? q : null
  const shown = e.status ? [e.status] : null
  return {
    states: shown && states ? shown.filter((s) => states.includes(s)) : (shown ?? states),
    overdue: e.filter === 'overdue',
    number,
    phoneHash: phone ? (phoneKey ? phoneHash(phone, phoneKey) : 'none') : null,
    words: words ? { text: words, pattern: containsPattern(words)! } : null,
    category: e.category ?? null,
    stationId: e.stationId ?? null,
    deputyId: e.deputyId ?? null,
    departmentId: e.departmentId ?? null,
    from: e.from ? shanghaiDayStart(e.from) : null,
    to: e.to ? shanghaiDayEnd(e.to) : null,
  }
}
