import type { Milestone } from '../../src/core/suggestions/types'
import { shanghaiDaySql, type Queryable } from '../db/queryable'

/** What 督办 keeps of a suggestion: its units' requests (调整, 延期), its 重点督办 milestones, its reminders and overdue mark. */

/** The lead unit's request for another unit, kept on its row until the office hands it out again. */
export async function askRedirect(q: Queryable, id: string, departmentId: string, reason: string): Promise<void> {
  await q.query('update suggestion_units set redirect_reason = $3 where suggestion_id = $1 and department_id = $2', [id, departmentId, reason])
}

export async function addExtension(q: Queryable, x: { suggestionId: string; departmentId: string; userId: string; until: string; reason: string }): Promise<void> {
  await q.query('insert into suggestion_extensions (suggestion_id, department_id, user_id, until, reason) values ($1, $2, $3, $4, $5)', [
    x.suggestionId, x.departmentId, x.userId, x.until, x.reason,
  ])
}

/** Decides the waiting request; answers the day it asked for. */
export async function decideExtension(q: Queryable, id: string, d: { approved: boolean; userId: string; reason: string | null }): Promise<string> {
  const [row] = await q.query<{ until: string }>(
    `update suggestion_extensions set approved = $2, decided_by = $3, decision_reason = $4, decided_at = now()
      where suggestion_id = $1 and decided_at is null returning to_char(until, 'YYYY-MM-DD') as until`,
    [id, d.approved, d.userId, d.reason],
  )
  return row.until
}

/** The milestones as given, in order; one already reached keeps its day when its title stays. */
export async function setMilestones(q: Queryable, id: string, milestones: readonly { title: string; due: string }[]): Promise<void> {
  await q.query(
    `with old as (delete from suggestion_milestones where suggestion_id = $1 returning title, done_at)
     insert into suggestion_milestones (suggestion_id, idx, title, due_on, done_at)
     select $1, m.idx, m.title, m.due, (select o.done_at from old o where o.title = m.title limit 1)
       from jsonb_to_recordset($2::jsonb) as m(idx int, title text, due date)`,
    [id, JSON.stringify(milestones.map((m, idx) => ({ idx, ...m })))],
  )
}

/** Marks milestone `idx` reached: its title, or false when there is none such or it was reached before. */
export async function reachMilestone(q: Queryable, id: string, idx: number): Promise<string | false> {
  const [row] = await q.query<{ title: string }>('update suggestion_milestones set done_at = now() where suggestion_id = $1 and idx = $2 and done_at is null returning title', [id, idx])
  return row?.title ?? false
}

/** Whether `userId` is a leader of the district's office (who may supervise a 重点督办 suggestion). */
export async function isOfficeLeader(q: Queryable, districtId: string, userId: string): Promise<boolean> {
  const rows = await q.query(`select 1 from users where id = $1 and district_id = $2 and role = 'office' and leader and deleted_at is null`, [userId, districtId])
  return rows.length > 0
}

/** Accounts carry no names: a leader is told apart by the day their account was bound. */
const LEADER_LABEL = `'人大办领导（' || ${shanghaiDaySql('coalesce(u.bound_at, u.created_at)')} || ' 绑定）'`

/** The district office's leaders, as the office picks one to supervise a 重点督办 suggestion. */
export async function officeLeaders(q: Queryable, districtId: string): Promise<{ id: string; label: string }[]> {
  return q.query(`select u.id, ${LEADER_LABEL} as label from users u where u.district_id = $1 and u.role = 'office' and u.leader and u.deleted_at is null order by u.bound_at nulls first, u.id`, [districtId])
}

/** What `get` shows of 督办: the leader, the milestones and the requests for more time. */
export async function supervisionOf(q: Queryable, id: string): Promise<{ leader: string | null; milestones: Milestone[]; extensions: { until: string; reason: string; at: string; approved: boolean | null; decision: string | null }[] }> {
  const [row] = await q.query<Awaited<ReturnType<typeof supervisionOf>>>(
    `select (select ${LEADER_LABEL} from suggestions s join users u on u.id = s.leader_id where s.id = $1) as leader,
            coalesce((select jsonb_agg(jsonb_build_object('title', m.title, 'due', to_char(m.due_on, 'YYYY-MM-DD'), 'doneAt', m.done_at) order by m.idx)
              from suggestion_milestones m where m.suggestion_id = $1), '[]') as milestones,
            coalesce((select jsonb_agg(jsonb_build_object('until', to_char(x.until, 'YYYY-MM-DD'), 'reason', x.reason, 'at', x.at, 'approved', x.approved, 'decision', x.decision_reason) order by x.at)
              from suggestion_extensions x where x.suggestion_id = $1), '[]') as extensions`,
    [id],
  )
  return row
}

/** An open suggestion whose due day is near or past and which is still to be reminded or marked. */
export interface DueSuggestion {
  id: string
  districtId: string
  number: string
  title: string
  dueOn: string
  daysLeft: number
  remindedDays: number | null
}

/** Handled suggestions due within `within` days (or past due) not yet reminded at `daysLeft`'s step, nor marked overdue. */
export async function dueSuggestions(q: Queryable, today: string, within: number, last: number, limit: number): Promise<DueSuggestion[]> {
  return q.query(
    `select s.id, s.district_id as "districtId", s.number, s.title, to_char(s.due_on, 'YYYY-MM-DD') as "dueOn", (s.due_on - $1::date) as "daysLeft", s.reminded_days as "remindedDays"
       from suggestions s
      where s.status in ('assigned', 'rehandling') and s.due_on <= $1::date + $2::int and s.overdue_at is null
        and (s.due_on < $1::date or s.reminded_days is null or (s.reminded_days > $3::int and s.due_on <= $1::date + $3::int))
      order by s.due_on, s.id limit $4`,
    [today, within, last, limit],
  )
}

/** Records the reminder sent for the due day's step; false when another timer got there first. */
export async function markReminded(q: Queryable, id: string, days: number): Promise<boolean> {
  const rows = await q.query(`update suggestions set reminded_days = $2 where id = $1 and status in ('assigned', 'rehandling') and overdue_at is null and (reminded_days is null or reminded_days > $2) returning 1`, [id, days])
  return rows.length > 0
}

/** Marks it overdue once; false when it was already (or is no longer handled). */
export async function markSuggestionOverdue(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query(`update suggestions set overdue_at = now(), updated_at = now() where id = $1 and status in ('assigned', 'rehandling') and overdue_at is null returning 1`, [id])
  return rows.length > 0
}

/** Assisting units whose view is still missing, their month from 交办 ending within `within` days, not yet reminded. */
export async function viewsDue(q: Queryable, today: string, within: number, limit: number): Promise<{ suggestionId: string; departmentId: string; number: string; title: string; dueOn: string }[]> {
  return q.query(
    `select x.* from (
       select u.suggestion_id as "suggestionId", u.department_id as "departmentId", s.number, s.title,
              to_char(((s.assigned_at at time zone 'Asia/Shanghai')::date + interval '1 month')::date, 'YYYY-MM-DD') as "dueOn"
         from suggestion_units u join suggestions s on s.id = u.suggestion_id
        where u.role = 'assist' and u.view_text is null and not u.view_reminded and s.status in ('assigned', 'rehandling')) x
      where x."dueOn"::date <= $1::date + $2::int order by x."dueOn" limit $3`,
    [today, within, limit],
  )
}

/** Records the reminder of an assisting unit's view; false when it was sent already. */
export async function markViewReminded(q: Queryable, suggestionId: string, departmentId: string): Promise<boolean> {
  return (await q.query('update suggestion_units set view_reminded = true where suggestion_id = $1 and department_id = $2 and not view_reminded returning 1', [suggestionId, departmentId])).length > 0
}

/** B answers not declared done whose last report (or the answer) is older than `days`, and not asked since. */
export async function progressDue(q: Queryable, now: Date, days: number, limit: number): Promise<{ id: string }[]> {
  return q.query(
    `select s.id from suggestions s
      cross join lateral (select greatest((select max(a.at) from suggestion_answers a where a.suggestion_id = s.id),
                                          (select max(p.at) from suggestion_progress p where p.suggestion_id = s.id)) as last) l
      where s.grade = 'B' and not s.progress_done and s.status in ('answered', 'closed')
        and l.last < $1::timestamptz - make_interval(days => $2) and (s.progress_asked_at is null or s.progress_asked_at < l.last)
      order by l.last limit $3`,
    [now, days, limit],
  )
}

/** Records that its unit was asked for the quarter's progress; false when another timer did. */
export async function markProgressAsked(q: Queryable, id: string, now: Date): Promise<boolean> {
  return (await q.query('update suggestions set progress_asked_at = $2::timestamptz where id = $1 and (progress_asked_at is null or progress_asked_at < $2::timestamptz - interval \'1 day\') returning 1', [id, now])).length > 0
}
