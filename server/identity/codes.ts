import { createHash, createHmac, randomInt } from 'node:crypto'
import QRCode from 'qrcode'

/** How a secret (a session token, a binding code) is kept: its sha256 only, so a copy of the database signs nobody in. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex')

/** Without PHONE_KEY (a demo host may run without one) the identity hash falls back to this fixed key. */
const UNKEYED = Buffer.from('码上说事:identity')

/**
 * A WeChat identity (openid) as a deleted account leaves it behind: an HMAC under the server's
 * key, so a returning person is known as the same person while a copy of the database names no openid.
 */
export const identityHash = (openid: string, key: Buffer | undefined): string => createHmac('sha256', key ?? UNKEYED).update(`openid:${openid}`).digest('hex')

/** A QR of a text as an SVG data URL (both builds' image shows one): no PNG to encode on every call. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', width: 360, margin: 2, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

/** A poster's short code (a draft law's, a ballot's): six characters without 0/O or 1/I to misread, short enough for a wxacode scene. */
const POSTER_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const posterCode = (): string => Array.from({ length: 6 }, () => POSTER_CHARS[randomInt(POSTER_CHARS.length)]).join('')
