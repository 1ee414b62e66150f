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

/**
 * The five-order funnel as the seeds report it: received, dispatched (ever), accepted by a
 * department (ever), rated (the latest result rating), satisfied (满意 or 基本满意).
 */
export async function funnel(q: Queryable, s: FunnelScope): Promise<Funnel> {
  const params: unknown[] = []
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
  const scoped = `cases c${where.length ? ` where ${where.join(' and ')}` : ''}`
  const ever = (type: string) => `exists (select 1 from case_events e where e.case_id = c.id and e.type = '${type}')`
  const [totals] = await q.query<Omit<Funnel, 'satisfactionRate' | 'byStatus' | 'byCategory'>>(
    `select count(*)::int as received,
            (count(*) filter (where ${ever('dispatch')}))::int as dispatched,
            (count(*) filter (where ${ever('acceptOrder')}))::int as accepted,
            (count(*) filter (where c.result_rating is not null))::int as rated,
            (count(*) filter (where c.result_rating in ('满意', '基本满意')))::int as satisfied,
            (count(*) filter (where c.overdue_at is not null))::int as overdue
       from ${scoped}`,
    params,
  )
  const grouped = async (column: string) =>
    Object.fromEntries(
      (await q.query<{ k: string; n: number }>(`select c.${column} as k, count(*)::int as n from ${scoped} group by 1`, params)).map(
        (r) => [r.k, r.n],
      ),
    )
  return {
    ...totals,
    satisfactionRate: totals.rated > 0 ? totals.satisfied / totals.rated : null,
    byStatus: await grouped('status'),
    byCategory: await grouped('category'),
  }
}
