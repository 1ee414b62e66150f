import { sms } from 'tencentcloud-sdk-nodejs-sms'
import { SmsError, type SmsPort, type SmsTemplate } from '../../messaging/sms'

export interface TencentSmsConfig {
  secretId: string
  secretKey: string
  /** The SMS application (SmsSdkAppId) and its approved signature (签名). */
  appId: string
  sign: string
  /** The approved template id of each text. */
  templates: Record<SmsTemplate, string>
  region?: string
  /** A test's local fake of the API (http://127.0.0.1:port); Tencent's own endpoint otherwise. */
  base?: string
}

/** Codes that will not succeed on a retry: a wrong number, a template or signature Tencent refuses. */
const NEVER = /^(InvalidParameter|UnsupportedOperation|FailedOperation\.(PhoneNumberInBlacklist|TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|MissingSignature))/

/** Tencent Cloud SMS (SendSms, API 2021-01-11), signed by Tencent's own SDK. */
export function tencentSms(cfg: TencentSmsConfig): SmsPort {
  const base = cfg.base ? new URL(cfg.base) : undefined
  const client = new sms.v20210111.Client({
    credential: { secretId: cfg.secretId, secretKey: cfg.secretKey },
    region: cfg.region ?? 'ap-guangzhou',
    profile: { httpProfile: { reqTimeout: 10, ...(base ? { endpoint: base.host, protocol: `${base.protocol}//` } : {}) } },
  })
  return {
    async send({ phone, template, params }) {
      let answer
      try {
        answer = await client.SendSms({
          SmsSdkAppId: cfg.appId,
          SignName: cfg.sign,
          TemplateId: cfg.templates[template],
          TemplateParamSet: params,
          PhoneNumberSet: [`+86${phone}`],
        })
      } catch (e) {
        const code = (e as { code?: string }).code ?? ''
        throw new SmsError(NEVER.test(code) ? 'invalid' : 'transient', `Tencent SMS: ${code} ${(e as Error).message}`)
      }
      const status = answer.SendStatusSet?.[0]
      if (status?.Code !== 'Ok') throw new SmsError(NEVER.test(status?.Code ?? '') ? 'invalid' : 'transient', `Tencent SMS: ${status?.Code ?? 'no status'} ${status?.Message ?? ''}`)
    },
  }
}

/** Tencent Cloud SMS where `TENCENT_SMS_SECRET_ID` and the rest are set; otherwise none. */
export function smsFrom(env: Record<string, string | undefined>): SmsPort | undefined {
  const { TENCENT_SMS_SECRET_ID: secretId, TENCENT_SMS_SECRET_KEY: secretKey, TENCENT_SMS_APP_ID: appId, TENCENT_SMS_SIGN: sign } = env
  const templates = { code: env.TENCENT_SMS_TEMPLATE_CODE, recorded: env.TENCENT_SMS_TEMPLATE_RECORDED, step: env.TENCENT_SMS_TEMPLATE_STEP }
  if (!secretId || !secretKey || !appId || !sign) return undefined
  if (!templates.code || !templates.recorded || !templates.step) throw new Error('TENCENT_SMS_TEMPLATE_CODE, _RECORDED and _STEP must all be set')
  return tencentSms({ secretId, secretKey, appId, sign, templates: templates as Record<SmsTemplate, string>, region: env.TENCENT_SMS_REGION, base: env.TENCENT_SMS_BASE })
}
