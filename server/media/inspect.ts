import { fromBuffer } from 'file-type'
import { createFile, MP4BoxBuffer } from 'mp4box'
import { errors } from '../../src/core/errors'
import { MEDIA_TYPES, mediaProblem, type MediaKind } from '../../src/core/media/limits'

export interface Inspected {
  kind: MediaKind
  mime: string
  size: number
  durationSec: number | null
}

/** A video's length from its movie header (moov may sit at either end of the file); null when unreadable. */
function videoSeconds(bytes: Buffer): number | null {
  const file = createFile()
  let seconds: number | null = null
  file.onReady = (info) => {
    if (info.timescale > 0) seconds = info.duration / info.timescale
  }
  file.onError = () => undefined
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0))
  file.flush()
  return seconds
}

/**
 * What an uploaded file really is, from its bytes rather than its name: a photo or a video
 * of an accepted type, within the sizes and length the product allows. Anything else is
 * refused with the reason.
 */
export async function inspectMedia(bytes: Buffer): Promise<Inspected> {
  const type = await fromBuffer(bytes)
  const kind = type ? MEDIA_TYPES[type.mime] : undefined
  if (!type || !kind) throw errors.validation.mediaType()
  const durationSec = kind === 'video' ? videoSeconds(bytes) : null
  if (kind === 'video' && durationSec === null) throw errors.validation.mediaUnreadable()
  const found = { kind, mime: type.mime, size: bytes.length, durationSec }
  const problem = mediaProblem(found)
  if (problem) throw errors.validation.mediaTooLarge(problem)
  return found
}
