import type { CaseStatus, Role } from '../../src/core/case-states'
import type { CaseLocation } from '../../src/core/schemas'
import type { CaseDetail, CaseEvent, CaseSummary } from '../../src/core/types'
import type { Queryable } from './database'

export interface CaseRow {
  id: string
  number: string
  resident_id: string
  district_id: string
  station_id: string | null
  deputy_id: string | null
  status: CaseStatus
  version: number
}

export interface NewCase {
  residentId: string
  submissionId: string
  districtId: string
  stationId: string
  deputyId: string
  channel: string
  category: string
  text: string
  location: CaseLocation | null
  status: CaseStatus
}

export interface NewEvent {
  caseId: string
  type: string
  actorId: string
  actorRole: Role
  fromStatus: CaseStatus | null
  toStatus: CaseStatus | null
  payload: Record<string, unknown>
}

const ROW = 'c.id, c.number, c.resident_id, c.district_id, c.station_id, c.deputy_id, c.status, c.version'

/** The summary columns every list shows, with the deputy's name. */
const SUMMARY = `c.id, c.number, c.status, c.category, c.text, coalesce(d.name, '') as "deputyName",
  to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
  to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"`

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
export async function insertCase(q: Queryable, number: string, c: NewCase): Promise<CaseRow | null> {
  const [row] = await q.query<CaseRow>(
    `insert into cases (number, resident_id, submission_id, district_id, station_id, deputy_id,
                        channel, category, text, location, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (resident_id, submission_id) do nothing
     returning id, number, resident_id, district_id, station_id, deputy_id, status, version`,
    [number, c.residentId, c.submissionId, c.districtId, c.stationId, c.deputyId, c.channel, c.category, c.text,
      c.location ? JSON.stringify(c.location) : null, c.status],
  )
  return row ?? null
}

export async function insertEvent(q: Queryable, e: NewEvent): Promise<void> {
  await q.query(
    `insert into case_events (case_id, seq, type, actor_id, actor_role, from_status, to_status, payload)
     values ($1, (select coalesce(max(seq), 0) + 1 from case_events where case_id = $1), $2, $3, $4, $5, $6, $7)`,
    [e.caseId, e.type, e.actorId, e.actorRole, e.fromStatus, e.toStatus, JSON.stringify(e.payload)],
  )
}

/** Moves the case on; the caller holds its row lock. */
export async function updateStatus(q: Queryable, id: string, status: CaseStatus): Promise<number> {
  const [row] = await q.query<{ version: number }>(
    'update cases set status = $2, version = version + 1, updated_at = now() where id = $1 returning version',
    [id, status],
  )
  return row.version
}

export async function caseDetail(q: Queryable, id: string): Promise<CaseDetail | null> {
  const [c] = await q.query<Omit<CaseDetail, 'events'>>(
    `select ${SUMMARY}, c.version, c.location, coalesce(s.name, '') as "stationName"
       from cases c left join deputies d on d.id = c.deputy_id left join stations s on s.id = c.station_id
      where c.id = $1`,
    [id],
  )
  if (!c) return null
  const events = await q.query<CaseEvent>(
    `select e.id, e.type, e.from_status as "fromStatus", e.to_status as "toStatus", e.actor_role as "actorRole",
            coalesce(d.name, '') as "actorName", e.payload->>'text' as text,
            to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"
       from case_events e join users u on u.id = e.actor_id left join deputies d on d.id = u.deputy_id
      where e.case_id = $1 order by e.seq`,
    [id],
  )
  return { ...c, events }
}

export async function casesOfResident(q: Queryable, residentId: string, limit: number): Promise<CaseSummary[]> {
  return q.query<CaseSummary>(
    `select ${SUMMARY} from cases c left join deputies d on d.id = c.deputy_id
      where c.resident_id = $1 order by c.created_at desc, c.id limit $2`,
    [residentId, limit],
  )
}

export async function casesOfDeputy(q: Queryable, deputyId: string, limit: number): Promise<CaseSummary[]> {
  return q.query<CaseSummary>(
    `select ${SUMMARY} from cases c left join deputies d on d.id = c.deputy_id
      where c.deputy_id = $1 order by c.created_at desc, c.id limit $2`,
    [deputyId, limit],
  )
}
