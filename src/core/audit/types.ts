import type { Actor } from '../identity/roles'

/**
 * Reads of personal data kept for accountability (等保: at least six months): a handler
 * seeing a resident's whole phone number, a staff member opening a case.
 */
export type AuditKind = 'phone.read' | 'case.open'

/** How long entries are kept: more than the six months 等保 asks, then removed. */
export const AUDIT_RETENTION_DAYS = 400

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  actorRole: Actor
  kind: AuditKind
  subjectId: string
  /** What was read, in words (a case number). */
  detail: string
}
