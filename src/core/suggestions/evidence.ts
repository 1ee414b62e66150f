import { publicExcerpt } from '../cases/redaction'
import type { CaseLocation } from '../fields'
import { coarseLocation } from '../privacy/places'

/** A linked case as the evidence block reads it. */
export interface EvidenceCase {
  text: string
  /** Its author let other residents read it (and review did not hold it). */
  shown: boolean
  location: CaseLocation | null
  createdAt: string
  category: string
}

/**
 * The evidence block of a suggestion, built from its cases as anyone reading the suggestion may
 * see them: since when and until when, which categories, the words of the cases whose authors
 * allowed it (redacted), how many others, and the places to about 100 m. Never a name or a phone.
 */
export interface Evidence {
  from: string | null
  to: string | null
  categories: string[]
  excerpts: string[]
  /** Cases whose words stay with their authors. */
  unshown: number
  points: { latitude: number; longitude: number }[]
}

const EXCERPT = 60

export function evidenceOf(cases: readonly EvidenceCase[]): Evidence {
  const days = cases.map((c) => c.createdAt).sort()
  const excerpts = cases.map((c) => publicExcerpt(c.text, c.shown, EXCERPT)).filter(Boolean)
  return {
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
    categories: [...new Set(cases.map((c) => c.category))],
    excerpts,
    unshown: cases.length - excerpts.length,
    points: cases.flatMap((c) => (c.location ? [(({ latitude, longitude }) => ({ latitude, longitude }))(coarseLocation(c.location))] : [])),
  }
}
