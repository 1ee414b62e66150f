import { smsText, SMS_WORDING, type SmsTemplate } from '../../server/messaging/sms'
import { serveJson } from './json-fake'

/** The template ids the fake approves, as a deployment would set them. */
export const FAKE_SMS_TEMPLATES: Record<SmsTemplate, string> = { code: '100001', recorded: '100002', step: '100003' }
const TEMPLATE_OF = Object.fromEntries(Object.entries(FAKE_SMS_TEMPLATES).map(([k, v]) => [v, k as SmsTemplate]))

export interface SentText {
  phone: string
  template: SmsTemplate
  params: string[]
  /** The text as the phone shows it. */
  text: string
}

/** The environment a host or the functions read to send through the fake. */
export const fakeSmsEnv = (base: string) => ({
  TENCENT_SMS_SECRET_ID: 'AKID-test',
  TENCENT_SMS_SECRET_KEY: 'secret-test',
  TENCENT_SMS_APP_ID: '1400000000',
  TENCENT_SMS_SIGN: '码上说事',
  TENCENT_SMS_TEMPLATE_CODE: FAKE_SMS_TEMPLATES.code,
  TENCENT_SMS_TEMPLATE_RECORDED: FAKE_SMS_TEMPLATES.recorded,
  TENCENT_SMS_TEMPLATE_STEP: FAKE_SMS_TEMPLATES.step,
  TENCENT_SMS_BASE: base,
})

/**
 * A local fake of Tencent Cloud SMS (API 3.0, `SendSms` of version 2021-01-11): it checks what
 * Tencent checks first — a TC3-HMAC-SHA256 signature header for the right SecretId, the action and
 * version, the app and signature, an approved template with its number of params, +86 numbers —
 * and answers in Tencent's shape, `SendStatusSet` with `Code: 'Ok'` per number or `Error`. Every
 * text accepted is kept; `failNext(code)` makes the next send fail as Tencent would.
 */
export async function fakeTencentSms() {
  const sent: SentText[] = []
  let failing: string | null = null
  const server = await serveJson((_url, { headers, body }) => {
    const error = (Code: string, Message: string) => ({ Response: { Error: { Code, Message }, RequestId: 'fake' } })
    if (!String(headers.authorization ?? '').startsWith('TC3-HMAC-SHA256 Credential=AKID-test/')) return error('AuthFailure.SignatureFailure', '签名错误')
    if (headers['x-tc-action'] !== 'SendSms' || headers['x-tc-version'] !== '2021-01-11') return error('InvalidAction', '接口不存在')
    const b = body as { SmsSdkAppId?: string; SignName?: string; TemplateId?: string; TemplateParamSet?: string[]; PhoneNumberSet?: string[] }
    if (b.SmsSdkAppId !== '1400000000' || b.SignName !== '码上说事') return error('FailedOperation.SignatureIncorrectOrUnapproved', '签名未审批')
    const template = TEMPLATE_OF[b.TemplateId ?? '']
    if (!template) return error('FailedOperation.TemplateIncorrectOrUnapproved', '模板未审批')
    const params = b.TemplateParamSet ?? []
    if (params.length !== (SMS_WORDING[template].match(/\{\d\}/g) ?? []).length) return error('InvalidParameterValue.TemplateParameterFormatError', '模板参数个数不符')
    if (failing) {
      const code = failing
      failing = null
      return error(code, '发送失败')
    }
    return {
      Response: {
        SendStatusSet: (b.PhoneNumberSet ?? []).map((n) => {
          const ok = /^\+861[3-9]\d{9}$/.test(n)
          if (ok) sent.push({ phone: n.slice(3), template, params, text: smsText(template, params) })
          return { SerialNo: `s-${sent.length}`, PhoneNumber: n, Fee: 1, SessionContext: '', Code: ok ? 'Ok' : 'InvalidParameterValue.IncorrectPhoneNumber', Message: ok ? 'send success' : '手机号格式错误', IsoCode: 'CN' }
        }),
        RequestId: 'fake',
      },
    }
  })
  return {
    ...server,
    sent,
    /** The texts one number received, oldest first. */
    to: (phone: string) => sent.filter((t) => t.phone === phone),
    failNext: (code: string) => {
      failing = code
    },
  }
}
