import { errors } from '../../../src/core/errors'
import type { PhoneNumbers } from '../../identity/phone-numbers'

/** The part of wx-server-sdk this uses; tests hand in a fake of the same surface. */
export interface PhoneNumberSdk {
  openapi: { phonenumber: { getPhoneNumber(p: { code: string }): Promise<{ phoneInfo?: { purePhoneNumber?: string } }> } }
}

export function wechatPhoneNumbers(sdk: PhoneNumberSdk): PhoneNumbers {
  return {
    async fromCode(code) {
      let phone: string | undefined
      try {
        phone = (await sdk.openapi.phonenumber.getPhoneNumber({ code })).phoneInfo?.purePhoneNumber
      } catch {
        phone = undefined
      }
      if (!phone) throw errors.validation.phoneCode()
      return phone
    },
  }
}
