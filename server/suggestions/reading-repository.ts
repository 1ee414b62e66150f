import type { SuggestionStatus } from '../../src/core/suggestions/states'
import type { CaseSuggestion, PublicSuggestion, SimilarSuggestion, SuggestionItem, SuggestionView } from '../../src/core/suggestions/types'
import { pageKey, type After } from '../db/cursor'
import type { EvidenceCase } from '../../src/core/suggestions/evidence'
import { isoText, shanghaiDaySql, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

/** What the suggestions' views read beyond a suggestion's own row: its detail, lists, and the public's list. */

/** What `get` shows beyond the row: the linked cases, the contacts, the answers and the timeline. */
type Detail = Pick<SuggestionView, 'cases' | 'residents' | 'contacts' | 'answers' | 'progress'> & { events: { action: string; note: string | null; at: string }[] }

export async function suggestionDetail(q: Queryable, id: string): Promise<Detail> {
  const [row] = await q.query<Detail>(
    `select coalesce((select jsonb_agg(jsonb_build_object('id', c.id, 'number', c.number) order by c.created_at) from suggestion_cases sc join cases c on c.id = sc.case_id where sc.suggestion_id = $1), '[]') as cases,
            (select count(distinct c.resident_id)::int from suggestion_cases sc join cases c on c.id = sc.case_id where sc.suggestion_id = $1) as residents,
            coalesce((select jsonb_agg(jsonb_build_object('way', x.way, 'at', x.at, 'note', x.note, 'unit', dep.name) order by x.at) from suggestion_contacts x join departments dep on dep.id = x.department_id where x.suggestion_id = $1), '[]') as contacts,
            coalesce((select jsonb_agg(jsonb_build_object('round', a.round, 'grade', a.grade, 'text', a.text, 'public', a.public, 'at', a.at) order by a.round) from suggestion_answers a where a.suggestion_id = $1), '[]') as answers,
            coalesce((select jsonb_agg(jsonb_build_object('action', e.action, 'note', e.note, 'at', e.at) order by e.at, e.id) from suggestion_events e where e.suggestion_id = $1), '[]') as events,
            coalesce((select jsonb_agg(jsonb_build_object('percent', p.percent, 'note', p.note, 'done', p.done, 'at', p.at) order by p.at) from suggestion_progress p where p.suggestion_id = $1), '[]') as progress`,
    [id],
  )
  return row
}

/** Its linked cases as the evidence block reads them (server/core: only what other residents may read leaves). */
export async function evidenceCases(q: Queryable, id: string): Promise<EvidenceCase[]> {
  return q.query(
    `select c.id, c.text, (c.show_publicly and ${shownSql('case', 'c.id')}) as shown, c.location, ${isoText('c.created_at')} as "createdAt", c.category
       from suggestion_cases k join cases c on c.id = k.case_id where k.suggestion_id = $1 order by c.created_at`,
    [id],
  )
}

/** The suggestions case `caseId` went into, once handed to a unit and not held by review. */
export async function suggestionsOfCase(q: Queryable, caseId: string): Promise<CaseSuggestion[]> {
  return q.query(
    `select s.id, s.number, s.title, s.status, s.grade,
            (select a.text from suggestion_answers a where a.suggestion_id = s.id and a.public and s.withheld_reason is null order by a.round desc limit 1) as answer
       from suggestion_cases sc join suggestions s on s.id = sc.suggestion_id
      where sc.case_id = $1 and s.assigned_at is not null and ${shownSql('suggestion', 's.id')} and s.status in ('assigned', 'answered', 'rehandling', 'closed')
      order by s.assigned_at`,
    [caseId],
  )
}

/** Which suggestions a list holds: by its deputy, station, unit or district, and a state or words. */
export interface ListFilter {
  districtId: string
  deputyId: string | null
  stationId: string | null
  departmentId: string | null
  submittedOnly: boolean
  status: SuggestionStatus | null
  words: string | null
  after: After | null
}

/** A list's line of suggestion `s`. */
const ITEM = `s.id, s.number, s.title, s.status, s.grade, to_char(s.due_on, 'YYYY-MM-DD') as "dueOn", s.updated_at as "updatedAt",
  (select d.name from deputies d where d.id = s.lead_deputy_id) as "leadDeputy", s.overdue_at is not null as overdue, s.key_suggestion as key,
  (select jsonb_build_object('title', m.title, 'due', to_char(m.due_on, 'YYYY-MM-DD'), 'doneAt', m.done_at) from suggestion_milestones m
    where m.suggestion_id = s.id and m.done_at is null order by m.idx limit 1) as "nextMilestone"`

/** The office's boards, whole: overdue ones by due day (督办), 重点督办 ones by their next milestone (overdue milestones first), then due day. */
export async function boardSuggestions(q: Queryable, districtId: string, board: 'overdue' | 'key', limit: number): Promise<SuggestionItem[]> {
  const where = board === 'overdue' ? `s.overdue_at is not null and s.status in ('assigned', 'rehandling')` : `s.key_suggestion and s.status not in ('merged', 'withdrawn', 'letter')`
  return q.query(
    `select ${ITEM} from suggestions s where s.district_id = $1 and ${where}
      order by (select min(m.due_on) from suggestion_milestones m where m.suggestion_id = s.id and m.done_at is null) nulls last, s.due_on nulls last, s.id limit $2`,
    [districtId, limit],
  )
}

export async function listSuggestions(q: Queryable, f: ListFilter, limit: number): Promise<(SuggestionItem & { pageKey: string })[]> {
  return q.query(
    `select ${ITEM}, ${pageKey('s.updated_at')}
       from suggestions s
      where s.district_id = $1
        and ($2::uuid is null or exists (select 1 from suggestion_deputies d where d.suggestion_id = s.id and d.deputy_id = $2))
        and ($3::uuid is null or s.station_id = $3)
        and ($4::uuid is null or (exists (select 1 from suggestion_units u where u.suggestion_id = s.id and u.department_id = $4)
                                  and s.status in ('assigned', 'answered', 'rehandling', 'closed')))
        and (not $5 or s.submitted_at is not null)
        and ($6::text is null or s.status = $6)
        and ($7::text is null or s.title ilike $7 or s.number ilike $7)
        and ($8::timestamptz is null or (s.updated_at, s.id) < ($8, $9::uuid))
      order by s.updated_at desc, s.id desc limit $10`,
    [f.districtId, f.deputyId, f.stationId, f.departmentId, f.submittedOnly, f.status, f.words, f.after?.at ?? null, f.after?.id ?? null, limit],
  )
}

/** Published suggestions (handed to a unit, not held by review), newest 交办 first: no resident's words, the latest answer unless marked private; one, or a deputy's, when asked. */
export async function publicSuggestions(q: Queryable, f: { after: After | null; id: string | null; deputyCode: string | null }, limit: number): Promise<(PublicSuggestion & { pageKey: string })[]> {
  const open = 's.withheld_reason is null'
  return q.query(
    `select s.id, s.number, s.title, s.grade, s.status, ${shanghaiDaySql('s.assigned_at')} as "assignedOn", ${pageKey('s.assigned_at')},
            array(select dp.name from suggestion_deputies d join deputies dp on dp.id = d.deputy_id where d.suggestion_id = s.id and d.status = 'confirmed' order by d.role desc, dp.code) as deputies,
            array(select dep.name from suggestion_units u join departments dep on dep.id = u.department_id where u.suggestion_id = s.id order by u.role desc, dep.name) as units,
            (select a.text from suggestion_answers a where a.suggestion_id = s.id and a.public and ${open} order by a.round desc limit 1) as answer,
            (select count(distinct c.resident_id)::int from suggestion_cases sc join cases c on c.id = sc.case_id where sc.suggestion_id = s.id) as residents,
            coalesce((select jsonb_agg(jsonb_build_object('percent', p.percent, 'note', p.note, 'done', p.done, 'at', p.at) order by p.at)
                        from suggestion_progress p where p.suggestion_id = s.id and ${open}), '[]') as progress
       from suggestions s
      where s.assigned_at is not null and ${shownSql('suggestion', 's.id')} and s.status in ('assigned', 'answered', 'rehandling', 'closed')
        and ($1::timestamptz is null or (s.assigned_at, s.id) < ($1, $2::uuid))
        and ($4::uuid is null or s.id = $4)
        and ($5::text is null or exists (select 1 from suggestion_deputies d join deputies dp on dp.id = d.deputy_id
                                          where d.suggestion_id = s.id and d.status = 'confirmed' and dp.code = $5))
      order by s.assigned_at desc, s.id desc limit $3`,
    [f.after?.at ?? null, f.after?.id ?? null, limit, f.id, f.deputyCode],
  )
}

/**
 * The district's published suggestions of earlier years sharing the most character pairs with
 * `words` (title and proposal), at least `least` of them; the same category first.
 */
export async function similarPast(q: Queryable, f: { districtId: string; words: string; category: string | null; before: Date; least: number }, limit: number): Promise<SimilarSuggestion[]> {
  return q.query(
    `select * from (
       select s.id, s.number, s.title, extract(year from s.assigned_at at time zone 'Asia/Shanghai')::int as year, s.status, s.grade,
              cardinality(array(select unnest(bigrams(lower(s.title || s.proposal))) intersect select unnest(bigrams(lower($2))))) as shared,
              s.category = $3 as same
         from suggestions s
        where s.district_id = $1 and s.assigned_at < $4 and ${shownSql('suggestion', 's.id')} and s.status in ('assigned', 'answered', 'rehandling', 'closed')) x
      where x.shared >= $5 order by x.same desc, x.shared desc, x.year desc limit $6`,
    [f.districtId, f.words, f.category, f.before, f.least, limit],
  )
}
