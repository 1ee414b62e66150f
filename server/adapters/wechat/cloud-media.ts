import { createReadStream } from 'node:fs'
import type * as cloud from 'wx-server-sdk'
import { bufferSource, uploadFolder, type MediaStore } from '../../media/store'

/** The part of wx-server-sdk this store uses; tests hand in a fake of the same surface. */
export type CloudStorageSdk = Pick<typeof cloud, 'downloadFile' | 'getTempFileURL' | 'deleteFile' | 'uploadFile'>

/** CloudBase allows this many files per getTempFileURL call. */
const TEMP_URL_BATCH = 50
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Uploads in CloudBase storage. The mini-program uploads straight to
 * `media/<userId>/<name>` with wx.cloud.uploadFile; the key is the fileID it gets back.
 */
export function cloudMedia(sdk: CloudStorageSdk): MediaStore {
  const read = async (key: string) => {
    try {
      return (await sdk.downloadFile({ fileID: key })).fileContent
    } catch {
      return null
    }
  }
  return {
    ownedBy: (key, userId) => new RegExp(`^cloud://[^/]+/${escape(uploadFolder(userId))}/[\\w.-]{1,80}$`).test(key),
    read,
    async source(key) {
      const bytes = await read(key)
      return bytes && bufferSource(bytes)
    },
    async urls(keys) {
      const found = new Map<string, string>()
      for (let i = 0; i < keys.length; i += TEMP_URL_BATCH) {
        const r = await sdk.getTempFileURL({ fileList: keys.slice(i, i + TEMP_URL_BATCH) })
        for (const f of r ? r.fileList : []) if (f.status === 0) found.set(f.fileID, f.tempFileURL)
      }
      return found
    },
    async put(path, bytes) {
      return (await sdk.uploadFile({ cloudPath: path, fileContent: bytes })).fileID
    },
    async putFile(path, file) {
      return (await sdk.uploadFile({ cloudPath: path, fileContent: createReadStream(file) })).fileID
    },
    async remove(key) {
      await sdk.deleteFile({ fileList: [key] })
    },
  }
}
