import { z } from 'zod'
import { mediaIds, text, uuid } from '../fields'
import { NOTE_MAX, REASON_MAX, REPLY_TEXT_MAX } from '../limits'
import { RATINGS } from './ratings'
import type { CaseAction } from './transitions'

const none = z.object({})
const rating = (what: string) => z.enum(RATINGS, { error: `请选择${what}评价` })

/**
 * What each move of the transitions table carries, checked at the edge. Kept beside the
 * table rather than in it so the client, which reads the table, does not bundle zod.
 */
export const MOVE_PAYLOADS = {
  accept: none,
  answer: z.object({ text: text('答复内容', 1, REPLY_TEXT_MAX) }),
  decline: z.object({ reason: text('不予受理的理由', 2, REASON_MAX), referral: text('建议途径', 1, 100).optional() }),
  requestDispatch: z.object({ note: text('说明', 1, NOTE_MAX).optional() }),
  dispatch: z.object({ departmentId: uuid('承办部门'), note: text('派单说明', 1, NOTE_MAX).optional() }),
  acceptOrder: none,
  sendBack: z.object({ reason: text('退单理由', 2, REASON_MAX) }),
  followUp: z.object({ text: text('跟单记录', 1, NOTE_MAX) }),
  resolve: z.object({ text: text('办理结果', 2, REPLY_TEXT_MAX), media: mediaIds.optional() }),
  rate: z.object({
    resultRating: rating('办理结果'),
    followUpRating: rating('代表跟进'),
    comment: text('评价内容', 1, NOTE_MAX).optional(),
  }),
  reopen: z.object({ reason: text('重新办理的理由', 2, REASON_MAX) }),
  urge: none,
  supervise: z.object({ note: text('督办意见', 1, NOTE_MAX).optional() }),
  addInfo: z.object({ text: text('补充说明', 2, NOTE_MAX), media: mediaIds.optional() }),
  withdraw: none,
  merge: z.object({ intoId: uuid('合并到的诉求') }),
  close: none,
} satisfies Record<CaseAction, z.ZodObject>

/** What one move carries, as parsed. */
export type MovePayload<A extends CaseAction> = z.infer<(typeof MOVE_PAYLOADS)[A]>
