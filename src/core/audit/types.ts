import type { Actor } from '../identity/roles'

/**
 * Kept for accountability (等保: at least six months): reads of personal data — a handler
 * seeing a resident's whole phone number, a staff member opening a case — and every change to
 * a district's own data (settings, stations, deputies, departments, categories, holidays), a
 * person claiming a case staff recorded for them, every Excel export; who gave whom which role
 * and who took it back, every change of a password or second factor, every failed sign-in and
 * lockout, every verdict on an activity, every paper vote entered, that a member voted in a ballot (never how), every 述职 published and
 * every change to the word list. Each entry names its district; each district's admin reads its own.
 */
export const AUDIT_KINDS = [
  'phone.read', 'case.open', 'data.change', 'case.claim', 'report.export', 'role.grant', 'role.revoke', 'credential.change',
  'signin.fail', 'activity.decide', 'vote.paper', 'report.publish', 'words.change', 'vote.cast',
] as const
export type AuditKind = (typeof AUDIT_KINDS)[number]

/** How long entries are kept: more than the six months 等保 asks, then removed. */
export const AUDIT_RETENTION_DAYS = 400

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  actorRole: Actor
  kind: AuditKind
  subjectId: string
  /** What was read or changed, in words (a case number; 站点 ZS001). */
  detail: string
  /** A change: the record before (null when it was made) and after (null when it was removed). */
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}
