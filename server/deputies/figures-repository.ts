import type { DeputyFigures, PublicCase } from '../../src/core/deputies/types'
import { publicExcerpt } from '../../src/core/privacy/redact'
import { deputyCaseIds } from '../cases/deputy-cases'
import { shownSql } from '../safety/visibility'
import { isoText, type Queryable } from '../db/queryable'

/**
 * A deputy's figures, from their cases (addressed to them or acted on by them; filed within `filed`, when given): received;
 * answered on the spot; ever dispatched; resolved (by the deputy or a department); rated; satisfied
 * (满意 or 基本满意); and the median hours from filing to the first response.
 */
export async function deputyFigures(q: Queryable, deputyId: string, filed?: { from: Date; to: Date }): Promise<DeputyFigures> {
  const [row] = await q.query<Omit<DeputyFigures, 'satisfactionRate'>>(
    `with mine as (select * from cases where id in ${deputyCaseIds('$1')} and ($2::timestamptz is null or created_at >= $2) and ($3::timestamptz is null or created_at < $3)),
          firsts as (
            select extract(epoch from (min(e.created_at) - c.created_at)) / 3600 as hours
              from mine c join case_events e on e.case_id = c.id and e.type in ('accept', 'answer', 'decline')
             group by c.id, c.created_at)
     select (select count(*)::int from mine) as received,
            (select count(*)::int from mine c where exists (select 1 from case_events e where e.case_id = c.id and e.type = 'answer')) as answered,
            (select count(*)::int from mine c where exists (select 1 from case_events e where e.case_id = c.id and e.type = 'dispatch')) as dispatched,
            (select count(*)::int from mine where resolved_by is not null) as resolved,
            (select count(*)::int from mine where result_rating is not null) as rated,
            (select count(*)::int from mine where result_rating in ('满意', '基本满意')) as satisfied,
            (select round((percentile_cont(0.5) within group (order by hours))::numeric, 1)::float8 from firsts) as "medianFirstResponseHours"`,
    [deputyId, filed?.from ?? null, filed?.to ?? null],
  )
  return { ...row, satisfactionRate: row.rated ? Math.round((row.satisfied / row.rated) * 1000) / 1000 : null }
}

/** Recently resolved cases of the deputy (as their figures count them) whose residents allowed them to be shown. */
export async function publicCases(q: Queryable, deputyId: string, limit: number): Promise<PublicCase[]> {
  const rows = await q.query<{ id: string; category: string; text: string; result: string; resolvedAt: string; rating: PublicCase['rating'] }>(
    `select c.id, c.category, c.text, case when ${shownSql('note', 'r.id')} then coalesce(r.note, '') else '' end as result, c.result_rating as rating,
            ${isoText('r.created_at')} as "resolvedAt"
       from cases c
       join lateral (select e.id, e.note, e.created_at from case_events e where e.case_id = c.id and e.type in ('resolve', 'answer')
                      order by e.seq desc limit 1) r on true
      where c.id in ${deputyCaseIds('$1')} and c.show_publicly and ${shownSql('case', 'c.id')} and c.resolved_by is not null
      order by r.created_at desc limit $2`,
    [deputyId, limit],
  )
  // Only cases whose residents allowed it are selected.
  return rows.map(({ text, result, ...r }) => ({ ...r, excerpt: publicExcerpt(text, true, 60), result: publicExcerpt(result, true, 80) }))
}
