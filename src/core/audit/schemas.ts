import { z } from 'zod'
import { cursor, day, uuid } from '../fields'
import { AUDIT_KINDS } from './types'

/** What `audit` takes: the admin's search of who read what. */
export const auditEvent = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('search'),
      from: day('开始日期').optional(),
      to: day('结束日期').optional(),
      actorId: uuid('操作人').optional(),
      subjectId: uuid('对象').optional(),
      kind: z.enum(AUDIT_KINDS, { error: '不支持的记录类型' }).optional(),
      cursor,
    }),
  ],
  { error: '不支持的操作' },
)

export type AuditEvent = z.infer<typeof auditEvent>
