import { audiencesOf, messageOf, stepStatus, textedToResident, type StepAction } from '../../src/core/cases/audiences'
import { stageDeadline } from '../../src/core/cases/deadlines'
import type { CaseStatus } from '../../src/core/cases/states'
import type { Actor } from '../../src/core/identity/roles'
import { templateKindOf } from '../../src/core/messaging/subscribe'
import { milestonesOf } from '../../src/core/stats/milestones'
import { formatShanghaiLong } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { districtById } from '../districts/districts'
import { tellCaseAudience, textCaseResident } from '../messaging/inbox'
import { applyMove, type CaseRow, type MovePatch } from './cases-repository'
import { insertEvent, reachMilestones } from './events-repository'

export interface StepActor {
  id: string | null
  role: Actor
}

export interface Step {
  action: StepAction
  from: CaseStatus | null
  to: CaseStatus | null
  payload: Record<string, unknown>
  /** What the timeline shows for the step. */
  note: string | null
  /** The note waits for a person's review (content safety): no message carries it meanwhile. */
  noteHeld?: boolean
  /** An overdue mark that goes up to the office's leaders. */
  escalate?: boolean
}

/** The timer, when it closes a case or marks it overdue. */
export const SYSTEM: StepActor = { id: null, role: 'system' }

/**
 * Writes a step's event, its in-app messages and its queued pushes, in the caller's
 * transaction: each audience the core names for the step, less the actor.
 */
export async function recordStep(q: Queryable, c: CaseRow, step: Step, actor: StepActor, at: Date): Promise<string> {
  const eventId = await insertEvent(q, {
    caseId: c.id,
    type: step.action,
    actorId: actor.id,
    actorRole: actor.role,
    fromStatus: step.from,
    toStatus: step.to,
    payload: step.payload,
    note: step.note,
  })
  await reachMilestones(q, c.id, milestonesOf(step.action), at)
  const shape = { action: step.action, from: step.from, to: step.to, hasStation: c.station_id !== null, escalate: step.escalate }
  const time = formatShanghaiLong(at)
  const status = stepStatus(step.action, step.to ?? c.status)
  for (const audience of audiencesOf(shape)) {
    const message = messageOf(shape, audience, { ...c, showPublicly: c.show_publicly }, step.noteHeld ? null : step.note)
    const vals = { number: c.number, status, title: message.title, body: message.body, category: c.category, time }
    await tellCaseAudience(q, { caseId: c.id, eventId, audience, exceptUserId: actor.id, message, kind: templateKindOf(audience), vals })
    if (audience === 'resident' && textedToResident(step)) await textCaseResident(q, { caseId: c.id, eventId, actorId: actor.id, params: [c.number, status], now: at })
  }
  return eventId
}

/** Moves a locked case to `to`, starting the new stage's clock, and records the step. */
export async function moveAndRecord(
  q: Queryable,
  c: CaseRow,
  to: CaseStatus,
  patch: MovePatch,
  step: Omit<Step, 'from' | 'to'>,
  actor: StepActor,
  now: Date,
): Promise<{ moved: CaseRow; eventId: string }> {
  const district = to === c.status ? null : await districtById(q, c.district_id)
  const due = district && stageDeadline(to, now, district.deadlines, district.calendar)
  const version = await applyMove(q, c, to, due, patch)
  const moved: CaseRow = { ...c, ...patch, status: to, version } as CaseRow
  const eventId = await recordStep(q, moved, { ...step, from: c.status, to }, actor, now)
  return { moved, eventId }
}
