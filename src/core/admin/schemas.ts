import { z } from 'zod'
import { cursor, uuid } from '../fields'

const code = (what: string) => z.string({ error: `请填写${what}` }).trim().min(1, { error: `请填写${what}` }).max(30, { error: `${what}不正确` })

/** What `admin` takes: binding codes and the people they bound; the district's workbook (template, import, export). */
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
    z.object({ action: z.literal('template') }),
    z.object({ action: z.literal('export') }),
    z.object({
      action: z.literal('import'),
      // A call's body is 1 MB at most: a workbook of 700 KB (base64 is a third longer), far above a district's thousands of rows.
      workbook: z.string({ error: '请选择要导入的 Excel 文件' }).min(1, { error: '请选择要导入的 Excel 文件' }).max(1_000_000, { error: 'Excel 文件不能超过 700 KB' }).regex(/^[A-Za-z0-9+/=]+$/, { error: '文件内容不正确' }),
      dryRun: z.boolean().optional(),
    }),
  ],
  { error: '不支持的操作' },
)

export type AdminEvent = z.infer<typeof adminEvent>
