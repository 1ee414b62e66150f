import { fold, judge, wordMatcher } from '../server/safety/words'
import { quantile } from './quantile'

/** A repeatable pseudo-random sequence of common CJK characters. */
function characters(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return String.fromCharCode(0x4e00 + (s % 3000))
  }
}

/**
 * The word-list check of one text against a list of `n` words (a district's list grown large):
 * mint-filter's Aho–Corasick automata, against looking for every word in turn; and how often
 * the two disagree (must be never).
 */
export function wordCheck(n: number, texts: number, textChars: number) {
  const next = characters(20261124)
  const words = Array.from({ length: n }, (_, i) => ({ word: Array.from({ length: 2 + (i % 3) }, next).join(''), outcome: i % 10 ? ('refuse' as const) : ('hold' as const), system: true }))
  const built = performance.now()
  const matcher = wordMatcher(words)
  const buildMs = performance.now() - built
  const folded = words.map((w) => ({ ...w, word: fold(w.word) }))
  const naive = (text: string) => {
    const t = fold(text)
    return folded.some((w) => w.outcome === 'refuse' && t.includes(w.word)) ? 'risky' : folded.some((w) => t.includes(w.word)) ? 'review' : 'pass'
  }
  const samples = Array.from({ length: texts }, () => Array.from({ length: textChars }, next).join(''))
  const fast: number[] = []
  const slow: number[] = []
  let disagree = 0
  for (const text of samples) {
    let t = performance.now()
    const a = judge(matcher, text).verdict
    fast.push(performance.now() - t)
    t = performance.now()
    const b = naive(text)
    slow.push(performance.now() - t)
    if (a !== b) disagree++
  }
  return { buildMs, fast: { p50: quantile(fast, 0.5), p99: quantile(fast, 0.99) }, slow: { p50: quantile(slow, 0.5), p99: quantile(slow, 0.99) }, disagree }
}
