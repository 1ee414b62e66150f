import { z } from 'zod'
import { ROLES } from './roles'

/** A change of credentials proves the current ones: the password in use and a code of the second factor. */
const proof = {
  currentPassword: z.string({ error: '请填写当前密码' }).min(1, { error: '请填写当前密码' }).max(128, { error: '当前密码或动态码不正确' }).optional(),
  currentTotp: z.string({ error: '请填写动态码' }).regex(/^\d{6}$/, { error: '动态码为 6 位数字' }).optional(),
}

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
    z.object({
      action: z.literal('setPassword'),
      account: z.string({ error: '请填写账号名' }).trim().regex(/^[A-Za-z0-9_.-]{3,32}$/, { error: '账号名为 3–32 位字母、数字或 _ . -' }),
      ...proof,
      password: z
        .string({ error: '请填写密码' })
        .min(10, { error: '密码至少 10 位' })
        .max(128, { error: '密码不能超过 128 位' })
        .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: '密码需同时包含字母和数字' }),
    }),
    z.object({ action: z.literal('enrolTotp'), ...proof }),
    z.object({ action: z.literal('confirmTotp'), totp: z.string({ error: '请填写动态码' }).regex(/^\d{6}$/, { error: '动态码为 6 位数字' }) }),
    z.object({
      action: z.literal('password'),
      account: z.string({ error: '请填写账号' }).trim().min(1, { error: '请填写账号' }).max(32, { error: '账号、密码或动态码不正确' }),
      password: z.string({ error: '请填写密码' }).min(1, { error: '请填写密码' }).max(128, { error: '账号、密码或动态码不正确' }),
      totp: z.string({ error: '请填写动态码' }).regex(/^\d{6}$/, { error: '动态码为 6 位数字' }),
    }),
    z.object({ action: z.literal('logout') }),
    z.object({ action: z.literal('logoutEverywhere') }),
    z.object({ action: z.literal('deleteAccount'), confirm: z.literal('注销', { error: '请确认注销' }) }),
  ],
  { error: '不支持的操作' },
)

export type AuthEvent = z.infer<typeof authEvent>
