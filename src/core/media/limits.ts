/**
 * Photos and video on a case or a result, documents (PDF) where an office's paper belongs (a
 * suggestion and its signed answer), and Word files a draft law arrives in (staff's, read for its
 * text): what may be attached, checked alike by the form and the server.
 */

export type MediaKind = 'photo' | 'video' | 'document' | 'docx'

/** A Word file's type, as its bytes reveal it. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const MB = 1024 * 1024
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`

export const MEDIA_LIMITS = {
  photos: 9,
  photoBytes: 10 * MB,
  videos: 1,
  videoBytes: 50 * MB,
  videoSeconds: 60,
  documentBytes: 20 * MB,
} as const

/** How many of each kind one thing may carry; none of a kind left out. */
export interface AttachmentLimits {
  photos: number
  videos: number
  documents?: number
}

/**
 * How much one person may upload: enough for a few cases a day with every photo and a video,
 * not a way to fill the store. Uploads not attached to anything within a day are removed.
 */
export const UPLOAD_LIMITS = {
  perHour: 60,
  bytesPerDay: 500 * MB,
  unattached: 30,
  unattachedHours: 24,
} as const

/** Why this person may not upload another file now, in their words; null when they may. */
export function uploadProblem(recent: { lastHour: number; bytesToday: number; unattached: number }): string | null {
  if (recent.lastHour >= UPLOAD_LIMITS.perHour) return `上传太频繁：每小时最多上传 ${UPLOAD_LIMITS.perHour} 个文件`
  if (recent.bytesToday >= UPLOAD_LIMITS.bytesPerDay) return `今天上传的文件已超过 ${mb(UPLOAD_LIMITS.bytesPerDay)}`
  if (recent.unattached >= UPLOAD_LIMITS.unattached) return `已有 ${UPLOAD_LIMITS.unattached} 个文件上传后还没有提交`
  return null
}

/** The types a phone's camera and album give, by their MIME type as the bytes reveal it. */
export const MEDIA_TYPES: Readonly<Record<string, MediaKind>> = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/webp': 'photo',
  'image/gif': 'photo',
  'image/heic': 'photo',
  'image/heif': 'photo',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'application/pdf': 'document',
  [DOCX_MIME]: 'docx',
}

/** One attachment as every view shows it. */
export interface MediaItem {
  id: string
  kind: MediaKind
  /** Where the app loads it from: a host path, or a temporary cloud URL. */
  url: string
  durationSec: number | null
}

/** An attachment of a case, with the step that brought it (the filing, or a reported result). */
export type CaseMedia = MediaItem & { eventId: string | null }


/** Why one file may not be attached, in the resident's words; null when it may. */
export function mediaProblem(f: { kind: MediaKind; size: number; durationSec?: number | null }): string | null {
  if (f.kind === 'photo' && f.size > MEDIA_LIMITS.photoBytes) return `每张照片不能超过 ${mb(MEDIA_LIMITS.photoBytes)}`
  if (f.kind === 'video' && f.size > MEDIA_LIMITS.videoBytes) return `视频不能超过 ${mb(MEDIA_LIMITS.videoBytes)}`
  if ((f.kind === 'document' || f.kind === 'docx') && f.size > MEDIA_LIMITS.documentBytes) return `每份文件不能超过 ${mb(MEDIA_LIMITS.documentBytes)}`
  // A second of slack: phones round a 60-second recording up.
  if (f.kind === 'video' && (f.durationSec ?? 0) > MEDIA_LIMITS.videoSeconds + 1) return `视频不能超过 ${MEDIA_LIMITS.videoSeconds} 秒`
  return null
}

/** Why a set of attachments is too many for what carries them (a case by default); null when it fits. */
export function attachmentsProblem(kinds: readonly MediaKind[], limits: AttachmentLimits = MEDIA_LIMITS): string | null {
  const count = (kind: MediaKind) => kinds.filter((k) => k === kind).length
  if (count('photo') > limits.photos) return `最多添加 ${limits.photos} 张照片`
  if (count('video') > limits.videos) return limits.videos ? `最多添加 ${limits.videos} 段视频` : '这里不能添加视频'
  const documents = limits.documents ?? 0
  if (count('document') > documents) return documents ? `最多添加 ${documents} 份文件` : '这里只能添加照片和视频'
  // A Word file is read for a draft law's text, never attached.
  if (count('docx') > 0) return '这里不能添加 Word 文件，请另存为 PDF'
  return null
}
