import { fromBuffer } from 'file-type'
import { createFile, MP4BoxBuffer } from 'mp4box'
import { errors } from '../../src/core/errors'
import { MEDIA_TYPES, mediaProblem, type MediaKind } from '../../src/core/media/limits'
import type { ByteSource } from './store'

export interface Inspected {
  kind: MediaKind
  mime: string
  size: number
  durationSec: number | null
}

/** file-type decides from the first bytes alone. */
const HEAD_BYTES = 4100
/** A movie header larger than this is not a phone's 60-second clip. */
const MOOV_MAX = 16 * 1024 * 1024

/**
 * The movie's own boxes (ftyp and moov), found by walking the top-level box headers: a video's
 * length is read without loading its media data, wherever the phone put the moov box.
 */
async function movieBoxes(src: ByteSource): Promise<Buffer | null> {
  const parts: Buffer[] = []
  for (let at = 0; at + 8 <= src.size; ) {
    const head = await src.read(at, 16)
    const type = head.toString('latin1', 4, 8)
    const declared = head.readUInt32BE(0)
    const size = declared === 1 && head.length >= 16 ? Number(head.readBigUInt64BE(8)) : declared === 0 ? src.size - at : declared
    if (size < 8) return null
    if (type === 'ftyp' || type === 'moov') {
      if (size > MOOV_MAX) return null
      parts.push(await src.read(at, size))
    }
    if (type === 'moov') return Buffer.concat(parts)
    at += size
  }
  return null
}

/** A video's length from its movie header; null when unreadable. */
async function videoSeconds(src: ByteSource): Promise<number | null> {
  const boxes = await movieBoxes(src)
  if (!boxes) return null
  const file = createFile()
  let seconds: number | null = null
  file.onReady = (info) => {
    if (info.timescale > 0) seconds = info.duration / info.timescale
  }
  file.onError = () => undefined
  const copy = boxes.buffer.slice(boxes.byteOffset, boxes.byteOffset + boxes.byteLength) as ArrayBuffer
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0))
  file.flush()
  return seconds
}

/**
 * What an uploaded file really is, from its bytes rather than its name: a photo or a video
 * of an accepted type, within the sizes and length the product allows. Anything else is
 * refused with the reason. Only the file's head (and a video's movie header) is read.
 */
export async function inspectMedia(src: ByteSource): Promise<Inspected> {
  const type = await fromBuffer(await src.read(0, Math.min(src.size, HEAD_BYTES)))
  const kind = type ? MEDIA_TYPES[type.mime] : undefined
  if (!type || !kind) throw errors.validation.mediaType()
  const durationSec = kind === 'video' ? await videoSeconds(src) : null
  if (kind === 'video' && durationSec === null) throw errors.validation.mediaUnreadable()
  const found = { kind, mime: type.mime, size: src.size, durationSec }
  const problem = mediaProblem(found)
  if (problem) throw errors.validation.mediaTooLarge(problem)
  return found
}
