/** Turns the code of a weapp getPhoneNumber button tap into the number WeChat holds for the person (CloudBase only). */
export interface PhoneNumbers {
  fromCode(code: string): Promise<string>
}
