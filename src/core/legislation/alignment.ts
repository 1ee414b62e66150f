/**
 * A draft's articles matched to the law as passed: by what they say, not by their numbers, since
 * articles are inserted, dropped and renumbered between the two. The matches keep the order of
 * both texts and together share the most words.
 */

export interface AlignedPair {
  /** The draft article's index; null when the final text inserted it. */
  draft: number | null
  /** The final article's index; null when the final text dropped it. */
  final: number | null
  /** Matched, and its words changed. */
  changed: boolean
}

/** Below this share of character pairs in common, two articles are not the same article. */
export const SAME_ARTICLE = 0.35

/** A text's pairs of neighbouring characters, punctuation and spaces left out. */
export function pairsOf(text: string): Set<string> {
  const chars = [...text.replace(/[\s\u3000，。；：、“”（）《》,.;:()]/g, '')]
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  if (chars.length === 1) out.add(chars[0])
  return out
}

/** The share of character pairs two texts have in common (Dice's coefficient), from 0 to 1. */
export function likeness(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0
  let both = 0
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  for (const p of small) if (large.has(p)) both++
  return (2 * both) / (a.size + b.size)
}

/**
 * Aligns two lists of article texts in order (dynamic programming over both, as a diff does, but
 * scoring each match by likeness): every draft article is matched, dropped or left alone, every
 * final one matched or inserted.
 */
export function alignArticles(draft: readonly string[], final: readonly string[]): AlignedPair[] {
  const a = draft.map(pairsOf)
  const b = final.map(pairsOf)
  const n = a.length
  const m = b.length
  // score[i][j]: the best total likeness aligning draft[i..] with final[j..].
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1))
  const sim = (i: number, j: number) => (draft[i] === final[j] ? 1 : likeness(a[i], b[j]))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(i, j)
      score[i][j] = Math.max(score[i + 1][j], score[i][j + 1], s >= SAME_ARTICLE ? s + score[i + 1][j + 1] : 0)
    }
  const pairs: AlignedPair[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const s = sim(i, j)
    if (s >= SAME_ARTICLE && score[i][j] === s + score[i + 1][j + 1]) {
      pairs.push({ draft: i, final: j, changed: draft[i] !== final[j] })
      i++
      j++
    } else if (score[i][j] === score[i + 1][j]) pairs.push({ draft: i++, final: null, changed: true })
    else pairs.push({ draft: null, final: j++, changed: true })
  }
  while (i < n) pairs.push({ draft: i++, final: null, changed: true })
  while (j < m) pairs.push({ draft: null, final: j++, changed: true })
  return pairs
}
