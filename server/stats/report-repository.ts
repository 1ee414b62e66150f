import { REPORT_DIMENSIONS, type ReportBy } from '../../src/core/stats/report'
import type { Tally, WorkdayIndex } from '../../src/core/stats/tally'
import { caseDeputies } from '../cases/deputy-cases'
import type { Database, Queryable } from '../db/queryable'
import { scoped, type FunnelScope } from './stats-repository'

/** A case's key(s) under each way of tallying: one row each, or, by deputy, a row for each of the case's deputies (none: the null key, 未指定代表). */
const KEYS: Record<ReportBy, string> = {
  month: "select 'month', report_month(c.created_at)",
  category: "select 'category', c.category",
  station: "select 'station', c.station_id::text",
  deputy: `select 'deputy', d::text from unnest(coalesce(nullif(${caseDeputies()}, '{}'), array[null::uuid])) d`,
  department: "select 'department', c.department_id::text",
}

/** Each stage's working days: the day index's difference between its last and first day, both read in Shanghai. */
const STAGES = { respond: ['responded_at', 'created_at'], dispatch: ['dispatched_at', 'responded_at'], take: ['taken_at', 'dispatched_at'], resolve: ['resolved_at', 'taken_at'], total: ['resolved_at', 'created_at'] }
const wd = (column: string) => `($1::int[])[((c.${column} at time zone 'Asia/Shanghai')::date - $2::date) + 1]`

/**
 * The cases of `where` tallied one or more ways in one pass: per group, the counts of each
 * moment reached and each stage's working days as a histogram. Parameters $1 and $2 are the day
 * index; the scope's own follow.
 */
function tallies(dims: readonly ReportBy[], where: string): string {
  const stages = Object.entries(STAGES)
  return `with c as materialized (
      select k.dim, k.key, c.responded_at, c.dispatched_at, c.taken_at, c.followed_at, c.resolved_at, c.result_rating, c.overdue_count,
             ${stages.map(([s, [end, start]]) => `${wd(end)} - ${wd(start)} as ${s}`).join(', ')}
        from cases c cross join lateral (${dims.map((d) => KEYS[d]).join(' union all ')}) k (dim, key) ${where}),
    counts as (
      select dim, key, count(*)::int as received, count(responded_at)::int as responded, count(dispatched_at)::int as dispatched,
             count(taken_at)::int as accepted, count(followed_at)::int as followed, count(resolved_at)::int as resolved,
             count(result_rating)::int as rated, (count(*) filter (where result_rating in ('满意', '基本满意')))::int as satisfied,
             (count(*) filter (where overdue_count > 0))::int as overdue
        from c group by dim, key),
    steps as (
      select c.dim, c.key, s.stage, s.d, count(*)::int as n
        from c cross join lateral (values ${stages.map(([s]) => `('${s}', c.${s})`).join(', ')}) s (stage, d)
       where s.d is not null group by 1, 2, 3, 4),
    days as (
      select dim, key, jsonb_object_agg(stage, h) as days
        from (select dim, key, stage, jsonb_object_agg(d::text, n) as h from steps group by 1, 2, 3) x group by 1, 2)
    select counts.*, coalesce(days.days, '{}'::jsonb) as days
      from counts left join days on days.dim = counts.dim and days.key is not distinct from counts.key`
}

/** A scope's cases tallied one way, counted now from the cases themselves. */
export async function liveTally(q: Queryable, s: FunnelScope, by: ReportBy, days: WorkdayIndex): Promise<Tally[]> {
  const params: unknown[] = [days.counts, days.base]
  return q.query<Tally>(`select key, received, responded, dispatched, accepted, followed, resolved, rated, satisfied, overdue, days from (${tallies([by], scoped(s, params))}) t`, params)
}

/** The months of a district whose rollup stands with nothing changed since it was counted. */
export async function freshMonths(q: Queryable, districtId: string, months: readonly string[]): Promise<string[]> {
  const rows = await q.query<{ month: string }>(
    `select m.month from report_months m
      where m.district_id = $1 and m.month = any($2::text[])
        and not exists (select 1 from report_changes ch where ch.district_id = m.district_id and ch.month = m.month)`,
    [districtId, months],
  )
  return rows.map((r) => r.month)
}

/** A district's rollup of some months, tallied one way (a row per group and month). */
export const rolledUp = (q: Queryable, districtId: string, by: ReportBy, months: readonly string[]): Promise<Tally[]> =>
  q.query<Tally>(
    `select key, received, responded, dispatched, accepted, followed, resolved, rated, satisfied, overdue, days
       from report_rollup where district_id = $1 and dim = $2 and month = any($3::text[])`,
    [districtId, by, months],
  )

/**
 * Counts a district's month again, every way, in one transaction. The changes it clears are
 * those committed before it counts, so a case written meanwhile leaves its month marked for the
 * next; the working days come from `dayIndex`, read in the transaction.
 */
export async function refreshMonth(
  db: Database,
  districtId: string,
  month: string,
  range: { from: Date; to: Date },
  dayIndex: (q: Queryable) => Promise<WorkdayIndex>,
): Promise<void> {
  await db.tx(async (q) => {
    // The district's lock, which a change to its calendar takes too: the calendar is read under it.
    await q.query('select pg_advisory_xact_lock(hashtext($1))', [`report-rollup:${districtId}`])
    const days = await dayIndex(q)
    await q.query('delete from report_changes where district_id = $1 and month = $2', [districtId, month])
    await q.query('delete from report_months where district_id = $1 and month = $2', [districtId, month])
    await q.query('insert into report_months (district_id, month) values ($1, $2)', [districtId, month])
    const params: unknown[] = [days.counts, days.base]
    const where = scoped({ districtId, ...range }, params)
    params.push(districtId, month)
    await q.query(
      `insert into report_rollup (district_id, month, dim, key, received, responded, dispatched, accepted, followed, resolved, rated, satisfied, overdue, days)
       select $${params.length - 1}, $${params.length}, dim, key, received, responded, dispatched, accepted, followed, resolved, rated, satisfied, overdue, days
         from (${tallies(REPORT_DIMENSIONS, where)}) t`,
      params,
    )
  })
}

/** Months whose rollup is wanted: those changed since counted, and those of a district's cases never counted, oldest first. */
export const monthsToCount = (q: Queryable, thisMonth: string, limit: number): Promise<{ districtId: string; month: string }[]> =>
  q.query(
    `select district_id as "districtId", month from (
       select distinct district_id, month from report_changes
       union
       select d.id, to_char(m, 'YYYY-MM')
         from districts d
              cross join lateral (select min(created_at) as first from cases where district_id = d.id) f
              cross join lateral generate_series(date_trunc('month', f.first at time zone 'Asia/Shanghai'), ($1 || '-01')::timestamp, interval '1 month') m
        where not exists (select 1 from report_months r where r.district_id = d.id and r.month = to_char(m, 'YYYY-MM'))) w
      order by month, district_id limit $2`,
    [thisMonth, limit],
  )

/** The names of the stations, deputies or departments a report's rows key. */
export async function labelsOf(q: Queryable, by: ReportBy, keys: readonly string[]): Promise<Map<string, string>> {
  const table = { station: 'stations', deputy: 'deputies', department: 'departments' }[by as 'station']
  if (!table || keys.length === 0) return new Map()
  const rows = await q.query<{ key: string; name: string }>(`select id::text as key, name from ${table} where id = any($1::uuid[])`, [keys])
  return new Map(rows.map((r) => [r.key, r.name]))
}
