import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import { diskMedia } from '../../server/adapters/local/disk-media'

/** Real files a phone would send: a JPEG, a PNG, a 3-second and a 75-second MP4; and a one-page PDF, as a unit scans its signed answer. */
export const fixture = (name: 'photo.jpg' | 'photo.png' | 'video-3s.mp4' | 'video-75s.mp4' | 'answer.pdf') =>
  readFileSync(resolve(__dirname, '../fixtures', name))

/** A disk store in a fresh folder, as the host keeps one. */
export const scratchMedia = () => diskMedia(mkdtempSync(join(tmpdir(), 'ms-media-')))

/** Stores bytes as `userId`'s upload and answers the key, as POST /media does before registering. */
export const put = (store: ReturnType<typeof diskMedia>, userId: string, bytes: Buffer) => store.save(userId, Readable.from([bytes]))
