import type { Actor, CaseStatus } from '../../src/core/case-states'
import { stageDeadline } from '../../src/core/deadlines'
import { audiencesOf, noticeOf } from '../../src/core/notices'
import { applyMove, insertEvent, type CaseRow, type MovePatch } from '../db/cases-repository'
import type { Queryable } from '../db/database'
import { districtById } from '../db/districts-repository'
import { audienceUsers, insertMessages } from '../db/messages-repository'

export interface StepActor {
  id: string | null
  role: Actor
}

export interface Step {
  action: string
  from: CaseStatus | null
  to: CaseStatus | null
  payload: Record<string, unknown>
  /** What the timeline shows for the step. */
  note: string | null
}

/**
 * Writes a step's event and its messages, in the caller's transaction: each audience the
 * core names for the step, less the actor.
 */
export async function recordStep(q: Queryable, c: CaseRow, step: Step, actor: StepActor): Promise<string> {
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
  const shape = { action: step.action, from: step.from, to: step.to, hasStation: c.station_id !== null }
  for (const audience of audiencesOf(shape)) {
    const users = (await audienceUsers(q, c.id, audience)).filter((id) => id !== actor.id)
    await insertMessages(q, c, eventId, users, noticeOf(shape, audience, c, step.note))
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
  const due = to === c.status ? null : stageDeadline(to, now, (await districtById(q, c.district_id)).deadlines)
  const version = await applyMove(q, c, to, due, patch)
  const moved: CaseRow = { ...c, ...patch, status: to, version } as CaseRow
  const eventId = await recordStep(q, moved, { ...step, from: c.status, to }, actor)
  return { moved, eventId }
}
