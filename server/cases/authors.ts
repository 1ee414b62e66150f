import { redactPersonal } from '../../src/core/privacy/redact'
import type { Queryable } from '../db/queryable'
import { rewriteCaseText, unphoneCasesOf } from './authors-repository'
import { dropFollowsOf } from './followers-repository'

/**
 * A resident's account ended: they follow nothing more, and the cases they filed stay for the
 * record without their phone, and with names, numbers and doors taken out of their words.
 */
export async function anonymizeCasesOf(q: Queryable, residentId: string): Promise<void> {
  await dropFollowsOf(q, residentId)
  for (const c of await unphoneCasesOf(q, residentId)) {
    const kept = redactPersonal(c.text)
    if (kept !== c.text) await rewriteCaseText(q, c.id, kept)
  }
}
