import type { Grade } from '../../src/core/suggestions/states'
import type { Queryable } from '../db/queryable'

/** What a suggestion is to what it touches: the residents behind it (through their cases), the deputies who signed it (for the record). */

/** The residents behind a suggestion, each with their case: who hears its steps. */
export async function residentsBehind(q: Queryable, id: string): Promise<{ userId: string; caseId: string }[]> {
  return q.query(
    `select distinct c.resident_id as "userId", c.id as "caseId" from suggestion_cases sc join cases c on c.id = sc.case_id
      join users u on u.id = c.resident_id where sc.suggestion_id = $1 and u.deleted_at is null`,
    [id],
  )
}

/** Whether suggestion `id` of the district was submitted (and not withdrawn) with one of `deputyIds` signing it. */
export async function signedSuggestion(q: Queryable, id: string, districtId: string, deputyIds: readonly string[]): Promise<boolean> {
  const rows = await q.query(
    `select 1 from suggestions s join suggestion_deputies d on d.suggestion_id = s.id and d.status = 'confirmed'
      where s.id = $1 and s.district_id = $2 and s.submitted_at is not null and s.status <> 'withdrawn' and d.deputy_id = any($3::uuid[])`,
    [id, districtId, deputyIds],
  )
  return rows.length > 0
}

/** A deputy's suggestions submitted between two moments, for their 述职: how many they led and joined, and how those answered were classed. */
export async function suggestionFiguresOf(q: Queryable, deputyId: string, start: Date, end: Date): Promise<{ led: number; joined: number; answered: number; grades: Partial<Record<Grade, number>> }> {
  const [row] = await q.query<{ led: number; joined: number; answered: number; grades: Partial<Record<Grade, number>> | null }>(
    `with mine as (select s.grade, s.answer_round, d.role from suggestions s join suggestion_deputies d on d.suggestion_id = s.id and d.deputy_id = $1 and d.status = 'confirmed'
                    where s.submitted_at >= $2 and s.submitted_at < $3 and s.status not in ('withdrawn', 'merged'))
     select count(*) filter (where role = 'lead')::int as led, count(*) filter (where role = 'co')::int as joined,
            count(*) filter (where answer_round > 0)::int as answered,
            (select jsonb_object_agg(grade, n) from (select grade, count(*)::int as n from mine where answer_round > 0 group by grade) g) as grades
       from mine`,
    [deputyId, start, end],
  )
  return { ...row, grades: row.grades ?? {} }
}

/** The signing deputies' stored phones (encrypted), for the lead unit's contact. */
export async function signersPhones(q: Queryable, id: string): Promise<{ code: string; name: string; phoneEnc: string | null }[]> {
  return q.query(
    `select dp.code, dp.name, dp.phone_enc as "phoneEnc" from suggestion_deputies d join deputies dp on dp.id = d.deputy_id
      where d.suggestion_id = $1 and d.status = 'confirmed' order by d.role desc, dp.code`,
    [id],
  )
}
