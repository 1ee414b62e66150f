import type { CaseStatus } from '../../src/core/cases/states'
import type { CaseLocation } from '../../src/core/fields'
import type { Rating } from '../../src/core/cases/ratings'
import { accountsOfPerson } from '../identity/accounts'
import { shownSql } from '../safety/visibility'
import type { Queryable } from '../db/queryable'
import type { SealedPhone } from '../privacy/phone'

/** A case as the functions reason about it. */
export interface CaseRow {
  id: string
  number: string
  resident_id: string
  district_id: string
  station_id: string | null
  deputy_id: string | null
  department_id: string | null
  category: string
  text: string
  status: CaseStatus
  version: number
  resolved_by: 'department' | 'deputy' | null
  result_rating: Rating | null
  reopen_count: number
  /** The stage ran late (the timer marked it). */
  overdue: boolean
  /** Its resident urged (催办) this stage already. */
  urged: boolean
  /** When the office last pressed its holder (督办). */
  supervised_at: Date | null
  /** When the current stage is due (null for a stage without a deadline). */
  due_at: Date | null
  /** Its author shows it and no check or report holds it back: what other residents may read. */
  show_publicly: boolean
}

export interface NewCase {
  residentId: string
  submissionId: string
  districtId: string
  stationId: string | null
  deputyId: string | null
  /** Came by a station's code: the deputy on duty that day. */
  suggestedDeputyId: string | null
  /** A reception case: the day it was sent in for, or made at. */
  noticeId: string | null
  /** Made on the day, and recorded with the day's record. */
  receptionRecordId: string | null
  channel: string
  category: string
  text: string
  location: CaseLocation | null
  phone: SealedPhone | null
  showPublicly: boolean
  /** Recorded by staff for a person without the mini-program: their name, and the case waits for them to claim it. */
  forName?: string
  /** An SMS for each step WeChat cannot push (the person agreed). */
  smsNotify?: boolean
}

/** A stage's deadline as stored on the case. */
export interface Due {
  dueAt: Date
  onExpiry: 'overdue' | 'close'
}

const ROW = `c.id, c.number, c.resident_id, c.district_id, c.station_id, c.deputy_id, c.department_id, c.category,
  c.text, c.status, c.version, c.resolved_by, c.result_rating, c.reopen_count, c.overdue_at is not null as overdue, c.urged, c.supervised_at, c.due_at, (c.show_publicly and ${shownSql('case', 'c.id')}) as show_publicly`

export async function caseBySubmission(q: Queryable, residentId: string, submissionId: string): Promise<CaseRow | null> {
  const [row] = await q.query<CaseRow>(
    `select ${ROW} from cases c where c.resident_id = $1 and c.submission_id = $2`,
    [residentId, submissionId],
  )
  return row ?? null
}

export async function caseById(q: Queryable, id: string, forUpdate = false): Promise<CaseRow | null> {
  const [row] = await q.query<CaseRow>(`select ${ROW} from cases c where c.id = $1${forUpdate ? ' for update' : ''}`, [id])
  return row ?? null
}

/** The next readable number of a district's year; the row lock orders concurrent submits. */
export async function nextCaseSeq(q: Queryable, districtId: string, year: number): Promise<number> {
  const [row] = await q.query<{ last: number }>(
    `insert into case_counters (district_id, year, last) values ($1, $2, 1)
     on conflict (district_id, year) do update set last = case_counters.last + 1
     returning last`,
    [districtId, year],
  )
  return row.last
}

/** Inserts the case; null when this resident already used the submission id. */
export async function insertCase(q: Queryable, number: string, c: NewCase, due: Due | null): Promise<CaseRow | null> {
  const [row] = await q.query<CaseRow>(
    `insert into cases as c (number, resident_id, submission_id, district_id, station_id, deputy_id, channel, category, text,
                        location, status, due_at, expires_to, phone_enc, phone_masked, show_publicly, suggested_deputy_id, notice_id,
                        reception_record_id, phone_hash, for_name, claimable, sms_notify)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'submitted', $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::text, $20::text is not null, $21)
     on conflict (resident_id, submission_id) do nothing
     returning ${ROW}`,
    [number, c.residentId, c.submissionId, c.districtId, c.stationId, c.deputyId, c.channel, c.category, c.text,
      c.location ? JSON.stringify(c.location) : null, due?.dueAt ?? null, due?.onExpiry ?? null,
      c.phone?.enc ?? null, c.phone?.masked ?? null, c.showPublicly, c.suggestedDeputyId, c.noticeId, c.receptionRecordId,
      c.phone?.hash ?? null, c.forName ?? null, !!c.phone && (c.smsNotify ?? false)],
  )
  return row ?? null
}

/** Columns a move may set besides the state. */
export interface MovePatch {
  department_id?: string | null
  resolved_by?: 'department' | 'deputy'
  result_rating?: Rating
  follow_up_rating?: Rating
  reopen_count?: number
  merged_into?: string
  urged?: boolean
  supervised_at?: Date
}

/**
 * Moves the case on; the caller holds its row lock. A new state starts a new stage: its
 * deadline replaces the last and its overdue and 催办 marks are cleared. A note leaves the stage as it is.
 */
export async function applyMove(q: Queryable, c: CaseRow, to: CaseStatus, due: Due | null, patch: MovePatch): Promise<number> {
  const sets = ['status = $2', 'version = version + 1', 'updated_at = now()']
  const params: unknown[] = [c.id, to]
  if (to !== c.status) {
    params.push(due?.dueAt ?? null, due?.onExpiry ?? null)
    sets.push(`due_at = $${params.length - 1}`, `expires_to = $${params.length}`, 'overdue_at = null', 'urged = false')
  }
  for (const [column, value] of Object.entries(patch)) {
    params.push(value)
    sets.push(`${column} = $${params.length}`)
  }
  const [row] = await q.query<{ version: number }>(`update cases set ${sets.join(', ')} where id = $1 returning version`, params)
  return row.version
}

/** Marks the stage overdue (the caller holds the row lock from lockExpired); answers how many of the case's stages have run late, this one counted. */
export async function markOverdue(q: Queryable, id: string, at: Date): Promise<number> {
  const [row] = await q.query<{ n: number }>('update cases set overdue_at = $2, overdue_count = overdue_count + 1 where id = $1 returning overdue_count as n', [id, at])
  return row.n
}

/** Cases whose stage ran past its deadline and has not been dealt with yet, oldest first. */
export async function expiredStages(q: Queryable, now: Date, limit: number, except: readonly string[] = []): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `select id from cases where due_at < $1 and overdue_at is null and expires_to is not null and id <> all($3::uuid[])
      order by due_at limit $2`,
    [now, limit, except],
  )
  return rows.map((r) => r.id)
}

/** Locks the case if its stage is still expired and not dealt with (it may have moved on). */
export async function lockExpired(q: Queryable, id: string, now: Date): Promise<(CaseRow & { expires_to: 'overdue' | 'close' }) | null> {
  const [row] = await q.query<CaseRow & { expires_to: 'overdue' | 'close' }>(
    `select ${ROW}, c.expires_to from cases c
      where c.id = $1 and c.due_at < $2 and c.overdue_at is null and c.expires_to is not null for update`,
    [id, now],
  )
  return row ?? null
}

/** How many cases the person filed since each moment. */
export async function filedSince(q: Queryable, residentId: string, hour: Date, day: Date): Promise<{ hour: number; day: number }> {
  const [row] = await q.query<{ hour: number; day: number }>(
    `select (count(*) filter (where created_at >= $2))::int as hour, count(*)::int as day
       from cases where resident_id in ${accountsOfPerson('$1::uuid')} and created_at >= $3`,
    [residentId, hour, day],
  )
  return row
}
