import type { CaseLocation } from '../fields'
import { coarseLocation } from '../privacy/places'
import { publicExcerpt } from '../privacy/redact'
import type { Evidence } from './types'

/** A linked case as the evidence block reads it. */
export interface EvidenceCase {
  id: string
  text: string
  /** Its author let other residents read it (and review did not hold it). */
  shown: boolean
  location: CaseLocation | null
  createdAt: string
  category: string
}

const EXCERPT = 60

/** The evidence block (see Evidence) from the cases, but their photos: only what other residents may read of them. */
export function evidenceOf(cases: readonly EvidenceCase[]): Omit<Evidence, 'photos'> {
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
