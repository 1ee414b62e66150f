import type { Queryable } from '../db/queryable'

/** How many cases staff recorded under a number still wait to be claimed. */
export async function claimableBy(q: Queryable, phoneHash: string): Promise<number> {
  const [row] = await q.query<{ n: number }>('select count(*)::int as n from cases where phone_hash = $1 and claimable', [phoneHash])
  return row.n
}

/** Makes every case recorded under the number the person's own; answers which. */
export async function claimCasesOf(q: Queryable, phoneHash: string, userId: string, now: Date): Promise<{ id: string; number: string; districtId: string }[]> {
  return q.query(
    `update cases set resident_id = $2, claimable = false, claimed_at = $3, version = version + 1
      where phone_hash = $1 and claimable returning id, number, district_id as "districtId"`,
    [phoneHash, userId, now],
  )
}
