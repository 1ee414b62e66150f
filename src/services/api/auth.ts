import { callFunction } from './call'

/** `auth phoneNumber`: the number behind a weapp getPhoneNumber tap, for the person's own form. */
export const wechatPhone = (code: string) => callFunction<{ phone: string }>('auth', { action: 'phoneNumber', code })

/** `auth myData`: everything held about the caller, as one document. */
export const myData = () => callFunction<Record<string, unknown>>('auth', { action: 'myData' })

/** `auth deleteAccount`: the caller's account ends; their cases stay for the record, anonymized. */
export const deleteAccount = () => callFunction<{ deleted: true }>('auth', { action: 'deleteAccount', confirm: '注销' })

/** The current password and a current code: what a change of credentials (after the first setup) proves. */
export type CredentialProof = { currentPassword?: string; currentTotp?: string }

/** `auth setPassword`, `enrolTotp`, `confirmTotp`: a bound staff member's desktop sign-in. */
export const setPassword = (account: string, password: string, proof: CredentialProof = {}) =>
  callFunction<{ account: string; totpConfirmed: boolean }>('auth', { action: 'setPassword', account, password, ...proof })
export const enrolTotp = (proof: CredentialProof = {}) => callFunction<{ secret: string; uri: string; qr: string }>('auth', { action: 'enrolTotp', ...proof })
export const confirmTotp = (totp: string) => callFunction<{ account: string; totpConfirmed: boolean }>('auth', { action: 'confirmTotp', totp })
