import type { ReportBy, ReportCounts, StageDays } from '../../src/core/stats/report'
import type { Funnel } from '../../src/core/stats/types'
import type { Queryable } from '../db/queryable'

export interface FunnelScope {
  districtId?: string
  stationId?: string
  deputyId?: string
  /** Created at or after. */
  from?: Date
  /** Created before. */
  to?: Date
}

/** The cases of a scope as a where clause over `c`, its parameters pushed onto `params`. */
function scoped(s: FunnelScope, params: unknown[]): string {
  const where: string[] = []
  const add = (column: string, op: string, value: unknown) => {
    if (value === undefined) return
    params.push(value)
    where.push(`c.${column} ${op} $${params.length}`)
  }
  add('district_id', '=', s.districtId)
  add('station_id', '=', s.stationId)
  add('deputy_id', '=', s.deputyId)
  add('created_at', '>=', s.from)
  add('created_at', '<', s.to)
  return where.length ? `where ${where.join(' and ')}` : ''
}

/** The five orders counted over cases `c`, as the funnel and the report both read them: each moment reached ever, the latest rating. */
const FIVE_ORDERS = `count(*)::int as received, count(c.dispatched_at)::int as dispatched, count(c.taken_at)::int as accepted,
  count(c.followed_at)::int as followed, count(c.result_rating)::int as rated,
  (count(*) filter (where c.result_rating in ('满意', '基本满意')))::int as satisfied`

/**
 * The five-order funnel as the seeds report it: received, dispatched (ever), accepted by a
 * department (ever), followed by the deputy (ever), rated (the latest result rating), satisfied
 * (满意 or 基本满意), and those overdue now.
 */
export async function funnel(q: Queryable, s: FunnelScope): Promise<Funnel> {
  const params: unknown[] = []
  const scope = `cases c ${scoped(s, params)}`
  const [totals] = await q.query<Omit<Funnel, 'satisfactionRate' | 'byStatus' | 'byCategory'>>(
    `select ${FIVE_ORDERS}, (count(*) filter (where c.overdue_at is not null))::int as overdue from ${scope}`,
    params,
  )
  const grouped = async (column: string) =>
    Object.fromEntries(
      (await q.query<{ k: string; n: number }>(`select c.${column} as k, count(*)::int as n from ${scope} group by 1`, params)).map((r) => [r.k, r.n]),
    )
  return {
    ...totals,
    satisfactionRate: totals.rated > 0 ? totals.satisfied / totals.rated : null,
    byStatus: await grouped('status'),
    byCategory: await grouped('category'),
  }
}

const GROUPS: Record<ReportBy, { key: string; label: string; join: string }> = {
  month: { key: `to_char(c.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`, label: `to_char(c.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`, join: '' },
  category: { key: 'c.category', label: 'c.category', join: '' },
  station: { key: 'c.station_id::text', label: 'g.name', join: 'left join stations g on g.id = c.station_id' },
  deputy: { key: 'c.deputy_id::text', label: 'g.name', join: 'left join deputies g on g.id = c.deputy_id' },
  department: { key: 'c.department_id::text', label: 'g.name', join: 'left join departments g on g.id = c.department_id' },
}

/** Working days as the report counts them: for each day from `base`, the working days ended by its end. */
export interface WorkdayIndex {
  base: string
  counts: number[]
}

export interface ReportGroup extends ReportCounts {
  /** The row of the whole, which every group adds up to. */
  whole: boolean
  key: string | null
  label: string | null
  medianDays: StageDays
}

/**
 * The report of a scope's cases grouped one way, with the whole in the same pass: the counts of
 * each moment reached, and each stage's median in working days (the day index's difference
 * between the stage's first and last day, both read in Shanghai).
 */
export async function report(q: Queryable, s: FunnelScope, by: ReportBy, days: WorkdayIndex): Promise<ReportGroup[]> {
  const params: unknown[] = [days.counts, days.base]
  const where = scoped(s, params)
  const g = GROUPS[by]
  const wd = (column: string) => `($1::int[])[((${column} at time zone 'Asia/Shanghai')::date - $2::date) + 1]`
  const median = (end: string, start: string) => `round((percentile_cont(0.5) within group (order by ${wd(end)} - ${wd(start)}))::numeric, 1)::float8`
  return q.query<ReportGroup>(
    `select grouping(${g.key}) = 1 as whole, ${g.key} as key, ${g.label} as label,
            ${FIVE_ORDERS}, count(c.responded_at)::int as responded, count(c.resolved_at)::int as resolved,
            (count(*) filter (where c.overdue_count > 0))::int as overdue,
            json_build_object(
              'respond', ${median('c.responded_at', 'c.created_at')},
              'dispatch', ${median('c.dispatched_at', 'c.responded_at')},
              'take', ${median('c.taken_at', 'c.dispatched_at')},
              'resolve', ${median('c.resolved_at', 'c.taken_at')},
              'total', ${median('c.resolved_at', 'c.created_at')}) as "medianDays"
       from cases c ${g.join} ${where}
      group by grouping sets ((${g.key}, ${g.label}), ())`,
    params,
  )
}
