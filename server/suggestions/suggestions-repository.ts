import type { SuggestionScope } from '../../src/core/suggestions/access'
import type { Grade, SuggestionRating } from '../../src/core/suggestions/states'
import type { SuggestionView } from '../../src/core/suggestions/types'
import { deputyCaseIds } from '../cases/deputy-cases'
import { shanghaiDaySql, type Queryable } from '../db/queryable'

/** A suggestion's own row with who it involves: what its rules and its views are made of. */
export interface SuggestionRow
  extends SuggestionScope,
    Pick<SuggestionView, 'id' | 'number' | 'title' | 'category' | 'situation' | 'proposal' | 'kind' | 'session' | 'grade' | 'dueOn' | 'version' | 'progressDone' | 'withheld' | 'units' | 'overdue' | 'key'> {
  round: number
  /** As the view shows them, with their ids and the round each last rated. */
  deputies: (SuggestionView['deputies'][number] & { id: string; ratedRound: number | null })[]
  /** Contacts logged in the current round. */
  contacts: number
  /** The Shanghai days it was handed out and last pressed (督办); whether a request for more time waits. */
  assignedOn: string | null
  supervisedOn: string | null
  extensionPending: boolean
}

const ROW = `s.id, s.district_id as "districtId", s.station_id as "stationId", s.status, s.submitted_at is not null as submitted,
  s.lead_deputy_id as "leadDeputyId", s.number, s.title, s.category, s.situation, s.proposal, s.kind, s.session, s.grade,
  s.answer_round as round, to_char(s.due_on, 'YYYY-MM-DD') as "dueOn", s.version, s.progress_done as "progressDone", s.withheld_reason is not null as withheld,
  s.overdue_at is not null as overdue, s.key_suggestion as key, ${shanghaiDaySql('s.assigned_at')} as "assignedOn", ${shanghaiDaySql('s.supervised_at')} as "supervisedOn",
  exists (select 1 from suggestion_extensions x where x.suggestion_id = s.id and x.decided_at is null) as "extensionPending",
  array(select d.deputy_id from suggestion_deputies d where d.suggestion_id = s.id) as "deputyIds",
  (select u.department_id from suggestion_units u where u.suggestion_id = s.id and u.role = 'lead') as "leadUnitId",
  array(select u.department_id from suggestion_units u where u.suggestion_id = s.id and u.role = 'assist') as "assistUnitIds",
  coalesce((select jsonb_agg(jsonb_build_object('id', d.deputy_id, 'code', dp.code, 'name', dp.name, 'role', d.role, 'status', d.status,
      'rating', d.rating, 'contactRating', d.contact_rating, 'ratedRound', d.rated_round) order by d.role desc, dp.code)
    from suggestion_deputies d join deputies dp on dp.id = d.deputy_id where d.suggestion_id = s.id), '[]') as deputies,
  coalesce((select jsonb_agg(jsonb_build_object('id', u.department_id, 'name', dep.name, 'role', u.role, 'signedAt', u.signed_at, 'view', u.view_text, 'redirect', u.redirect_reason,
      'signLate', u.sign_by < coalesce(u.signed_at, now()))
      order by u.role desc, dep.name)
    from suggestion_units u join departments dep on dep.id = u.department_id where u.suggestion_id = s.id), '[]') as units,
  (select count(*)::int from suggestion_contacts c where c.suggestion_id = s.id and c.round = s.answer_round) as contacts`

/** Holds a suggestion's row for the caller's transaction. */
export async function lockSuggestion(q: Queryable, id: string): Promise<void> {
  await q.query('select 1 from suggestions where id = $1 for update', [id])
}

/** One suggestion; `lock` holds its row for the caller's transaction. */
export async function suggestionRow(q: Queryable, id: string, lock = false): Promise<SuggestionRow | null> {
  if (lock) await lockSuggestion(q, id)
  const [row] = await q.query<SuggestionRow>(`select ${ROW} from suggestions s where s.id = $1`, [id])
  return row ?? null
}

export type DraftData = Pick<SuggestionView, 'title' | 'category' | 'situation' | 'proposal' | 'kind' | 'session'>

export async function insertSuggestion(q: Queryable, s: DraftData & { districtId: string; stationId: string | null; leadDeputyId: string; draftedBy: string }): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into suggestions (district_id, station_id, lead_deputy_id, drafted_by, title, category, situation, proposal, kind, session)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [s.districtId, s.stationId, s.leadDeputyId, s.draftedBy, s.title, s.category, s.situation, s.proposal, s.kind, s.session],
  )
  await q.query(`insert into suggestion_deputies (suggestion_id, deputy_id, role, status) values ($1, $2, 'lead', 'confirmed')`, [row.id, s.leadDeputyId])
  return row.id
}

export async function updateDraft(q: Queryable, id: string, s: DraftData): Promise<void> {
  await q.query(
    'update suggestions set title = $2, category = $3, situation = $4, proposal = $5, kind = $6, session = $7, version = version + 1, updated_at = now() where id = $1',
    [id, s.title, s.category, s.situation, s.proposal, s.kind, s.session],
  )
}

/** The linked cases and the invited 附议 deputies, as given (those no longer given are dropped). */
export async function setLinks(q: Queryable, id: string, caseIds: readonly string[], coDeputyIds: readonly string[]): Promise<void> {
  await q.query('delete from suggestion_cases where suggestion_id = $1 and case_id <> all($2::uuid[])', [id, caseIds])
  await q.query('insert into suggestion_cases (suggestion_id, case_id) select $1, unnest($2::uuid[]) on conflict do nothing', [id, caseIds])
  await q.query(`delete from suggestion_deputies where suggestion_id = $1 and role = 'co' and deputy_id <> all($2::uuid[])`, [id, coDeputyIds])
  await q.query(`insert into suggestion_deputies (suggestion_id, deputy_id, role) select $1, unnest($2::uuid[]), 'co' on conflict do nothing`, [id, coDeputyIds])
}

/** Of `caseIds`, those deputy `deputyId` may build on: their own cases (addressed or acted on) and their station's. */
export async function linkableCases(q: Queryable, deputyId: string, stationId: string | null, caseIds: readonly string[]): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `select c.id from cases c where c.id = any($3::uuid[]) and (c.id in ${deputyCaseIds('$1')} or ($2::uuid is not null and c.station_id = $2))`,
    [deputyId, stationId, caseIds],
  )
  return rows.map((r) => r.id)
}

/** In-office deputies of the district by code. */
export async function deputiesByCode(q: Queryable, districtId: string, codes: readonly string[]): Promise<{ id: string; code: string }[]> {
  return q.query(
    `select d.id, d.code from deputies d join stations s on s.id = d.station_id where s.district_id = $1 and d.active and d.code = any($2::text[])`,
    [districtId, codes],
  )
}

export const deputyName = async (q: Queryable, id: string): Promise<string> => (await q.query<{ name: string }>('select name from deputies where id = $1', [id]))[0].name
export const departmentName = async (q: Queryable, id: string): Promise<string> => (await q.query<{ name: string }>('select name from departments where id = $1', [id]))[0].name

/** 并案: the deputies who signed `from` and the cases it was built on join `into`, so each is answered and each resident hears. */
export async function joinInto(q: Queryable, into: string, from: string): Promise<void> {
  await q.query(
    `insert into suggestion_deputies (suggestion_id, deputy_id, role, status)
     select $1, deputy_id, 'co', 'confirmed' from suggestion_deputies where suggestion_id = $2 and status = 'confirmed' on conflict do nothing`,
    [into, from],
  )
  await q.query('insert into suggestion_cases (suggestion_id, case_id) select $1, case_id from suggestion_cases where suggestion_id = $2 on conflict do nothing', [into, from])
}

/** Departments of the district among `ids`. */
export async function districtDepartments(q: Queryable, districtId: string, ids: readonly string[]): Promise<string[]> {
  return (await q.query<{ id: string }>('select id from departments where district_id = $1 and id = any($2::uuid[])', [districtId, ids])).map((r) => r.id)
}

/** The next number of the district's year, gapless (the counter's row lock is held to the commit). */
export async function nextNumber(q: Queryable, districtId: string, year: number): Promise<number> {
  const [row] = await q.query<{ last: number }>(
    `insert into suggestion_numbers (district_id, year, last) values ($1, $2, 1)
     on conflict (district_id, year) do update set last = suggestion_numbers.last + 1 returning last`,
    [districtId, year],
  )
  return row.last
}

type Column = 'status' | 'number' | 'review_reason' | 'grade' | 'due_on' | 'merged_into' | 'progress_done' | 'withheld_reason' | 'key_suggestion' | 'leader_id'

/** Sets columns of the suggestion and moves its version on; a new due day starts its reminders and overdue mark afresh. */
export async function setSuggestion(q: Queryable, id: string, set: Partial<Record<Column, unknown>> & { stamp?: 'submitted_at' | 'assigned_at' | 'closed_at' | 'supervised_at'; round?: number }): Promise<void> {
  const { stamp, round, ...cols } = set
  const names = Object.keys(cols)
  const sets = [
    ...names.map((n, i) => `${n} = $${i + 2}`),
    ...(stamp ? [`${stamp} = now()`] : []),
    ...(round !== undefined ? [`answer_round = ${Number(round)}`] : []),
    ...('due_on' in cols ? ['reminded_days = null', 'overdue_at = null'] : []),
  ]
  await q.query(`update suggestions set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} where id = $1`, [id, ...names.map((n) => cols[n as keyof typeof cols])])
}

export async function addEvent(q: Queryable, e: { suggestionId: string; action: string; actorId: string | null; actorRole: string; note?: string | null }): Promise<void> {
  await q.query('insert into suggestion_events (suggestion_id, action, actor_id, actor_role, note) values ($1, $2, $3, $4, $5)', [e.suggestionId, e.action, e.actorId, e.actorRole, e.note ?? null])
}

export async function setCosign(q: Queryable, id: string, deputyId: string, accept: boolean): Promise<void> {
  await q.query(`update suggestion_deputies set status = $3 where suggestion_id = $1 and deputy_id = $2 and role = 'co'`, [id, deputyId, accept ? 'confirmed' : 'declined'])
}

/** The units handed the suggestion, each to sign for it by `signBy`. */
export async function setUnits(q: Queryable, id: string, lead: string, assists: readonly string[], signBy: Date): Promise<void> {
  await q.query('delete from suggestion_units where suggestion_id = $1', [id])
  await q.query(`insert into suggestion_units (suggestion_id, department_id, role, sign_by) values ($1, $2, 'lead', $3)`, [id, lead, signBy])
  await q.query(`insert into suggestion_units (suggestion_id, department_id, role, sign_by) select $1, unnest($2::uuid[]), 'assist', $3`, [id, assists, signBy])
}

/** A unit signs for the suggestion; a re-handling asks its lead to sign again. */
export async function signUnit(q: Queryable, id: string, departmentId: string): Promise<void> {
  await q.query('update suggestion_units set signed_at = now() where suggestion_id = $1 and department_id = $2', [id, departmentId])
}

export async function unsignLead(q: Queryable, id: string): Promise<void> {
  await q.query(`update suggestion_units set signed_at = null where suggestion_id = $1 and role = 'lead'`, [id])
}

export async function addContact(q: Queryable, c: { suggestionId: string; departmentId: string; userId: string; round: number; way: string; at: string; note: string }): Promise<void> {
  await q.query('insert into suggestion_contacts (suggestion_id, department_id, user_id, round, way, at, note) values ($1, $2, $3, $4, $5, $6, $7)', [
    c.suggestionId, c.departmentId, c.userId, c.round, c.way, c.at, c.note,
  ])
}

export async function setAssistView(q: Queryable, id: string, departmentId: string, text: string): Promise<void> {
  await q.query('update suggestion_units set view_text = $3, view_at = now() where suggestion_id = $1 and department_id = $2', [id, departmentId, text])
}

/** An answer, with the due day it was given against (what "answered on time" is counted by). */
export async function addAnswer(q: Queryable, a: { suggestionId: string; round: number; grade: Grade; text: string; public: boolean; userId: string; dueOn: string | null }): Promise<void> {
  await q.query('insert into suggestion_answers (suggestion_id, round, grade, text, public, user_id, due_on) values ($1, $2, $3, $4, $5, $6, $7)', [
    a.suggestionId, a.round, a.grade, a.text, a.public, a.userId, a.dueOn,
  ])
}

export async function rateAnswer(q: Queryable, id: string, deputyId: string, round: number, r: { rating: SuggestionRating; contactRating: SuggestionRating; comment: string | null }): Promise<void> {
  await q.query('update suggestion_deputies set rating = $3, contact_rating = $4, comment = $5, rated_round = $6 where suggestion_id = $1 and deputy_id = $2', [
    id, deputyId, r.rating, r.contactRating, r.comment, round,
  ])
}

export async function addProgress(q: Queryable, p: { suggestionId: string; percent: number; note: string; done: boolean; userId: string }): Promise<void> {
  await q.query('insert into suggestion_progress (suggestion_id, percent, note, done, user_id) values ($1, $2, $3, $4, $5)', [p.suggestionId, p.percent, p.note, p.done, p.userId])
}
