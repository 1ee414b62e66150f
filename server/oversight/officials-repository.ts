import type { CommitmentItem, Commitments, OfficialItem } from '../../src/core/oversight/types'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'

const OFFICIAL = `o.id, o.name, o.post, jsonb_build_object('code', d.code, 'name', d.name) as department,
  to_char(o.appointed_on, 'YYYY-MM-DD') as "appointedOn", to_char(o.term_ends, 'YYYY-MM-DD') as "termEnds", o.version`

/** A district's unit by its code. */
export async function unitByCode(q: Queryable, districtId: string, code: string): Promise<string | null> {
  const [row] = await q.query<{ id: string }>('select id from departments where district_id = $1 and code = $2', [districtId, code])
  return row?.id ?? null
}

export async function officialsPage(q: Queryable, districtId: string, after: After | null, limit: number): Promise<(OfficialItem & { pageKey: string })[]> {
  return q.query(
    `select ${OFFICIAL}, ${pageKey('o.created_at')} from officials o join departments d on d.id = o.department_id
      where o.district_id = $1 and ($2::timestamptz is null or (o.created_at, o.id) < ($2, $3::uuid))
      order by o.created_at desc, o.id desc limit $4`,
    [districtId, after?.at ?? null, after?.id ?? null, limit],
  )
}

export async function officialById(q: Queryable, id: string): Promise<(OfficialItem & { districtId: string }) | null> {
  const [row] = await q.query<OfficialItem & { districtId: string }>(
    `select ${OFFICIAL}, o.district_id as "districtId" from officials o join departments d on d.id = o.department_id where o.id = $1`,
    [id],
  )
  return row ?? null
}

/** The officials of a district among these ids. */
export async function officialsAmong(q: Queryable, districtId: string, ids: readonly string[]): Promise<OfficialItem[]> {
  return q.query(`select ${OFFICIAL} from officials o join departments d on d.id = o.department_id where o.district_id = $1 and o.id = any($2::uuid[]) order by o.name`, [districtId, ids])
}

type Fields = { name: string; post: string; departmentId: string; appointedOn: string; termEnds: string | null }

export async function insertOfficial(q: Queryable, districtId: string, f: Fields): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    'insert into officials (district_id, name, post, department_id, appointed_on, term_ends) values ($1, $2, $3, $4, $5, $6) returning id',
    [districtId, f.name, f.post, f.departmentId, f.appointedOn, f.termEnds],
  )
  return row.id
}

/** Changed at the version read; false when someone changed it since. */
export async function updateOfficial(q: Queryable, id: string, version: number, f: Fields): Promise<boolean> {
  return (await q.query(
    `update officials set name = $3, post = $4, department_id = $5, appointed_on = $6, term_ends = $7, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning 1`,
    [id, version, f.name, f.post, f.departmentId, f.appointedOn, f.termEnds],
  )).length > 0
}

export async function commitmentsOf(q: Queryable, officialId: string, year: number): Promise<Pick<Commitments, 'items' | 'version' | 'updatedAt'> | null> {
  const [row] = await q.query<Pick<Commitments, 'items' | 'version' | 'updatedAt'>>(
    `select items, version, ${isoText('updated_at')} as "updatedAt" from official_commitments where official_id = $1 and year = $2`,
    [officialId, year],
  )
  return row ?? null
}

/** A year's commitments saved whole: the first time (no version), or at the version read; false when that is stale. */
export async function saveCommitmentRows(q: Queryable, officialId: string, year: number, items: readonly CommitmentItem[], version: number | undefined, by: string): Promise<boolean> {
  const json = JSON.stringify(items)
  if (version === undefined)
    return (await q.query('insert into official_commitments (official_id, year, items, updated_by) values ($1, $2, $3, $4) on conflict do nothing returning 1', [officialId, year, json, by])).length > 0
  return (await q.query(
    'update official_commitments set items = $3, version = version + 1, updated_by = $5, updated_at = now() where official_id = $1 and year = $2 and version = $4 returning 1',
    [officialId, year, json, version, by],
  )).length > 0
}
