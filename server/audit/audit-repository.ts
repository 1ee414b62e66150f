import type { AuditEntry, AuditKind } from '../../src/core/audit/types'
import type { Actor } from '../../src/core/identity/roles'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'

/** One entry; `districtId` is whose admin reads it (null: no district's — a sign-in to an account that names none). */
export interface AuditNote {
  actorId: string | null
  actorRole: Actor
  districtId: string | null
  kind: AuditKind
  subjectId: string
  detail: string
  before?: object | null
  after?: object | null
}

export async function insertAudit(q: Queryable, e: AuditNote): Promise<void> {
  await q.query('insert into audit_log (actor_id, actor_role, district_id, kind, subject_id, detail, before, after) values ($1, $2, $3, $4, $5, $6, $7, $8)', [
    e.actorId, e.actorRole, e.districtId, e.kind, e.subjectId, e.detail, e.before ? JSON.stringify(e.before) : null, e.after ? JSON.stringify(e.after) : null,
  ])
}

/** Changes to a district's data, one entry each, with the record before and after. */
export async function insertChanges(
  q: Queryable,
  actor: { actorId: string; actorRole: Actor },
  subjectId: string,
  changes: { detail: string; before: object | null; after: object | null }[],
): Promise<void> {
  if (!changes.length) return
  await q.query(
    `insert into audit_log (actor_id, actor_role, district_id, kind, subject_id, detail, before, after)
     select $1, $2, $3, 'data.change', $3, c.detail, c.before, c.after from jsonb_to_recordset($4::jsonb) as c(detail text, before jsonb, after jsonb)`,
    [actor.actorId, actor.actorRole, subjectId, JSON.stringify(changes)],
  )
}

export async function searchAudit(
  q: Queryable,
  f: { districtId: string; from: Date | null; to: Date | null; actorId: string | null; subjectId: string | null; kind: AuditKind | null },
  after: After | null,
  limit: number,
): Promise<(AuditEntry & { pageKey: string })[]> {
  return q.query(
    `select id, ${isoText('at')} as at, actor_id as "actorId", actor_role as "actorRole", kind, subject_id as "subjectId", detail, before, after, ${pageKey('at')}
       from audit_log
      where district_id = $9 and ($1::timestamptz is null or at >= $1) and ($2::timestamptz is null or at < $2)
        and ($3::uuid is null or actor_id = $3) and ($4::uuid is null or subject_id = $4) and ($5::text is null or kind = $5)
        and ($6::timestamptz is null or (at, id) < ($6::timestamptz, $7::uuid))
      order by at desc, id desc limit $8`,
    [f.from, f.to, f.actorId, f.subjectId, f.kind, after?.at ?? null, after?.id ?? null, limit, f.districtId],
  )
}

/** Removes entries older than `before`; answers how many. */
export async function dropAuditBefore(q: Queryable, before: Date): Promise<number> {
  return (await q.query('delete from audit_log where at < $1 returning 1', [before])).length
}
