import type { OpinionOutcome } from './types'

/** One of a commenter's comments as the feedback reads it: its article then and now, and what became of the opinion it fed. */
export interface FeedbackLine {
  /** The draft's article (null: the whole draft). */
  label: string | null
  /** The article it became in the law as passed; null when dropped. */
  finalLabel: string | null
  /** Whether its words changed; null for the whole draft. */
  changed: boolean | null
  outcome: OpinionOutcome | null
  note: string | null
  /** Why the comment was not taken up, when it was set aside. */
  skipped: string | null
  /** The draft article's number, to list them in order. */
  no: number | null
}

/** What one article's line says: whether it changed, and what became of the opinion. */
function lineOf(l: FeedbackLine): string {
  const where = l.label === null ? '对整部草案的意见' : l.finalLabel === null ? `${l.label}已删去` : `${l.label}${l.finalLabel !== l.label ? `（现为${l.finalLabel}）` : ''}${l.changed ? '已修改' : '未修改'}`
  if (l.outcome) return `${where}，据您的意见提出的修改建议${l.outcome}${l.note ? `：${l.note}` : ''}`
  if (l.skipped) return `${where}，您的意见未采纳：${l.skipped}`
  return where
}

/**
 * The one message a commenter gets when the law has passed: for each article they commented on (in
 * the draft's order, once each), whether it changed and what became of their opinion.
 */
export function feedbackText(title: string, lines: readonly FeedbackLine[]): string {
  const seen = new Set<string>()
  const sorted = [...lines].sort((a, b) => (a.no ?? Infinity) - (b.no ?? Infinity))
  const said = sorted.map(lineOf).filter((t) => !seen.has(t) && seen.add(t))
  return `《${title}》已经通过。您提过意见的条文：${said.join('；')}。点此查看草案与正式文本的对照。`
}
