import type { ImportedSuggestion } from '../../src/core/suggestions/import'
import { shanghaiDaySql, type Queryable } from '../db/queryable'

/** The district's deputies by code (those no longer in office too: a past year's suggestions name them) and its units by name. */
export async function importLookups(q: Queryable, districtId: string): Promise<{ deputies: { id: string; code: string }[]; units: { id: string; name: string }[] }> {
  const deputies = await q.query<{ id: string; code: string }>('select d.id, d.code from deputies d join stations s on s.id = d.station_id where s.district_id = $1', [districtId])
  const units = await q.query<{ id: string; name: string }>('select id, name from departments where district_id = $1', [districtId])
  return { deputies, units }
}

/** Of the numbers given, those already taken. */
export async function takenNumbers(q: Queryable, numbers: readonly string[]): Promise<string[]> {
  return (await q.query<{ number: string }>('select number from suggestions where number = any($1::text[])', [numbers])).map((r) => r.number)
}

/** Whether the same suggestion (title, 领衔 deputy, 交办 day) is there already: an unnumbered row imported twice. */
export async function importedBefore(q: Queryable, districtId: string, x: Pick<ImportedSuggestion, 'title' | 'leadDeputyId' | 'assignedOn'>): Promise<boolean> {
  const rows = await q.query(
    `select 1 from suggestions where district_id = $1 and title = $2 and lead_deputy_id = $3 and ${shanghaiDaySql('assigned_at')} = $4 limit 1`,
    [districtId, x.title, x.leadDeputyId, x.assignedOn],
  )
  return rows.length > 0
}

/** The counter of a district's year moved to at least `n`, so a number typed from paper is never given again. */
export async function keepNumberAbove(q: Queryable, districtId: string, year: number, n: number): Promise<void> {
  await q.query(
    `insert into suggestion_numbers (district_id, year, last) values ($1, $2, $3)
     on conflict (district_id, year) do update set last = greatest(suggestion_numbers.last, excluded.last)`,
    [districtId, year, n],
  )
}

/**
 * One suggestion handled on paper, as handling here would have left it: submitted and handed out
 * on its 交办 day (signed), answered (round 1) and rated when the row says so; its timeline says it was imported.
 */
export async function insertImported(q: Queryable, x: ImportedSuggestion & { number: string; districtId: string; stationId: string | null; dueOn: string; by: string }): Promise<void> {
  const status = x.rating ? 'closed' : x.answer ? 'answered' : 'assigned'
  const [{ id }] = await q.query<{ id: string }>(
    `insert into suggestions (district_id, station_id, lead_deputy_id, drafted_by, number, title, category, situation, proposal, status, grade, answer_round,
                              due_on, submitted_at, assigned_at, closed_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ($14 || ' 09:00+08')::timestamptz, ($14 || ' 09:00+08')::timestamptz,
             case when $10 = 'closed' then ($15 || ' 09:00+08')::timestamptz end, now(), now()) returning id`,
    [x.districtId, x.stationId, x.leadDeputyId, x.by, x.number, x.title, x.category, x.situation, x.proposal, status, x.answer?.grade ?? null, x.answer ? 1 : 0,
      x.dueOn, x.assignedOn, x.answer?.on ?? null],
  )
  await q.query(
    `insert into suggestion_deputies (suggestion_id, deputy_id, role, status, rating, rated_round)
     select $1, d, case when d = $2 then 'lead' else 'co' end, 'confirmed', case when d = $2 then $4 end, case when d = $2 and $4::text is not null then 1 end
       from unnest(array[$2::uuid] || $3::uuid[]) d`,
    [id, x.leadDeputyId, x.coDeputyIds, x.rating],
  )
  await q.query(
    `insert into suggestion_units (suggestion_id, department_id, role, signed_at, sign_by)
     select $1, u, case when u = $2 then 'lead' else 'assist' end, ($4 || ' 09:00+08')::timestamptz, ($4 || ' 09:00+08')::timestamptz from unnest(array[$2::uuid] || $3::uuid[]) u`,
    [id, x.leadUnitId, x.assistUnitIds, x.assignedOn],
  )
  if (x.answer) {
    await q.query(`insert into suggestion_answers (suggestion_id, round, grade, text, public, user_id, at, due_on) values ($1, 1, $2, $3, true, $4, ($5 || ' 09:00+08')::timestamptz, $6)`, [
      id, x.answer.grade, x.answer.text, x.by, x.answer.on, x.dueOn,
    ])
  }
  await q.query(`insert into suggestion_events (suggestion_id, action, actor_id, actor_role, note) values ($1, 'import', $2, 'office', '从纸质办理记录导入')`, [id, x.by])
}
