import { callFunction } from './call'

/** `auth phoneNumber`: the number behind a weapp getPhoneNumber tap, for the person's own form. */
export const wechatPhone = (code: string) => callFunction<{ phone: string }>('auth', { action: 'phoneNumber', code })
