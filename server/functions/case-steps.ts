import { statusLabel, type Actor, type CaseStatus } from '../../src/core/case-states'
import { stageDeadline } from '../../src/core/deadlines'
import { audiencesOf, noticeOf } from '../../src/core/notices'
import { templateKindOf } from '../../src/core/subscribe'
import { formatShanghaiLong } from '../../src/core/time'
import { applyMove, insertEvent, type CaseRow, type MovePatch } from '../db/cases-repository'
import type { Queryable } from '../db/database'
import { districtById } from '../db/districts-repository'
import { notifyAudience } from '../db/messages-repository'

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
 * Writes a step's event, its in-app messages and its queued pushes, in the caller's
 * transaction: each audience the core names for the step, less the actor.
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
  const time = formatShanghaiLong(new Date())
  const status = step.action === 'overdue' ? '已超期' : step.action === 'followUp' ? '代表跟进' : statusLabel(step.to ?? c.status)
  for (const audience of audiencesOf(shape)) {
    const notice = noticeOf(shape, audience, c, step.note)
    const vals = { number: c.number, status, title: notice.title, body: notice.body, category: c.category, time }
    await notifyAudience(q, { caseId: c.id, eventId, audience, exceptUserId: actor.id, notice, kind: templateKindOf(audience), vals })
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
