import { pairsOf } from './alignment'

/** Two comments say much the same when they share this many character pairs, and this share of the shorter one's. */
export const SAME_COMMENT_PAIRS = 3
export const SAME_COMMENT_SHARE = 0.25
const WORDS_SHOWN = 4

/** Punctuation-free pairs common words make, which say nothing of what a comment is about. */
const FILLER = new Set(['建议', '意见', '应当', '这一', '一条', '条例', '规定', '我们', '希望', '可以', '没有', '不能'])

/** A run of comments in much the same words, with the words most of them share. */
export interface CommentGroup<T> {
  items: T[]
  words: string[]
}

/**
 * Comments (of one article, as the team works) grouped by shared words: two that share enough
 * character pairs join, and a comment joined to two joins them all. Groups of several first, the
 * largest first; the rest each on their own, in the order given.
 */
export function groupComments<T extends { id: string; text: string }>(comments: readonly T[]): CommentGroup<T>[] {
  const pairs = comments.map((c) => new Set([...pairsOf(c.text)].filter((p) => !FILLER.has(p))))
  const root = comments.map((_, i) => i)
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])))
  for (let i = 0; i < comments.length; i++)
    for (let j = i + 1; j < comments.length; j++) {
      if (find(i) === find(j)) continue
      let both = 0
      for (const p of pairs[i]) if (pairs[j].has(p)) both++
      if (both >= SAME_COMMENT_PAIRS && both >= SAME_COMMENT_SHARE * Math.min(pairs[i].size, pairs[j].size)) root[find(j)] = find(i)
    }
  const members = new Map<number, number[]>()
  comments.forEach((_, i) => members.set(find(i), [...(members.get(find(i)) ?? []), i]))
  const groups = [...members.values()].map((m) => ({ items: m.map((i) => comments[i]), words: sharedWords(m.map((i) => pairs[i])) }))
  return groups.sort((a, b) => (b.items.length > 1 ? b.items.length : 0) - (a.items.length > 1 ? a.items.length : 0))
}

/** The pairs at least half of a group's comments have, the commonest first. */
function sharedWords(sets: Set<string>[]): string[] {
  if (sets.length < 2) return []
  const counts = new Map<string, number>()
  for (const set of sets) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1)
  return [...counts].filter(([, n]) => n * 2 >= sets.length && n > 1).sort((a, b) => b[1] - a[1]).slice(0, WORDS_SHOWN).map(([p]) => p)
}
