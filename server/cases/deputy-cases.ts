/**
 * A deputy's cases — one definition, read by the deputy's figures and first response, the reports
 * 按代表, the exports' 代表 column, the 履职 record and points, and so the 述职: the cases addressed
 * to the deputy, and the cases the deputy acted on (any step of the loop taken as that deputy:
 * 受理, 答复, 不予受理, 申请派单, 跟单), read from the case's events. Nothing about it is stored on the case.
 */

/** The ids of deputy `p`'s cases (`p` a SQL parameter; with `many`, a uuid[] of deputies): a subquery for `c.id in (…)`. */
export function deputyCaseIds(p: string, many = false): string {
  const match = many ? `= any(${p}::uuid[])` : `= ${p}`
  return `(select id from cases where deputy_id ${match} union select case_id from case_events where actor_deputy_id ${match})`
}

/** The deputies of case `c` as a uuid[]: the addressed one first, then those who acted, by their first step. */
export const caseDeputies = (c = 'c') =>
  `array(select x.d from (select ${c}.deputy_id as d, null::timestamptz as at where ${c}.deputy_id is not null
                          union all
                          select e.actor_deputy_id, e.created_at from case_events e where e.case_id = ${c}.id and e.actor_deputy_id is not null) x
         group by x.d order by min(x.at) nulls first)`

/** The names of case `c`'s deputies, joined by “、” ('' when none). */
export const caseDeputyNames = (c = 'c') =>
  `coalesce((select string_agg(dn.name, '、' order by k.i) from unnest(${caseDeputies(c)}) with ordinality k (id, i) join deputies dn on dn.id = k.id), '')`
