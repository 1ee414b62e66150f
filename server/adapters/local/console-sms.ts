import { smsText, type SmsPort } from '../../messaging/sms'
import { maskPhone } from '../../privacy/phone'

/** A demo host's texts, printed where its operator reads them: no SMS account is needed to try a claim. */
export const consoleSms = (): SmsPort => ({
  async send({ phone, template, params }) {
    console.log(`[短信] ${maskPhone(phone)}：${smsText(template, params)}`)
  },
})
