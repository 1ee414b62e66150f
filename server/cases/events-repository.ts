import type { CaseStatus } from '../../src/core/cases/states'
import type { Actor } from '../../src/core/identity/roles'
import type { Milestone } from '../../src/core/stats/milestones'
import type { Queryable } from '../db/queryable'

/** A timeline entry: a step of the loop, the filing, the timer's overdue mark. */
export interface NewEvent {
  caseId: string
  type: string
  actorId: string | null
  actorRole: Actor
  fromStatus: CaseStatus | null
  toStatus: CaseStatus | null
  payload: Record<string, unknown>
  note: string | null
}

/** Appends an entry to a case's timeline, numbered after the last; a deputy's step names the deputy the account stands for. */
export async function insertEvent(q: Queryable, e: NewEvent): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into case_events (case_id, seq, type, actor_id, actor_role, from_status, to_status, payload, note, actor_deputy_id)
     values ($1, (select coalesce(max(seq), 0) + 1 from case_events where case_id = $1), $2, $3, $4, $5, $6, $7, $8,
             (select u.deputy_id from users u where u.id = $3 and $4 = 'deputy'))
     returning id`,
    [e.caseId, e.type, e.actorId, e.actorRole, e.fromStatus, e.toStatus, JSON.stringify(e.payload), e.note],
  )
  return row.id
}

/** Keeps the first time a case reached each of these moments. */
export async function reachMilestones(q: Queryable, id: string, reached: readonly Milestone[], at: Date): Promise<void> {
  if (reached.length === 0) return
  await q.query(`update cases set ${reached.map((m) => `${m}_at = coalesce(${m}_at, $2)`).join(', ')} where id = $1`, [id, at])
}
