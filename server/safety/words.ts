import { Mint } from 'mint-filter'
import { editsWords } from '../../src/core/safety/access'
import type { SafetyEvent } from '../../src/core/safety/schemas'
import type { SafetyWord } from '../../src/core/safety/types'
import { errors } from '../../src/core/errors'
import type { Database } from '../db/queryable'
import { audit } from '../audit/audit'
import { districtOfViewer } from '../districts/districts'
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

/** How long a process trusts a district's list it loaded; a change made here applies at once. */
const RELOAD_MS = 60_000
const loaded = new WeakMap<Database, Map<string, Promise<Matchers>>>()
const listsOf = (db: Database) => loaded.get(db) ?? loaded.set(db, new Map()).get(db)!

function matchersOf(db: Database, districtId: string, now: number): Promise<Matchers> {
  const cached = listsOf(db).get(districtId)
  if (cached) return cached.then((m) => (now - m.loadedAt < RELOAD_MS ? m : reload(db, districtId, now)))
  return reload(db, districtId, now)
}

function reload(db: Database, districtId: string, now: number): Promise<Matchers> {
  const p = listWords(db, districtId).then((rows) => ({ loadedAt: now, ...wordMatcher(rows) }))
  listsOf(db).set(districtId, p)
  p.catch(() => listsOf(db).delete(districtId))
  return p
}

/** The verdict of a district's word list (the system's words and its own) on a text, as this process loaded it. */
export async function wordVerdict(db: Database, districtId: string, text: string): Promise<TextVerdict> {
  return judge(await matchersOf(db, districtId, Date.now()), text)
}

/**
 * `safety words`: a district's admin reads its list (the system's words, which stay, and its
 * own), adds words (refused, or held for a person) and removes its own. Each change is audited.
 */
export async function manageWords(ctx: FnContext, e: Extract<SafetyEvent, { action: 'words' }>): Promise<{ items: SafetyWord[] }> {
  const user = await ctx.requireUser()
  if (!editsWords(user)) throw errors.forbidden.wordsAdminOnly()
  const { db } = ctx.services
  const districtId = districtOfViewer(user)
  if (e.add?.length || e.remove?.length) {
    await db.tx(async (q) => {
      const removed = e.remove?.length ? await removeWords(q, districtId, e.remove) : []
      if (e.add?.length) await addWords(q, districtId, e.add, e.outcome ?? 'refuse', user.id)
      const detail = [e.add?.length ? `添加${e.outcome === 'hold' ? '待审' : '拒绝'}词：${e.add.join('、')}` : '', removed.length ? `删除：${removed.join('、')}` : ''].filter(Boolean).join('；')
      if (detail) await audit(q, { actorId: user.id, actorRole: user.role, districtId, kind: 'words.change', subjectId: districtId, detail, before: { 删除: removed }, after: { 添加: e.add ?? [] } })
    })
    listsOf(db).delete(districtId)
  }
  return { items: await listWords(db, districtId) }
}
