import type { Calendar } from '../../src/core/calendar'
import { deadlineConfig, type DeadlineConfig } from '../../src/core/cases/deadlines'
import { suggestionTerms, type SuggestionTerms } from '../../src/core/suggestions/deadlines'
import type { DispatchOptions } from '../../src/core/cases/types'
import type { Queryable } from '../db/queryable'

/** A district's settings as the loop uses them: its case-number prefix, deadlines, working-day calendar and categories. */
export interface District {
  id: string
  casePrefix: string
  deadlines: DeadlineConfig
  /** How long its units have with a suggestion. */
  suggestionTerms: SuggestionTerms
  calendar: Calendar
  categories: string[]
}

export async function loadDistrict(q: Queryable, id: string): Promise<District> {
  const [row] = await q.query<Omit<District, 'deadlines' | 'suggestionTerms' | 'calendar'> & { deadlines: unknown; suggestionTerms: unknown; calendar: Calendar | null }>(
    `select x.id, x.case_prefix as "casePrefix", x.deadlines, x.suggestion_terms as "suggestionTerms",
            array(select c.name from categories c where c.district_id = x.id order by c.sort) as categories,
            (select jsonb_object_agg(to_char(h.day, 'YYYY-MM-DD'), h.kind) from holidays h where h.district_id = x.id) as calendar
       from districts x where x.id = $1`,
    [id],
  )
  if (!row) throw new Error(`district ${id} is missing`)
  return { ...row, deadlines: deadlineConfig(row.deadlines), suggestionTerms: suggestionTerms(row.suggestionTerms), calendar: row.calendar ?? {} }
}

/** The district when the installation serves exactly one, else null. */
export async function soleDistrict(q: Queryable): Promise<string | null> {
  const rows = await q.query<{ id: string }>('select id from districts limit 2')
  return rows.length === 1 ? rows[0].id : null
}

/** The departments a case of this district may go to, and the one the catalogue proposes. */
export async function dispatchOptions(q: Queryable, districtId: string, category: string): Promise<DispatchOptions> {
  const departments = await q.query<{ id: string; name: string }>('select id, name from departments where district_id = $1 order by name', [districtId])
  const [proposed] = await q.query<{ id: string }>(
    'select department_id as id from dispatch_catalogue where district_id = $1 and category = $2',
    [districtId, category],
  )
  return { departments, proposedId: proposed?.id ?? null }
}

export async function departmentInDistrict(q: Queryable, id: string, districtId: string): Promise<{ name: string } | null> {
  const [row] = await q.query<{ name: string }>('select name from departments where id = $1 and district_id = $2', [id, districtId])
  return row ?? null
}

/** The district of this name, made (with its administrative division code and case-number prefix) when there is none yet. */
export async function ensureDistrict(q: Queryable, d: { name: string; code: string; prefix: string }): Promise<{ id: string; created: boolean }> {
  const made = await q.query<{ id: string }>(
    `insert into districts (code, name, case_prefix) select $1, $2, $3 where not exists (select 1 from districts where name = $2) returning id`,
    [d.code, d.name, d.prefix],
  )
  if (made.length) return { id: made[0].id, created: true }
  const [row] = await q.query<{ id: string }>('select id from districts where name = $1', [d.name])
  return { id: row.id, created: false }
}

/** Whether another district (by name) holds this administrative division code. */
export async function divisionCodeHeld(q: Queryable, d: { name: string; code: string }): Promise<boolean> {
  return (await q.query('select 1 from districts where code = $1 and name <> $2', [d.code, d.name])).length > 0
}
