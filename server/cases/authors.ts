import { coarseLocation } from '../../src/core/privacy/places'
import { redactPersonal } from '../../src/core/privacy/redact'
import type { Queryable } from '../db/queryable'
import { casesLeftBy, rewriteCase, rewriteStep, stepWordsOf } from './authors-repository'
import { dropFollowsOf } from './followers-repository'

/**
 * A resident's account ended: they follow nothing more, and the cases they filed stay for the
 * record without what identifies them — no phone, no name given for someone else, the place
 * coarsened to about 100 m, and names, numbers and doors taken out of their words, those of the
 * filing and of every later step of theirs (a rating's comment, a reopening's reason).
 */
export async function anonymizeCasesOf(q: Queryable, residentId: string): Promise<void> {
  await dropFollowsOf(q, residentId)
  for (const c of await casesLeftBy(q, residentId)) await rewriteCase(q, c.id, redactPersonal(c.text), c.location && coarseLocation(c.location))
  for (const s of await stepWordsOf(q, residentId)) {
    const redacted = Object.fromEntries(Object.entries(s.words).map(([k, v]) => [k, redactPersonal(v)]))
    await rewriteStep(q, s.id, s.note === null ? null : redactPersonal(s.note), redacted)
  }
}
