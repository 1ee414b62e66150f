import { createHash } from 'node:crypto'
import QRCode from 'qrcode'

/** How a secret (a session token, a binding code) is kept: its sha256 only, so a copy of the database signs nobody in. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex')

/** A QR of a text as an SVG data URL (both builds' image shows one): no PNG to encode on every call. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', width: 360, margin: 2, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
