import { z } from 'zod'
import { cursor, uuid } from '../fields'

const code = (what: string) => z.string({ error: `请填写${what}` }).trim().min(1, { error: `请填写${what}` }).max(30, { error: `${what}不正确` })

/** What `admin` takes: binding codes and the people they bound (more of a district's administration to come). */
export const adminEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('issueBinding'),
        role: z.enum(['deputy', 'staff', 'department', 'office', 'admin'], { error: '请选择要绑定的身份' }),
        deputyCode: code('代表编码').optional(),
        stationCode: code('站点编码').optional(),
        departmentCode: code('部门编码').optional(),
      })
      .refine((e) => e.role !== 'deputy' || e.deputyCode, { error: '绑定代表身份需要代表编码', path: ['deputyCode'] })
      .refine((e) => e.role !== 'staff' || e.stationCode, { error: '绑定联络站工作人员需要站点编码', path: ['stationCode'] })
      .refine((e) => e.role !== 'department' || e.departmentCode, { error: '绑定职能部门需要部门编码', path: ['departmentCode'] }),
    z.object({ action: z.literal('bindings'), cursor }),
    z.object({ action: z.literal('revokeBinding'), id: uuid('绑定码') }),
    z.object({ action: z.literal('people'), cursor }),
    z.object({ action: z.literal('unbind'), userId: uuid('人员') }),
  ],
  { error: '不支持的操作' },
)

export type AdminEvent = z.infer<typeof adminEvent>
