import type { SafetyWord, WordOutcome } from '../../src/core/safety/types'
import type { Queryable } from '../db/queryable'

export async function listWords(q: Queryable): Promise<SafetyWord[]> {
  return q.query<SafetyWord>('select word, outcome from safety_words order by outcome, word')
}

/** Adds words (or changes their outcome). */
export async function addWords(q: Queryable, words: readonly string[], outcome: WordOutcome, by: string): Promise<void> {
  await q.query(
    `insert into safety_words (word, outcome, added_by) select w, $2, $3 from unnest($1::text[]) w
     on conflict (word) do update set outcome = excluded.outcome, added_by = excluded.added_by, added_at = now()`,
    [words, outcome, by],
  )
}

export async function removeWords(q: Queryable, words: readonly string[]): Promise<void> {
  await q.query('delete from safety_words where word = any($1::text[])', [words])
}
