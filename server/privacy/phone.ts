import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { errors } from '../../src/core/errors'
import type { FnContext } from '../runtime/context'

/**
 * Phones are kept encrypted at rest (AES-256-GCM) with a key the database never holds, and
 * shown masked everywhere but to the handler who needs to call.
 */
const VERSION = 'v1'

export function encryptPhone(phone: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()])
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`
}

export function decryptPhone(stored: string, key: Buffer): string {
  const raw = Buffer.from(stored.slice(VERSION.length + 1), 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

/** 13812341234 → 138****1234 */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

/** A key from configuration (PHONE_KEY, MEDIA_URL_KEY): 32 bytes, base64. */
export function phoneKeyFrom(base64: string | undefined, name = 'PHONE_KEY'): Buffer | undefined {
  if (!base64) return undefined
  const key = Buffer.from(base64, 'base64')
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`)
  return key
}

/** A development host's key, made once and kept in a file beside (not in) the data folder. */
export function localPhoneKey(file: string): Buffer {
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 })
  return phoneKeyFrom(readFileSync(file, 'utf8').trim())!
}

/** A number's lookup key: an HMAC under the server's key, so a number finds its rows without decrypting any, and a copy of the database alone names no one. */
export const phoneHash = (phone: string, key: Buffer): string => createHmac('sha256', key).update(`phone:${phone}`).digest('hex')

export interface SealedPhone {
  enc: string
  masked: string
  hash: string
}

/** A phone as a case keeps it: encrypted for the handlers who call back, masked for everyone else, hashed to be found by. */
export const sealPhone = (phone: string, key: Buffer): SealedPhone => ({ enc: encryptPhone(phone, key), masked: maskPhone(phone), hash: phoneHash(phone, key) })

/** Other secrets kept at rest (a TOTP secret) are sealed the same way, under the same key. */
export const sealSecret = encryptPhone
export const openSecret = decryptPhone

/** A phone is taken only where it can be kept encrypted. */
export function sealedPhone(ctx: FnContext, phone: string | undefined): SealedPhone | null {
  const key = ctx.services.phoneKey
  if (phone && !key) throw errors.validation.phoneUnavailable()
  return phone && key ? sealPhone(phone, key) : null
}
