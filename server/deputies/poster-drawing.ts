import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** A4 at 150 dpi: large enough to print, small enough to save to a phone's album. */
export const POSTER_SIZE = { width: 1240, height: 1754 } as const
export const POSTER_SLOGAN = '码上说事 马上回应'
/** Bumped when the layout changes, so kept posters are drawn again. */
const LAYOUT_VERSION = 1

export interface PosterInput {
  /** The deputy's QR code (a mini-program code in the cloud), as PNG. */
  qrPng: Buffer
  name: string
  levels: string[]
  station: string
}

/** Same input, same poster: the digest names the kept PNG. */
export const posterDigest = (p: PosterInput): string =>
  createHash('sha256')
    .update(JSON.stringify([LAYOUT_VERSION, p.name, p.levels, p.station]))
    .update(p.qrPng)
    .digest('hex')
    .slice(0, 16)

const FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', sans-serif"
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
/** Roughly how many em a line takes: CJK is one em, Latin and digits about half. */
const ems = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0)

/** One centred line that shrinks (never below `min`) to fit `width`, and is cut with … if still too long. */
function line(text: string, y: number, size: number, opts: { min?: number; weight?: number; fill: string; width?: number }): string {
  const width = opts.width ?? POSTER_SIZE.width - 160
  let fit = Math.min(size, width / Math.max(ems(text), 1))
  let shown = text
  if (fit < (opts.min ?? size)) {
    fit = opts.min ?? size
    while (ems(shown) * fit > width && shown.length > 1) shown = shown.slice(0, -1)
    if (shown !== text) shown = `${shown.slice(0, -1)}…`
  }
  return `<text x="${POSTER_SIZE.width / 2}" y="${y}" font-size="${fit.toFixed(1)}" font-weight="${opts.weight ?? 400}" fill="${opts.fill}" text-anchor="middle">${escapeXml(shown)}</text>`
}

/** The poster as SVG: slogan band, the code on a white card, the deputy's name, levels and station. */
export function posterSvg(p: PosterInput): string {
  const { width: W, height: H } = POSTER_SIZE
  const qrSize = 760
  const qrX = (W - qrSize) / 2
  const qrY = 420
  const levels = p.levels.join(' · ')
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FAMILY}">
<rect width="${W}" height="${H}" fill="#c8161d"/>
${line(POSTER_SLOGAN, 200, 120, { weight: 700, fill: '#ffffff' })}
${line('扫一扫 向人大代表反映问题', 300, 52, { fill: '#ffe7a8' })}
<rect x="${qrX - 40}" y="${qrY - 40}" width="${qrSize + 80}" height="${qrSize + 80}" rx="28" fill="#ffffff"/>
<image x="${qrX}" y="${qrY}" width="${qrSize}" height="${qrSize}" xlink:href="data:image/png;base64,${p.qrPng.toString('base64')}"/>
<rect x="80" y="1300" width="${W - 160}" height="360" rx="28" fill="#ffffff"/>
${line(p.name, 1420, 104, { min: 64, weight: 700, fill: '#1a1a1a', width: W - 240 })}
${line(levels, 1505, 48, { min: 32, fill: '#c8161d', width: W - 240 })}
${line(p.station, 1590, 44, { min: 30, fill: '#555555', width: W - 240 })}
${line('微信扫码 · 随时反映 · 全程可查', 1720, 36, { fill: '#ffe7a8' })}
</svg>`
}

/** Draws the poster PNG off the event loop, with the given font files (a CJK font: names and the slogan are Chinese). */
export async function renderPoster(p: PosterInput, fontFiles: readonly string[]): Promise<Buffer> {
  // imageRendering 1 (optimizeSpeed) scales the code without smoothing, so its modules stay sharp.
  // Loaded on first use: only the functions that draw posters ship resvg's native binary.
  const { renderAsync } = await import('@resvg/resvg-js')
  const image = await renderAsync(posterSvg(p), { font: { fontFiles: [...fontFiles], loadSystemFonts: false }, imageRendering: 1 })
  return image.asPng()
}

/** Debian's and Ubuntu's Noto CJK (the fonts-noto-cjk package). */
const SYSTEM_FONTS = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc']

/**
 * The font files posters are drawn with: POSTER_FONTS (paths separated by ':'), else the font
 * files in `folder` (a cloud function ships its own), else the system's Noto CJK.
 */
export function posterFonts(configured: string | undefined, folder?: string): string[] {
  if (configured) return configured.split(':').filter((f) => existsSync(f))
  if (folder && existsSync(folder)) {
    const own = readdirSync(folder).filter((f) => /\.(ttf|otf|ttc)$/i.test(f))
    if (own.length) return own.map((f) => join(folder, f))
  }
  return SYSTEM_FONTS.filter((f) => existsSync(f))
}
