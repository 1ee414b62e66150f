import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { uploadFolder, type MediaStore } from '../../media/store'


export interface DiskMedia extends MediaStore {
  /** Stores one upload for this person and answers its key. */
  save(userId: string, body: Readable): Promise<string>
  /** The file on disk for a key (the URL path without its slash), or null when it is outside the folder. */
  fileOf(urlPath: string): string | null
  /** Whether a URL's expiry and signature (`e`, `s`) are this store's and still good. */
  signedFor(key: string, query: { e?: string; s?: string }, now?: Date): boolean
}

/** How long a file's address works: like CloudBase's temporary URLs, it is handed out again with each view. */
const URL_HOURS = 3
const HOUR = 3_600_000

/**
 * Uploads as files in a folder, served by the host: the local stand-in for cloud storage.
 * Addresses are signed and expire (`urlKey`, random per process unless the host sets one), so
 * a file is reachable only through a view that showed it, and not for ever.
 */
export function diskMedia(root: string, urlKey: Buffer = randomBytes(32)): DiskMedia {
  const sign = (key: string, expires: number) => createHmac('sha256', urlKey).update(`${key}\n${expires}`).digest('base64url').slice(0, 32)
  const fileOf = (key: string): string | null => {
    const path = normalize(join(root, key))
    return path.startsWith(root + sep) ? path : null
  }
  /** Where a file the server made goes, its folder made. */
  const placeFor = async (path: string) => {
    const file = fileOf(path)
    if (!file) throw new Error(`outside the media folder: ${path}`)
    await mkdir(dirname(file), { recursive: true })
    return file
  }
  return {
    async save(userId, body) {
      const key = `${uploadFolder(userId)}/${randomUUID()}`
      const path = fileOf(key)!
      await mkdir(dirname(path), { recursive: true })
      try {
        await pipeline(body, createWriteStream(path))
      } catch (e) {
        // A cut-off or refused upload leaves no partial file behind.
        await rm(path, { force: true })
        throw e
      }
      return key
    },
    fileOf,
    ownedBy: (key, userId) => new RegExp(`^${uploadFolder(userId)}/[0-9a-f-]{36}$`).test(key),
    async read(key) {
      const path = fileOf(key)
      return path ? readFile(path).catch(() => null) : null
    },
    async source(key) {
      const path = fileOf(key)
      const file = path ? await open(path).catch(() => null) : null
      if (!file) return null
      const { size } = await file.stat()
      return {
        size,
        async read(start, length) {
          const into = Buffer.alloc(Math.max(0, Math.min(length, size - start)))
          const { bytesRead } = await file.read(into, 0, into.length, start)
          return into.subarray(0, bytesRead)
        },
        close: () => file.close(),
      }
    },
    async urls(keys) {
      // Whole hours, so the same file has the same address for a while and can be cached.
      const expires = (Math.floor(Date.now() / HOUR) + URL_HOURS) * HOUR / 1000
      return new Map(keys.map((k) => [k, `/${k}?e=${expires}&s=${sign(k, expires)}`]))
    },
    signedFor(key, { e, s }, now = new Date()) {
      const expires = Number(e)
      if (!Number.isInteger(expires) || expires * 1000 < now.getTime() || typeof s !== 'string') return false
      const want = Buffer.from(sign(key, expires))
      const got = Buffer.from(s)
      return got.length === want.length && timingSafeEqual(got, want)
    },
    async put(path, bytes) {
      await writeFile(await placeFor(path), bytes)
      return path
    },
    async putFile(path, from) {
      await copyFile(from, await placeFor(path))
      return path
    },
    async remove(key) {
      const path = fileOf(key)
      if (path) await rm(path, { force: true })
    },
  }
}
