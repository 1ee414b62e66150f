/**
 * QR scenes. wxacode.getUnlimited carries at most 32 visible characters; the deputy page
 * receives it URL-encoded in `scene`. Deputy codes are short and URL-safe.
 */
export const SCENE_MAX = 32
export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,30}$/

export type Scene = { kind: 'deputy'; code: string } | { kind: 'station'; code: string }

const PREFIX = { deputy: 'd', station: 's' } as const

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
  const m = /^([ds])=(.+)$/.exec(text)
  if (!m || !CODE_PATTERN.test(m[2])) return null
  return { kind: m[1] === 'd' ? 'deputy' : 'station', code: m[2] }
}

/** The landing page path a QR code opens, in both builds. */
export const deputyPagePath = (code: string): string =>
  `/pages/deputy/index?scene=${encodeURIComponent(encodeScene({ kind: 'deputy', code }))}`
