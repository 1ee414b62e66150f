import { type DeputySuggestionFigures, type UnitFigures } from '../../src/core/suggestions/figures'
import { shanghaiDaySql, type Queryable } from '../db/queryable'

/** Which suggestions a period's figures count: of the district, handed out between two moments, or of one session. */
export interface FiguresScope {
  districtId: string
  start: Date
  end: Date
  session: string | null
  /** A unit reads its own row only. */
  departmentId: string | null
}

type Counted<T> = Omit<T, 'satisfactionRate'>

const GRADES_SQL = (where: string) =>
  `jsonb_build_object('A', count(*) filter (where ${where} and s.grade = 'A'), 'B', count(*) filter (where ${where} and s.grade = 'B'),
                      'C', count(*) filter (where ${where} and s.grade = 'C'), 'D', count(*) filter (where ${where} and s.grade = 'D'))`
const LEAD_RATING = `(select d.rating from suggestion_deputies d where d.suggestion_id = s.id and d.role = 'lead')`

/** Each unit's row: what it was handed (主办, 协办), signed in time, answered (in time, after contact), classes, the 领衔 deputies' ratings, re-handled, overdue. */
export async function unitFigures(q: Queryable, f: FiguresScope): Promise<Counted<UnitFigures>[]> {
  const lead = `u.role = 'lead'`
  return q.query(
    `select dep.name,
            count(*) filter (where ${lead})::int as lead, count(*) filter (where u.role = 'assist')::int as assist,
            count(*) filter (where u.signed_at <= u.sign_by)::int as "signedOnTime",
            count(*) filter (where ${lead} and s.answer_round > 0)::int as answered,
            count(*) filter (where ${lead} and exists (select 1 from suggestion_answers a where a.suggestion_id = s.id and a.round = 1
                                                            and ${shanghaiDaySql('a.at')} <= to_char(a.due_on, 'YYYY-MM-DD')))::int as "answeredOnTime",
            count(*) filter (where ${lead} and exists (select 1 from suggestion_contacts c where c.suggestion_id = s.id and c.department_id = u.department_id))::int as contacted,
            ${GRADES_SQL(lead)} as grades,
            count(*) filter (where ${lead} and ${LEAD_RATING} is not null)::int as rated,
            count(*) filter (where ${lead} and ${LEAD_RATING} in ('满意', '基本满意'))::int as satisfied,
            count(*) filter (where ${lead} and (s.answer_round > 1 or s.status = 'rehandling'))::int as rehandled,
            count(*) filter (where ${lead} and s.overdue_at is not null)::int as overdue
       from suggestions s join suggestion_units u on u.suggestion_id = s.id join departments dep on dep.id = u.department_id
      where ${IN_SCOPE} and ($5::uuid is null or u.department_id = $5)
      group by dep.id, dep.name order by count(*) filter (where ${lead}) desc, dep.name`,
    [f.districtId, f.start, f.end, f.session, f.departmentId],
  )
}

/** The suggestions of the scope ($1–$4): handed out (交办) in the period, or of the session named. */
const IN_SCOPE = `s.district_id = $1 and s.assigned_at is not null and s.status <> 'merged'
  and (case when $4::text is null then s.assigned_at >= $2 and s.assigned_at < $3 else s.session = $4 end)`

/** Each deputy's row: led and joined, the answered ones' classes, their own ratings. */
export async function deputyFigures(q: Queryable, f: FiguresScope): Promise<Counted<DeputySuggestionFigures>[]> {
  const answered = 's.answer_round > 0'
  return q.query(
    `select dp.code, dp.name,
            count(*) filter (where d.role = 'lead')::int as led, count(*) filter (where d.role = 'co')::int as joined,
            count(*) filter (where ${answered})::int as answered, ${GRADES_SQL(answered)} as grades,
            count(*) filter (where d.rating is not null)::int as rated, count(*) filter (where d.rating in ('满意', '基本满意'))::int as satisfied
       from suggestions s join suggestion_deputies d on d.suggestion_id = s.id and d.status = 'confirmed' join deputies dp on dp.id = d.deputy_id
      where ${IN_SCOPE}
      group by dp.id, dp.code, dp.name order by count(*) filter (where d.role = 'lead') desc, dp.code`,
    [f.districtId, f.start, f.end, f.session],
  )
}

/** A line of the export's 建议明细: every suggestion of the scope with its units, its last answer and its 领衔 deputy's rating. */
export interface SuggestionLine {
  number: string
  title: string
  kind: string
  session: string
  deputies: string
  leadUnit: string | null
  assistUnits: string
  assignedOn: string
  dueOn: string | null
  status: string
  grade: string | null
  answer: string | null
  answeredOn: string | null
  rating: string | null
  contacts: number
}

export async function suggestionLines(q: Queryable, f: FiguresScope): Promise<SuggestionLine[]> {
  return q.query(
    `select s.number, s.title, s.kind, s.session, s.status, s.grade, ${shanghaiDaySql('s.assigned_at')} as "assignedOn", to_char(s.due_on, 'YYYY-MM-DD') as "dueOn",
            (select string_agg(dp.name || case when d.role = 'lead' then '（领衔）' else '' end, '、' order by d.role desc, dp.code)
               from suggestion_deputies d join deputies dp on dp.id = d.deputy_id where d.suggestion_id = s.id and d.status = 'confirmed') as deputies,
            (select dep.name from suggestion_units u join departments dep on dep.id = u.department_id where u.suggestion_id = s.id and u.role = 'lead') as "leadUnit",
            coalesce((select string_agg(dep.name, '、' order by dep.name) from suggestion_units u join departments dep on dep.id = u.department_id
                       where u.suggestion_id = s.id and u.role = 'assist'), '') as "assistUnits",
            a.text as answer, ${shanghaiDaySql('a.at')} as "answeredOn", ${LEAD_RATING} as rating,
            (select count(*)::int from suggestion_contacts c where c.suggestion_id = s.id) as contacts
       from suggestions s left join lateral (select x.text, x.at from suggestion_answers x where x.suggestion_id = s.id order by x.round desc limit 1) a on true
      where ${IN_SCOPE}
      order by s.number`,
    [f.districtId, f.start, f.end, f.session],
  )
}
