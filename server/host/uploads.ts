import { fromFile } from 'file-type'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { MEDIA_LIMITS, mediaProblem } from '../../src/core/media/limits'
import type { DiskMedia } from '../adapters/local/disk-media'
import { media } from '../functions/media'
import { isDomainError } from '../../src/core/errors'
import { viewerOfToken } from '../identity/accounts'
import { requireUploadAllowance } from '../media/uploads'
import { invoke, type Services } from '../runtime/context'
import { callerOf, replyWith, sendEnvelope } from './http'


/**
 * POST /media: the host's stand-in for wx.cloud.uploadFile. One multipart file is streamed
 * to disk (refused past the largest size allowed), then registered by the `media` function
 * exactly as a cloud upload is. An upload cut off midway leaves nothing behind.
 */
export async function receiveUpload(req: FastifyRequest, reply: FastifyReply, services: Services, uploads: DiskMedia) {
  const caller = callerOf(req.headers.authorization, req.ip)
  const user = caller.kind === 'token' ? await viewerOfToken(services.db, caller.token) : null
  if (!user) return sendEnvelope(reply, 'UNAUTHENTICATED', '登录已失效，请重新进入', { close: true })
  // Past the limits, the body is not even read.
  const refused = await requireUploadAllowance(services, user.id).then(() => null, (e: unknown) => e)
  if (refused) {
    if (!isDomainError(refused)) throw refused
    return sendEnvelope(reply, refused.code, refused.message, { close: true })
  }
  const noFile = () => sendEnvelope(reply, 'VALIDATION', '请选择要上传的文件', { close: true })
  if (!req.isMultipart()) return noFile()
  let key: string
  try {
    const file = await req.file()
    if (!file) return noFile()
    key = await uploads.save(user.id, file.file)
    if (file.file.truncated) {
      await uploads.remove(key)
      return sendEnvelope(reply, 'VALIDATION', `文件太大：${mediaProblem({ kind: 'video', size: MEDIA_LIMITS.videoBytes + 1 })}`, { status: 413, close: true })
    }
  } catch {
    return sendEnvelope(reply, 'VALIDATION', '上传没有完成，请重新上传', { close: true })
  }
  const envelope = await invoke(media, { action: 'register', key }, services, caller)
  return replyWith(reply, envelope)
}

/** A stored file by its key, when the address's signature is good and still in time; typed by its bytes. */
async function sendStored(req: FastifyRequest, reply: FastifyReply, uploads: DiskMedia, key: string, headers: Record<string, string>) {
  if (!uploads.signedFor(key, req.query as { e?: string; s?: string })) return sendEnvelope(reply, 'NOT_FOUND', '文件不存在或链接已过期')
  const path = uploads.fileOf(key)
  const size = path ? (await stat(path).catch(() => null))?.size : undefined
  if (!path || size === undefined) return sendEnvelope(reply, 'NOT_FOUND', '文件不存在')
  const type = await fromFile(path)
  return reply
    .headers({
      'content-type': type?.mime ?? 'application/octet-stream',
      'content-length': String(size),
      'x-content-type-options': 'nosniff',
      // A PDF may carry script: opened in the browser, it runs sandboxed, never as this site.
      ...(type?.mime === 'application/pdf' ? { 'content-security-policy': 'sandbox' } : {}),
      ...headers,
    })
    .send(createReadStream(path))
}

/** GET /media/…?e=…&s=…: a stored upload, by a signed address still good (its type checked when it was registered). */
export const serveUpload = (req: FastifyRequest, reply: FastifyReply, uploads: DiskMedia) =>
  sendStored(req, reply, uploads, `media/${(req.params as { '*': string })['*']}`, { 'cache-control': 'private, max-age=86400' })

/**
 * GET /exports/<userId>/<id>.xlsx (or .docx)?e=…&s=…: an export (a workbook, a document), to the person who asked for it and
 * nobody else — the signed address and that person's session both, never cached.
 */
export async function serveExport(req: FastifyRequest, reply: FastifyReply, services: Services, uploads: DiskMedia) {
  const path = (req.params as { '*': string })['*']
  const caller = callerOf(req.headers.authorization, req.ip)
  const user = caller.kind === 'token' ? await viewerOfToken(services.db, caller.token) : null
  if (!user) return sendEnvelope(reply, 'UNAUTHENTICATED', '登录已失效，请重新进入')
  if (path.split('/')[0] !== user.id) return sendEnvelope(reply, 'NOT_FOUND', '文件不存在或链接已过期')
  const ext = /\.(xlsx|docx)$/.exec(path)?.[1] ?? 'xlsx'
  return sendStored(req, reply, uploads, `exports/${path}`, { 'cache-control': 'no-store', 'content-disposition': `attachment; filename="export.${ext}"` })
}
