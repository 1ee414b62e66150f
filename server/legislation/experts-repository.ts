import type { ExpertItem } from '../../src/core/legislation/types'
import type { Queryable } from '../db/queryable'

/** The district's 专家库, by code, with how many accounts each entry binds. */
export async function expertsOf(q: Queryable, districtId: string): Promise<ExpertItem[]> {
  return q.query(
    `select e.id, e.code, e.name, e.field, e.organisation, e.active, e.version,
            (select count(*)::int from users u where u.consultant_id = e.id and u.role = 'consultant' and u.deleted_at is null) as accounts
       from consultants e where e.district_id = $1 order by e.active desc, e.code`,
    [districtId],
  )
}

type Entry = Pick<ExpertItem, 'code' | 'name' | 'field' | 'organisation' | 'active'>

/** A new entry; null when the district has the code already. */
export async function insertExpert(q: Queryable, districtId: string, e: Entry): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into consultants (district_id, code, name, field, organisation, active) values ($1, $2, $3, $4, $5, $6)
     on conflict (district_id, code) do nothing returning id`,
    [districtId, e.code, e.name, e.field, e.organisation, e.active],
  )
  return row?.id ?? null
}

/** An entry changed at the version read: 'stale' when someone changed it since, 'taken' when the new code is another entry's. */
export async function updateExpert(q: Queryable, districtId: string, id: string, version: number, e: Entry): Promise<'ok' | 'stale' | 'taken' | 'missing'> {
  const [row] = await q.query<{ version: number }>('select version from consultants where id = $1 and district_id = $2 for update', [id, districtId])
  if (!row) return 'missing'
  if (row.version !== version) return 'stale'
  if ((await q.query('select 1 from consultants where district_id = $1 and code = $2 and id <> $3', [districtId, e.code, id])).length) return 'taken'
  await q.query(
    'update consultants set code = $2, name = $3, field = $4, organisation = $5, active = $6, version = version + 1, updated_at = now() where id = $1',
    [id, e.code, e.name, e.field, e.organisation, e.active],
  )
  return 'ok'
}
