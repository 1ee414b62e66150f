import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** Reads a PNG the way a phone's camera reads a printed code: its size and what the QR code says. */
export function scanPng(png: Buffer): { width: number; height: number; text: string | null } {
  const image = PNG.sync.read(png)
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  return { width: image.width, height: image.height, text: found?.data ?? null }
}
