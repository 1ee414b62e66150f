import busboy from 'busboy'
import { fromFile } from 'file-type'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { HTTP_STATUS } from '../../src/core/envelope'
import { MEDIA_LIMITS, mediaProblem } from '../../src/core/media/limits'
import type { DiskMedia } from '../adapters/local/disk-media'
import { media } from '../functions/media'
import { viewerOfToken } from '../identity/accounts'
import { invoke, type Services } from '../runtime/context'
import { callerOf, send } from './http'

/**
 * POST /media: the host's stand-in for wx.cloud.uploadFile. One multipart file is streamed
 * to disk (cut off past the largest size allowed), then registered by the `media` function
 * exactly as a cloud upload is.
 */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, services: Services, uploads: DiskMedia) {
  const caller = callerOf(req)
  const user = caller.kind === 'token' ? await viewerOfToken(services.db, caller.token) : null
  if (!user) return send(res, 401, { code: 'UNAUTHENTICATED', data: null, message: '登录已失效，请重新进入' }, { unread: true })
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MEDIA_LIMITS.videoBytes } })
  } catch {
    return send(res, 400, { code: 'VALIDATION', data: null, message: '请选择要上传的文件' }, { unread: true })
  }
  let saved: Promise<string> | undefined
  let tooLarge = false
  parser.on('file', (_name, stream) => {
    stream.on('limit', () => (tooLarge = true))
    saved = uploads.save(user.id, stream)
  })
  await new Promise<void>((done, fail) => {
    parser.on('close', done)
    parser.on('error', fail)
    req.pipe(parser)
  })
  if (!saved) return send(res, 400, { code: 'VALIDATION', data: null, message: '请选择要上传的文件' })
  const key = await saved
  if (tooLarge) {
    await uploads.remove(key)
    return send(res, 413, { code: 'VALIDATION', data: null, message: `文件太大：${mediaProblem({ kind: 'video', size: Infinity })}` })
  }
  const envelope = await invoke(media, { action: 'register', key }, services, caller)
  send(res, HTTP_STATUS[envelope.code], envelope)
}

/** GET /media/…: a stored upload, typed by its bytes (they were checked when it was registered). */
export async function serveUpload(pathname: string, res: ServerResponse, uploads: DiskMedia) {
  const path = uploads.fileOf(decodeURIComponent(pathname.slice(1)))
  const size = path ? (await stat(path).catch(() => null))?.size : undefined
  if (!path || size === undefined) return send(res, 404, { code: 'NOT_FOUND', data: null, message: '文件不存在' })
  const type = await fromFile(path)
  res.writeHead(200, {
    'content-type': type?.mime ?? 'application/octet-stream',
    'content-length': String(size),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=86400',
  })
  createReadStream(path).pipe(res)
}
