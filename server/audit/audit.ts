import { readsAudit } from '../../src/core/audit/access'
import type { AuditEvent } from '../../src/core/audit/schemas'
import { AUDIT_RETENTION_DAYS, type AuditEntry } from '../../src/core/audit/types'
import { errors } from '../../src/core/errors'
import { shanghaiDayEnd, shanghaiDayStart } from '../../src/core/time'
import { afterCursor, pageOf } from '../db/cursor'
import { districtOfViewer } from '../districts/districts'
import type { Services } from '../runtime/services'
import type { FnContext } from '../runtime/context'
import { dropAuditBefore, insertAudit, insertChanges, searchAudit } from './audit-repository'

const PAGE = 50

/** Writes down a read of personal data (who, when, what). */
export const audit = insertAudit

/** Writes down changes to a district's data: who, when, and each record before and after. */
export const auditChanges = insertChanges

/** `audit search`: the admin's view of their district's trail — who read residents' phones, opened cases, changed data, gave roles, signed in and failed — newest first. */
export async function auditSearch(ctx: FnContext, e: AuditEvent): Promise<{ items: AuditEntry[]; cursor?: string }> {
  const user = await ctx.requireUser()
  if (!readsAudit(user)) throw errors.forbidden.auditAdminOnly()
  // Whole days in Shanghai time, both ends included.
  const filters = {
    districtId: districtOfViewer(user),
    from: e.from ? shanghaiDayStart(e.from) : null,
    to: e.to ? shanghaiDayEnd(e.to) : null,
    actorId: e.actorId ?? null,
    subjectId: e.subjectId ?? null,
    kind: e.kind ?? null,
  }
  return pageOf(await searchAudit(ctx.services.db, filters, afterCursor(e.cursor), PAGE + 1), PAGE)
}

/** Removes audit entries past their retention (the timer's chore). */
export async function dropOldAudit(services: Services): Promise<number> {
  return dropAuditBefore(services.db, new Date(services.now().getTime() - AUDIT_RETENTION_DAYS * 86_400_000))
}
