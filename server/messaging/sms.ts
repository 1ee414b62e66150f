/** What a text says, by the template the SMS service approved for it. */
export type SmsTemplate = 'code' | 'recorded' | 'step'

/**
 * The templates' words, as registered with the SMS service ({1}, {2} are the params in order);
 * the local console adapter prints them, and tests read them.
 */
export const SMS_WORDING: Record<SmsTemplate, string> = {
  code: '您的验证码为{1}，{2}分钟内有效，用于认领工作人员为您登记的诉求。如非本人操作，请忽略。',
  recorded: '工作人员已为您登记诉求，编号{1}。在微信小程序“码上说事”中用本机号码认领后，可查看进度并评价：{2}',
  step: '您反映的诉求{1}有新进展：{2}。详情请在微信小程序“码上说事”中查看。',
}

export const smsText = (template: SmsTemplate, params: readonly string[]): string =>
  SMS_WORDING[template].replace(/\{(\d)\}/g, (_, i: string) => params[Number(i) - 1] ?? '')

export interface SmsMessage {
  /** A mainland mobile number, 11 digits. */
  phone: string
  template: SmsTemplate
  params: string[]
}

/** Why a text failed: `invalid` (will never go: a wrong number, a refused template) or try again later. */
export class SmsError extends Error {
  constructor(
    readonly reason: 'invalid' | 'transient',
    message: string,
  ) {
    super(message)
  }
}

/** Sends texts (Tencent Cloud SMS in production). */
export interface SmsPort {
  send(message: SmsMessage): Promise<void>
}
