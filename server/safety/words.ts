import { Mint } from 'mint-filter'
import { editsWords } from '../../src/core/safety/access'
import type { SafetyEvent } from '../../src/core/safety/schemas'
import type { SafetyWord } from '../../src/core/safety/types'
import { errors } from '../../src/core/errors'
import type { Database } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import type { TextVerdict } from './content-check'
import { addWords, listWords, removeWords } from './words-repository'

/**
 * Words are matched on a folded text: full-width and compatibility forms folded (NFKC), lower
 * case, and spaces, punctuation, symbols and invisible characters taken out, so that
 * "代 开·发 票" is still 代开发票.
 */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '')

/** The list as two Aho–Corasick automata: words that refuse a text, words that hold it. */
export interface WordMatcher {
  refuse: Mint
  hold: Mint
}

export function wordMatcher(rows: readonly SafetyWord[]): WordMatcher {
  const of = (outcome: string) => [...new Set(rows.filter((r) => r.outcome === outcome).map((r) => fold(r.word)).filter(Boolean))]
  return { refuse: new Mint(of('refuse')), hold: new Mint(of('hold')) }
}

/** The list's verdict on a text: a refused word makes it risky, a held one doubtful. */
export function judge(m: WordMatcher, text: string): TextVerdict {
  const folded = fold(text)
  const refused = m.refuse.filter(folded).words
  if (refused.length) return { verdict: 'risky', why: refused.map((w) => `敏感词：${w}`) }
  const held = m.hold.filter(folded).words
  return held.length ? { verdict: 'review', why: held.map((w) => `待审词：${w}`) } : { verdict: 'pass', why: [] }
}

interface Matchers extends WordMatcher {
  loadedAt: number
}

/** How long a process trusts the list it loaded; a change made here applies at once. */
const RELOAD_MS = 60_000
const loaded = new WeakMap<Database, Promise<Matchers>>()

function matchersOf(db: Database, now: number): Promise<Matchers> {
  const cached = loaded.get(db)
  if (cached) return cached.then((m) => (now - m.loadedAt < RELOAD_MS ? m : reload(db, now)))
  return reload(db, now)
}

function reload(db: Database, now: number): Promise<Matchers> {
  const p = listWords(db).then((rows) => ({ loadedAt: now, ...wordMatcher(rows) }))
  loaded.set(db, p)
  p.catch(() => loaded.delete(db))
  return p
}

/** The word list's verdict on a text, with the list this process loaded. */
export async function wordVerdict(db: Database, text: string): Promise<TextVerdict> {
  return judge(await matchersOf(db, Date.now()), text)
}

/** `safety words`: the admin reads the list, adds words (refused, or held for a person) and removes them. */
export async function manageWords(ctx: FnContext, e: Extract<SafetyEvent, { action: 'words' }>): Promise<{ items: SafetyWord[] }> {
  const user = await ctx.requireUser()
  if (!editsWords(user)) throw errors.forbidden.wordsAdminOnly()
  const { db } = ctx.services
  if (e.add?.length || e.remove?.length) {
    await db.tx(async (q) => {
      if (e.remove?.length) await removeWords(q, e.remove)
      if (e.add?.length) await addWords(q, e.add, e.outcome ?? 'refuse', user.id)
    })
    loaded.delete(db)
  }
  return { items: await listWords(db) }
}
