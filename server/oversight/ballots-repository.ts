import type { BallotItem, Rating, Tally } from '../../src/core/oversight/types'
import { isoText, type Queryable } from '../db/queryable'

export interface BallotRow {
  id: string
  districtId: string
  code: string
  title: string
  officialIds: string[]
  memberIds: string[]
  closesAt: string
  closed: boolean
  withheld: string | null
}

/** A ballot (by id or code) as `now` stands: closed when closed early or past its time. */
export async function ballotRow(q: Queryable, f: { id?: string; code?: string }, now: Date, lock = false): Promise<BallotRow | null> {
  const [row] = await q.query<BallotRow>(
    `select b.id, b.district_id as "districtId", b.code, b.title, b.official_ids as "officialIds", b.member_ids as "memberIds",
            ${isoText('b.closes_at')} as "closesAt", (b.closed_at is not null or b.closes_at <= $3) as closed, b.withheld
       from ballots b where ($1::uuid is null or b.id = $1) and ($2::text is null or b.code = $2) ${lock ? 'for update of b' : ''}`,
    [f.id ?? null, f.code ?? null, now],
  )
  return row ?? null
}

/** A new ballot with a zero count for each official, so no vote ever adds a row. Null when the code is taken. */
export async function insertBallot(q: Queryable, b: { districtId: string; code: string; title: string; officialIds: readonly string[]; memberIds: readonly string[]; closesAt: string; by: string }): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into ballots (district_id, code, title, official_ids, member_ids, closes_at, created_by) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (code) do nothing returning id`,
    [b.districtId, b.code, b.title, b.officialIds, b.memberIds, b.closesAt, b.by],
  )
  if (!row) return null
  await q.query('insert into ballot_tallies (ballot_id, official_id) select $1, unnest($2::uuid[])', [row.id, b.officialIds])
  return row.id
}

/** The district's members among these accounts. */
export async function membersAmong(q: Queryable, districtId: string, ids: readonly string[]): Promise<number> {
  const [row] = await q.query<{ n: number }>('select count(*)::int as n from users where member_of = $1 and id = any($2::uuid[]) and deleted_at is null', [districtId, ids])
  return row.n
}

export async function membersOf(q: Queryable, districtId: string): Promise<{ id: string; name: string }[]> {
  return q.query(`select id, coalesce(member_name, '') as name from users where member_of = $1 and deleted_at is null order by member_name, id`, [districtId])
}

/** Marks the member as having voted; false when they had. The row says who, never how or when. */
export async function markVoted(q: Queryable, ballotId: string, userId: string): Promise<boolean> {
  return (await q.query('insert into ballot_voters (ballot_id, user_id) values ($1, $2) on conflict do nothing returning 1', [ballotId, userId])).length > 0
}

export async function hasVoted(q: Queryable, ballotId: string, userId: string): Promise<boolean> {
  return (await q.query('select 1 from ballot_voters where ballot_id = $1 and user_id = $2', [ballotId, userId])).length > 0
}

const COLUMN: Record<Rating, string> = { 满意: 'satisfied', 基本满意: 'basic', 不满意: 'unsatisfied' }

/** Adds one to each official's count of the rating given: counts only, no row of the vote itself. */
export async function addToTallies(q: Queryable, ballotId: string, votes: readonly { officialId: string; rating: Rating }[]): Promise<void> {
  for (const v of votes) await q.query(`update ballot_tallies set ${COLUMN[v.rating]} = ${COLUMN[v.rating]} + 1 where ballot_id = $1 and official_id = $2`, [ballotId, v.officialId])
}

export async function insertPaper(q: Queryable, p: { ballotId: string; officialId: string; tally: Tally; by: string }): Promise<void> {
  await q.query('insert into ballot_paper (ballot_id, official_id, satisfied, basic, unsatisfied, entered_by) values ($1, $2, $3, $4, $5, $6)', [
    p.ballotId, p.officialId, p.tally.满意, p.tally.基本满意, p.tally.不满意, p.by,
  ])
}

export async function closeBallotRow(q: Queryable, id: string, withheld: string | null): Promise<void> {
  await q.query('update ballots set closed_at = coalesce(closed_at, now()), withheld = $2 where id = $1', [id, withheld])
}

/** Each official's online counts and their latest paper entry; and how many members voted online. */
export async function tallies(q: Queryable, ballotId: string): Promise<{ rows: { officialId: string; online: Tally; paper: Tally }[]; voted: number }> {
  const rows = await q.query<{ officialId: string; online: Tally; paper: Tally }>(
    `select t.official_id as "officialId",
            jsonb_build_object('满意', t.satisfied, '基本满意', t.basic, '不满意', t.unsatisfied) as online,
            coalesce((select jsonb_build_object('满意', p.satisfied, '基本满意', p.basic, '不满意', p.unsatisfied) from ballot_paper p
                       where p.ballot_id = t.ballot_id and p.official_id = t.official_id order by p.entered_at desc, p.id desc limit 1),
                     jsonb_build_object('满意', 0, '基本满意', 0, '不满意', 0)) as paper
       from ballot_tallies t where t.ballot_id = $1`,
    [ballotId],
  )
  const [{ voted }] = await q.query<{ voted: number }>('select count(*)::int as voted from ballot_voters where ballot_id = $1', [ballotId])
  return { rows, voted }
}

/** A district's ballots, newest first. */
export async function ballotsOf(q: Queryable, districtId: string, now: Date): Promise<BallotItem[]> {
  return q.query(
    `select id, code, title, ${isoText('closes_at')} as "closesAt", (closed_at is not null or closes_at <= $2) as closed,
            cardinality(official_ids) as officials, cardinality(member_ids) as entitled
       from ballots where district_id = $1 order by created_at desc limit 50`,
    [districtId, now],
  )
}
