/**
 * QR scenes. wxacode.getUnlimited carries at most 32 visible characters; the deputy page
 * receives it URL-encoded in `scene`. Deputy codes are short and URL-safe.
 */
export const SCENE_MAX = 32
export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,30}$/

/** A deputy's poster, a station's, a draft law's (立法征求意见, by its consultation's code), or a ballot's shown in the room (满意度测评). */
export type Scene = { kind: 'deputy' | 'station' | 'consultation' | 'ballot'; code: string }

const PREFIX = { deputy: 'd', station: 's', consultation: 'l', ballot: 'b' } as const
const KINDS = { d: 'deputy', s: 'station', l: 'consultation', b: 'ballot' } as const

export function encodeScene(scene: Scene): string {
  if (!CODE_PATTERN.test(scene.code)) throw new Error(`invalid code: ${scene.code}`)
  return `${PREFIX[scene.kind]}=${scene.code}`
}

/** Accepts the raw or URL-encoded scene; returns null for anything that is not ours. */
export function decodeScene(raw: string | undefined | null): Scene | null {
  if (!raw) return null
  let text = raw
  try {
    text = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (text.length > SCENE_MAX) return null
  const m = /^([dslb])=(.+)$/.exec(text)
  if (!m || !CODE_PATTERN.test(m[2])) return null
  return { kind: KINDS[m[1] as keyof typeof KINDS], code: m[2] }
}

/** The landing page path a QR code opens, in both builds. */
export const deputyPagePath = (code: string): string =>
  `/pages/deputy/index?scene=${encodeURIComponent(encodeScene({ kind: 'deputy', code }))}`

/** Whether an address is this machine's own (loopback): a phone that scans a code of it opens nothing. */
export function isLoopback(address: string): boolean {
  try {
    const host = new URL(address).hostname.replace(/^\[|\]$/g, '')
    return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0'
  } catch {
    return false
  }
}

/** What to say where codes are shown or printed, when they open `target` and it is loopback; null otherwise. */
export const unreachableCodeWarning = (target: string | undefined): string | null =>
  target && isLoopback(target)
    ? `二维码指向本机地址 ${new URL(target).origin}，手机扫码打不开，打印出来也无法使用。请在启动前把 PUBLIC_URL 设为手机能访问的网址（例如 PUBLIC_URL=https://lianluo.example.gov.cn npm start），再重新生成二维码和海报。`
    : null

/** A code or poster as the functions answer it: its address, and the warning above when there is one. */
export interface ShownCode {
  url: string
  warning?: string
}
