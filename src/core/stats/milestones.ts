import type { StepAction } from '../cases/audiences'

/**
 * The moments a report counts, each kept on the case as the first time it happened: the first
 * response (受理, 答复, 不予受理, 申请派单, 派单 or 合并), 人大派单, 部门接单, 代表跟单, the
 * resolution (办结 by a department or 答复 by the deputy) and 群众评单.
 */
export type Milestone = 'responded' | 'dispatched' | 'taken' | 'followed' | 'resolved' | 'rated'

const REACHED: Partial<Record<StepAction, readonly Milestone[]>> = {
  accept: ['responded'],
  answer: ['responded', 'resolved'],
  decline: ['responded'],
  requestDispatch: ['responded'],
  dispatch: ['responded', 'dispatched'],
  merge: ['responded'],
  acceptOrder: ['taken'],
  followUp: ['followed'],
  resolve: ['resolved'],
  rate: ['rated'],
}

/** The moments a step reaches (the first time each is reached is the one kept). */
export const milestonesOf = (action: StepAction): readonly Milestone[] => REACHED[action] ?? []
