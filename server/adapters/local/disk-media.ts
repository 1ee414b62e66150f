import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { uploadFolder, type MediaStore } from '../../media/store'


export interface DiskMedia extends MediaStore {
  /** Stores one upload for this person and answers its key. */
  save(userId: string, body: Readable): Promise<string>
  /** The file on disk for a key (the URL path without its slash), or null when it is outside the folder. */
  fileOf(urlPath: string): string | null
}

/** Uploads as files in a folder, served by the host: the local stand-in for cloud storage. */
export function diskMedia(root: string): DiskMedia {
  const fileOf = (key: string): string | null => {
    const path = normalize(join(root, key))
    return path.startsWith(root + sep) ? path : null
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
    async urls(keys) {
      return new Map(keys.map((k) => [k, `/${k}`]))
    },
    async put(path, bytes) {
      const file = fileOf(path)
      if (!file) throw new Error(`outside the media folder: ${path}`)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, bytes)
      return path
    },
    async remove(key) {
      const path = fileOf(key)
      if (path) await rm(path, { force: true })
    },
  }
}
