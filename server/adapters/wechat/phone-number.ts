import { DomainError } from '../../../src/core/errors'

/** The part of wx-server-sdk this uses; tests hand in a fake of the same surface. */
export interface PhoneNumberSdk {
  openapi: { phonenumber: { getPhoneNumber(p: { code: string }): Promise<{ phoneInfo?: { purePhoneNumber?: string } }> } }
}

/** Turns the code of a getPhoneNumber button tap into the number WeChat holds for the person. */
export interface PhoneNumbers {
  fromCode(code: string): Promise<string>
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
      if (!phone) throw new DomainError('VALIDATION', 'AUTH.PHONE_CODE', '没有取到微信手机号，请重试或直接填写')
      return phone
    },
  }
}
