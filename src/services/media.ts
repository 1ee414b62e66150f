import Taro from '@tarojs/taro'
import type { Envelope } from '../core/envelope'
import { MEDIA_TYPES, type MediaItem, type MediaKind } from '../core/media/limits'
import { registerUpload } from './api/media'
import { ApiError } from './api/call'
import { download } from './platform'
import { clearSession, ensureSession, sessionToken } from './session'

/** A file the person picked, before it is uploaded. */
export interface PickedFile {
  path: string
  kind: MediaKind
  size: number
  durationSec: number
}

/** weapp says 'image' / 'video'; the browser gives the MIME type. */
const kindOf = (fileType: string): MediaKind | null =>
  fileType === 'image' ? 'photo' : fileType === 'video' ? 'video' : (MEDIA_TYPES[fileType] ?? (/^image\//.test(fileType) ? 'photo' : /^video\//.test(fileType) ? 'video' : null))

/** Opens the album or camera for up to `photos` photos, and a video when `video` is allowed. */
export async function pickMedia(photos: number, video: boolean): Promise<PickedFile[]> {
  try {
    const r = await Taro.chooseMedia({
      count: Math.max(1, photos + (video ? 1 : 0)),
      mediaType: photos > 0 && video ? ['image', 'video'] : video ? ['video'] : ['image'],
      sourceType: ['album', 'camera'],
      maxDuration: 60,
      sizeType: ['compressed'],
    })
    return r.tempFiles.flatMap((f) => {
      const kind = kindOf(f.fileType)
      return kind ? [{ path: f.tempFilePath, kind, size: f.size, durationSec: f.duration ?? 0 }] : []
    })
  } catch {
    return [] // cancelled
  }
}

type Progress = (percent: number) => void

/** CloudBase: straight into the person's storage folder; the fileID is what gets registered. */
function uploadToCloud(file: PickedFile, userId: string, onProgress: Progress): Promise<string> {
  const ext = /\.(\w{2,5})$/.exec(file.path)?.[1] ?? { photo: 'jpg', video: 'mp4', document: 'pdf', docx: 'docx' }[file.kind]
  const cloudPath = `media/${userId}/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.${ext}`
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({ cloudPath, filePath: file.path, success: (r) => resolve(r.fileID), fail: reject })
    task?.onProgressUpdate?.((p) => onProgress(p.progress))
  })
}

/** The Node host: a multipart POST, answered with the `media` function's envelope. */
async function uploadToHost(file: PickedFile, onProgress: Progress): Promise<MediaItem> {
  const token = sessionToken()
  const task = Taro.uploadFile({
    url: `${API_BASE}/media`,
    filePath: file.path,
    name: 'file',
    header: token ? { authorization: `Bearer ${token}` } : {},
    timeout: 120000,
  })
  task.onProgressUpdate((p) => onProgress(p.progress))
  let env: Envelope<MediaItem>
  try {
    const res = await task
    env = JSON.parse(String(res.data)) as Envelope<MediaItem>
  } catch {
    throw new ApiError('NETWORK', '上传失败，请检查网络后重试')
  }
  if (env.code !== 'OK' || !env.data) throw new ApiError(env.code, env.message)
  return env.data
}

/** Uploads one picked file and answers the attachment the server made of it. */
export async function uploadMedia(file: PickedFile, onProgress: Progress): Promise<MediaItem> {
  const user = await ensureSession()
  if (!USE_CLOUD) {
    try {
      return await uploadToHost(file, onProgress)
    } catch (e) {
      // A session the host no longer knows is renewed once, as callFunction does.
      if (!(e instanceof ApiError && e.code === 'UNAUTHENTICATED')) throw e
      clearSession()
      await ensureSession()
      return uploadToHost(file, onProgress)
    }
  }
  let key: string
  try {
    key = await uploadToCloud(file, user.id, onProgress)
  } catch {
    throw new ApiError('NETWORK', '上传失败，请检查网络后重试')
  }
  return registerUpload(key)
}

/** Host URLs are paths on the host; cloud URLs are whole. */
export const mediaSrc = (url: string) => (url.startsWith('/') ? `${API_BASE}${url}` : url)

export const previewPhotos = (urls: string[], current: string) =>
  Taro.previewImage({ urls: urls.map(mediaSrc), current: mediaSrc(current) }).catch(() => undefined)

/**
 * Saves a picture the server made (a poster) to the phone's album; a browser downloads it.
 * Answers a message for the person when it could not be saved.
 */
export async function saveImage(url: string, fileName: string): Promise<string | null> {
  const src = mediaSrc(url)
  if (process.env.TARO_ENV !== 'weapp') {
    const a = document.createElement('a')
    a.href = src
    a.download = fileName
    document.body.appendChild(a)
    a.click()
    a.remove()
    return null
  }
  try {
    const file = await Taro.downloadFile({ url: src })
    if (file.statusCode !== 200) return '下载失败，请稍后再试'
    await Taro.saveImageToPhotosAlbum({ filePath: file.tempFilePath })
    return null
  } catch (e) {
    const msg = String((e as { errMsg?: string }).errMsg ?? '')
    if (msg.includes('cancel')) return '已取消保存'
    return msg.includes('auth') ? '请在设置中允许“保存到相册”后再试' : '保存失败，可点开图片后长按保存'
  }
}

/**
 * Opens an export the server made for this person (an .xlsx or a .docx): downloaded with their session
 * (the host gives it to nobody else), then a browser saves it and the mini-program opens it in
 * WeChat's viewer, from which it is forwarded or saved.
 */
export async function keepExport(url: string, fileName: string): Promise<void> {
  const token = sessionToken()
  const header: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
  if (process.env.TARO_ENV !== 'weapp') {
    const res = await fetch(mediaSrc(url), { headers: header }).catch(() => null)
    if (!res?.ok) throw new ApiError('NETWORK', '下载失败，请稍后再试')
    return download(fileName, await res.blob())
  }
  const file = await Taro.downloadFile({ url: mediaSrc(url), header }).catch(() => null)
  if (file?.statusCode !== 200) throw new ApiError('NETWORK', '下载失败，请稍后再试')
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: fileName.endsWith('.docx') ? 'docx' : 'xlsx', showMenu: true })
}
