import { z } from 'zod'
import { ROLES } from './roles'

/** What `auth` takes: a demo sign-in on a development host, the caller's own account, a phone code. */

export const authEvent = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('devLogin'),
        persona: z.enum(ROLES, { error: '未知的身份' }).optional(),
        openid: z.string().trim().min(1, { error: '缺少用户标识' }).max(64, { error: '用户标识过长' }).optional(),
      })
      .refine((e) => (e.persona === undefined) !== (e.openid === undefined), { error: '请选择一个身份，或提供用户标识' }),
    z.object({ action: z.literal('login') }),
    z.object({ action: z.literal('me') }),
    z.object({ action: z.literal('phoneNumber'), code: z.string({ error: '缺少授权码' }).min(1).max(128) }),
    z.object({ action: z.literal('myData') }),
    z.object({ action: z.literal('bind'), code: z.string({ error: '请填写绑定码' }).trim().min(1, { error: '请填写绑定码' }).max(40, { error: '绑定码不正确，请核对后重新输入' }) }),
    z.object({ action: z.literal('wxLogin'), code: z.string({ error: '缺少登录凭证' }).min(1, { error: '缺少登录凭证' }).max(128) }),
    z.object({ action: z.literal('logout') }),
    z.object({ action: z.literal('logoutEverywhere') }),
    z.object({ action: z.literal('deleteAccount'), confirm: z.literal('注销', { error: '请确认注销' }) }),
  ],
  { error: '不支持的操作' },
)

export type AuthEvent = z.infer<typeof authEvent>
