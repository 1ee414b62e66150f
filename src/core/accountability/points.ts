import type { RecordItem } from './kinds'
import { daysBetween, periodOf } from './periods'
import { DEFAULT_RULES, type Band, type PointRules, type RuleVersion } from './rules'

/** An item with what it earned; `capped` when the period's cap took some or all of it. */
export interface PointItem extends RecordItem {
  points: number
  capped?: true
}

/**
 * Points as a pure function of the record and the rules in force on each item's day: items in
 * day order, each kind's cap counted per its own period. Callers pass the record from the start of
 * the year of the first day asked for, so a cap counts what came before in its period.
 */
export function scoreRecord(items: readonly RecordItem[], rulesOn: (day: string) => PointRules): PointItem[] {
  const used = new Map<string, number>()
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at) || a.source.localeCompare(b.source) || a.refId.localeCompare(b.refId) || a.kind.localeCompare(b.kind))
  return sorted.map((item) => {
    const rule = rulesOn(item.at).kinds[item.kind] ?? { points: 0 }
    if (!rule.cap || rule.points <= 0) return { ...item, points: rule.points }
    const key = `${item.kind}|${periodOf(item.at, rule.cap.per).key}`
    const before = used.get(key) ?? 0
    const points = Math.max(0, Math.min(rule.points, rule.cap.max - before))
    used.set(key, before + points)
    return points < rule.points ? { ...item, points, capped: true } : { ...item, points }
  })
}

/** The sum of items' points, kept to one decimal so a total never drifts from its items. */
export const totalOf = (items: readonly { points: number }[]): number => Math.round(items.reduce((s, i) => s + i.points * 10, 0)) / 10

/**
 * The band of a total over `from`–`to`: the thresholds are a year's, taken pro rata for a
 * shorter span (a quarter's 优秀 is a quarter of the year's 90).
 */
export function bandOf(total: number, rules: PointRules, from: string, to: string): Band {
  const share = Math.min(1, daysBetween(from, to) / 365)
  const reaches = (t: number) => total >= Math.round(t * share * 10) / 10
  return reaches(rules.bands.优秀) ? '优秀' : reaches(rules.bands.良好) ? '良好' : reaches(rules.bands.合格) ? '合格' : '待改进'
}

/** A rule version in force from a day: the latest whose start is on or before it, else the defaults. */
export function rulesOnDay(versions: readonly RuleVersion[]): (day: string) => PointRules {
  // Of two versions from the same day, the later one stands.
  const sorted = [...versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)
  return (day) => sorted.find((v) => v.effectiveFrom <= day)?.rules ?? DEFAULT_RULES
}

/** A 述职's result: the share of 满意 and 基本满意 among all ratings, and 称职 when it reaches the district's rate. */
export function verdictOf(t: { 满意: number; 基本满意: number; 不满意: number }, passRate: number): { rate: number | null; verdict: '称职' | '不称职' | '待评议' } {
  const all = t.满意 + t.基本满意 + t.不满意
  if (!all) return { rate: null, verdict: '待评议' }
  const rate = (t.满意 + t.基本满意) / all
  return { rate: Math.round(rate * 1000) / 1000, verdict: rate >= passRate ? '称职' : '不称职' }
}
