import type { SafetyWord, WordOutcome } from '../../src/core/safety/types'
import type { Queryable } from '../db/queryable'

/** The words that apply in a district: the system's own (`system`) and the district's. */
export async function listWords(q: Queryable, districtId: string): Promise<SafetyWord[]> {
  return q.query<SafetyWord>(
    'select word, outcome, district_id is null as system from safety_words where district_id is null or district_id = $1 order by outcome, word',
    [districtId],
  )
}

/** Adds words to a district's list (or changes their outcome there). */
export async function addWords(q: Queryable, districtId: string, words: readonly string[], outcome: WordOutcome, by: string): Promise<void> {
  await q.query(
    `insert into safety_words (district_id, word, outcome, added_by) select $4, w, $2, $3 from unnest($1::text[]) w
     on conflict ((coalesce(district_id, '00000000-0000-0000-0000-000000000000'::uuid)), word)
       do update set outcome = excluded.outcome, added_by = excluded.added_by, added_at = now()`,
    [words, outcome, by, districtId],
  )
}

/** Takes words off a district's list (the system's own stay); answers those it took. */
export async function removeWords(q: Queryable, districtId: string, words: readonly string[]): Promise<string[]> {
  return (await q.query<{ word: string }>('delete from safety_words where district_id = $2 and word = any($1::text[]) returning word', [words, districtId])).map((r) => r.word)
}
