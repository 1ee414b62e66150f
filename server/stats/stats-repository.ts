import type { Funnel } from '../../src/core/stats/types'
import { deputyCaseIds } from '../cases/deputy-cases'
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
export function scoped(s: FunnelScope, params: unknown[]): string {
  const where: string[] = []
  const add = (column: string, op: string, value: unknown) => {
    if (value === undefined) return
    params.push(value)
    where.push(`c.${column} ${op} $${params.length}`)
  }
  add('district_id', '=', s.districtId)
  add('station_id', '=', s.stationId)
  if (s.deputyId !== undefined) {
    params.push(s.deputyId)
    where.push(`c.id in ${deputyCaseIds(`$${params.length}`)}`)
  }
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

/** The district a station belongs to (null: no such station); curried for the scope checks. */
export const stationDistrictOf = (q: Queryable) => async (id: string): Promise<string | null> =>
  (await q.query<{ d: string }>('select district_id as d from stations where id = $1', [id]))[0]?.d ?? null

/** The district a deputy's station belongs to (null: no such deputy). */
export const deputyDistrictOf = (q: Queryable) => async (id: string): Promise<string | null> =>
  (await q.query<{ d: string }>('select s.district_id as d from deputies d join stations s on s.id = d.station_id where d.id = $1', [id]))[0]?.d ?? null
