import type { RecordItem } from '../../src/core/accountability/kinds'
import type { RatedReport } from '../../src/core/accountability/tasks'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import { caseDeputies, deputyCaseIds } from '../cases/deputy-cases'
import { shanghaiDaySql, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

/** An item of a deputy's record; `held`: an activity whose words wait for (or were refused by) review. */
export type DeputyItem = RecordItem & { deputyId: string; internal: boolean; held: boolean }

/**
 * Suggestions `x` and the deputies `xd` who signed them, once submitted and not withdrawn; a deputy
 * whose own suggestion was merged into another (并案) counts their own, not the one it joined.
 */
const SIGNED = `suggestions x join suggestion_deputies xd on xd.suggestion_id = x.id and xd.status = 'confirmed'
  and x.submitted_at is not null and x.status <> 'withdrawn'
  and not exists (select 1 from suggestions m join suggestion_deputies md on md.suggestion_id = m.id and md.role = 'lead'
                   where m.merged_into = x.id and md.deputy_id = xd.deputy_id)`

/** The rating that speaks of the deputy: of their answer when they answered, else of their follow-up. */
const DEPUTY_RATING = "(case when c.resolved_by = 'deputy' then c.result_rating else c.follow_up_rating end)"


/**
 * A deputy's record from `from` to `to` (Shanghai days), for the deputies asked: verified
 * activities; and what the product knows by itself — reception days they were recorded present
 * at, appointments held (confirmed, the day come), cases they answered (the first 答复) and
 * followed (the first 跟单), the residents' ratings of their cases' answer or follow-up, and the
 * suggestions they submitted as 领衔 or signed as 附议 (an activity about one of these is not counted again),
 * and the reading-list materials whose quiz they passed, as 培训学习 (a deputy's cases as server/cases/deputy-cases.ts defines them).
 */
export async function recordItems(q: Queryable, deputyIds: readonly string[], from: string, to: string, today: string): Promise<DeputyItem[]> {
  if (!deputyIds.length) return []
  const start = shanghaiDayStart(from)
  const end = shanghaiDayEnd(to)
  return q.query<DeputyItem>(
    `select d as "deputyId", 'activity' as source, a.id as "refId", a.kind, to_char(a.day, 'YYYY-MM-DD') as at, a.title as label, a.internal,
            not ${shownSql('activity', 'a.id')} as held
       from activities a cross join unnest(a.deputy_ids) d
      where a.deputy_ids && $1::uuid[] and d = any($1::uuid[]) and a.status = 'verified' and a.day between $2::date and $3::date
        and not (a.suggestion_id is not null and exists (select 1 from ${SIGNED} where x.id = a.suggestion_id and xd.deputy_id = d))
     union all
     select d, 'reception', r.id, '接待日到场', to_char(r.day, 'YYYY-MM-DD'), s.name || '接待日：' || n.theme, false, false
       from reception_records r join reception_notices n on n.id = r.notice_id join stations s on s.id = n.station_id
            cross join unnest(r.deputies_present) d
      where r.deputies_present && $1::uuid[] and d = any($1::uuid[]) and r.day between $2::date and $3::date
     union all
     select sl.deputy_id, 'appointment', ap.id, '约见群众', to_char(sl.day, 'YYYY-MM-DD'), '约见群众（' || n.theme || '）', false, false
       from reception_slots sl join appointments ap on ap.slot_id = sl.id join reception_notices n on n.id = sl.notice_id
      where sl.deputy_id = any($1::uuid[]) and ap.status = 'confirmed' and sl.withdrawn_at is null
        and sl.day between $2::date and least($3::date, $6::date)
     union all
     select e.actor_deputy_id, 'case', c.id, '答复诉求', ${shanghaiDaySql('min(e.created_at)')}, '答复诉求 ' || c.number, false, false
       from case_events e join cases c on c.id = e.case_id
      where e.actor_deputy_id = any($1::uuid[]) and e.type = 'answer'
      group by e.actor_deputy_id, c.id, c.number having min(e.created_at) >= $4 and min(e.created_at) < $5
     union all
     select e.actor_deputy_id, 'case', c.id, '跟踪办理', ${shanghaiDaySql('min(e.created_at)')}, '跟踪办理 ' || c.number, false, false
       from case_events e join cases c on c.id = e.case_id
      where e.actor_deputy_id = any($1::uuid[]) and e.type = 'followUp'
      group by e.actor_deputy_id, c.id, c.number having min(e.created_at) >= $4 and min(e.created_at) < $5
     union all
     select d, 'case', c.id, '群众' || ${DEPUTY_RATING}, ${shanghaiDaySql('c.rated_at')}, '群众评价 ' || c.number, false, false
       from cases c cross join unnest(${caseDeputies()}) d
      where c.id in ${deputyCaseIds('$1', true)} and d = any($1::uuid[])
        and c.rated_at >= $4 and c.rated_at < $5 and ${DEPUTY_RATING} is not null
     union all
     select xd.deputy_id, 'suggestion', x.id, case when xd.role = 'lead' then '领衔建议' else '附议建议' end, ${shanghaiDaySql('x.submitted_at')},
            case when xd.role = 'lead' then '领衔提出建议 ' else '附议建议 ' end || x.number || '《' || x.title || '》', false, false
       from ${SIGNED}
      where xd.deputy_id = any($1::uuid[]) and x.submitted_at >= $4 and x.submitted_at < $5
     union all
     select p.deputy_id, 'study', p.material_id, '培训学习', ${shanghaiDaySql('p.passed_at')}, '学习《' || m.title || '》并通过测验', false, false
       from study_passes p join study_materials m on m.id = p.material_id
      where p.deputy_id = any($1::uuid[]) and p.passed_at >= $4 and p.passed_at < $5`,
    [deputyIds, from, to, start, end, today],
  )
}

/** The deputies' 述职 of the years from `fromYear` on that residents rated (online or on paper). */
export async function ratedReports(q: Queryable, deputyIds: readonly string[], fromYear: number): Promise<(RatedReport & { deputyId: string })[]> {
  if (!deputyIds.length) return []
  return q.query(
    `select r.id, r.year, r.deputy_id as "deputyId", ${shanghaiDaySql('r.published_at')} as at
       from duty_reports r
      where r.deputy_id = any($1::uuid[]) and r.year >= $2 and r.status = 'published'
        and (exists (select 1 from duty_report_ratings x where x.report_id = r.id)
             or exists (select 1 from duty_paper_votes v where v.report_id = r.id and v.satisfied + v.basic + v.unsatisfied > 0))`,
    [deputyIds, fromYear],
  )
}

/** Deputies in office of a district, or of one station, in code order, with their station's name. */
export async function deputiesOf(q: Queryable, districtId: string, stationId: string | null): Promise<{ id: string; code: string; name: string; station: string; stationId: string }[]> {
  return q.query(
    `select d.id, d.code, d.name, s.name as station, s.id as "stationId"
       from deputies d join stations s on s.id = d.station_id
      where s.district_id = $1 and ($2::uuid is null or s.id = $2) and d.active order by d.code`,
    [districtId, stationId],
  )
}

export interface DeputyRef {
  id: string
  code: string
  name: string
  stationId: string
  districtId: string
  active: boolean
}

const DEPUTY_REF = `select d.id, d.code, d.name, d.station_id as "stationId", s.district_id as "districtId", d.active
  from deputies d join stations s on s.id = d.station_id`

/** Deputies by code (any that exist), or by id. */
export async function deputiesByCodes(q: Queryable, codes: readonly string[]): Promise<DeputyRef[]> {
  return q.query<DeputyRef>(`${DEPUTY_REF} where d.code = any($1::text[])`, [codes])
}
export async function deputyRefsByIds(q: Queryable, ids: readonly string[]): Promise<DeputyRef[]> {
  return q.query<DeputyRef>(`${DEPUTY_REF} where d.id = any($1::uuid[])`, [ids])
}
export async function deputyRefById(q: Queryable, id: string): Promise<DeputyRef | null> {
  const [row] = await q.query<DeputyRef>(`${DEPUTY_REF} where d.id = $1`, [id])
  return row ?? null
}
