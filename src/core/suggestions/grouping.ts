import { distance } from 'geokdbush'
import { excerptOf, redactPersonal } from '../privacy/redact'

/** Two cases of a category this near (both with a place) tell of the same problem. */
export const GROUP_RADIUS_M = 300
/** …or in the same words: at least this many character pairs in common, and half of the shorter text's. */
export const GROUP_SHARED_PAIRS = 3
export const GROUP_SHARED_SHARE = 0.5
/** The groups offered: the largest first, enough to choose from. */
export const GROUPS_SHOWN = 20
const EXCERPT = 40
const WORDS_SHOWN = 6

/** Words every complaint has, which say nothing of what it is about, and the particles between words: both break the text into runs. */
const FILLER = /已经|反映|多次|希望|尽快|解决|问题|我们|没有|一个|现在|可以|这个|非常|要求|情况|有关|部门|附近|居民|[的了过很在是和也都就又还被把吗呢啊吧]/g

/** A case the helper may put in a group: the deputy's own or their station's. */
export interface GroupCandidate {
  id: string
  number: string
  residentId: string
  category: string
  text: string
  latitude: number | null
  longitude: number | null
  createdAt: string
}

/** A proposed group: cases of one category, near each other or in the same words, with who and where and since when. */
export interface CaseGroup {
  caseIds: string[]
  cases: { id: string; number: string; excerpt: string; createdAt: string }[]
  /** How many residents stand behind it (a resident who wrote twice counts once). */
  residents: number
  category: string
  /** The two-character words most of its cases share. */
  words: string[]
  span: { from: string; to: string }
  points: { latitude: number; longitude: number }[]
}

/** The text's pairs of Chinese characters (and of letters or digits), filler left out. */
export function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>()
  for (const run of text.toLowerCase().replace(FILLER, ' ').match(/[\p{Script=Han}a-z0-9]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) pairs.add(run.slice(i, i + 2))
  }
  return pairs
}

function sameWords(a: Set<string>, b: Set<string>): boolean {
  let both = 0
  for (const p of a) if (b.has(p)) both++
  return both >= GROUP_SHARED_PAIRS && both >= GROUP_SHARED_SHARE * Math.min(a.size, b.size)
}

const near = (a: GroupCandidate, b: GroupCandidate) =>
  a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null &&
  distance(a.longitude, a.latitude, b.longitude, b.latitude) * 1000 <= GROUP_RADIUS_M

/**
 * Groups of two cases or more: cases of a category are joined when near each other or written in
 * much the same words, and a case joined to two joins them all. The groups with the most residents
 * behind them come first. Excerpts are redacted; places are given to about 10 m.
 */
export function groupCases(candidates: readonly GroupCandidate[]): CaseGroup[] {
  const pairs = candidates.map((c) => pairsOf(c.text))
  const root = candidates.map((_, i) => i)
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])))
  for (let i = 0; i < candidates.length; i++)
    for (let j = i + 1; j < candidates.length; j++)
      if (candidates[i].category === candidates[j].category && find(i) !== find(j) && (near(candidates[i], candidates[j]) || sameWords(pairs[i], pairs[j]))) root[find(j)] = find(i)
  const members = new Map<number, number[]>()
  for (let i = 0; i < candidates.length; i++) {
    const m = members.get(find(i))
    if (m) m.push(i)
    else members.set(find(i), [i])
  }
  const groups = [...members.values()].filter((m) => m.length > 1).map((m) => groupOf(m.map((i) => candidates[i]), m.map((i) => pairs[i])))
  groups.sort((a, b) => b.residents - a.residents || b.caseIds.length - a.caseIds.length || b.span.to.localeCompare(a.span.to))
  return groups.slice(0, GROUPS_SHOWN)
}

function groupOf(cases: GroupCandidate[], pairs: Set<string>[]): CaseGroup {
  const counts = new Map<string, number>()
  for (const set of pairs) for (const p of set) counts.set(p, (counts.get(p) ?? 0) + 1)
  const words = [...counts].filter(([, n]) => n * 2 >= cases.length && n > 1).sort((a, b) => b[1] - a[1]).slice(0, WORDS_SHOWN).map(([p]) => p)
  const days = cases.map((c) => c.createdAt).sort()
  const round = (x: number) => Math.round(x * 10_000) / 10_000
  return {
    caseIds: cases.map((c) => c.id),
    cases: cases.map((c) => ({ id: c.id, number: c.number, excerpt: excerptOf(redactPersonal(c.text), EXCERPT), createdAt: c.createdAt })),
    residents: new Set(cases.map((c) => c.residentId)).size,
    category: cases[0].category,
    words,
    span: { from: days[0], to: days.at(-1)! },
    points: cases.flatMap((c) => (c.latitude !== null && c.longitude !== null ? [{ latitude: round(c.latitude), longitude: round(c.longitude) }] : [])),
  }
}
