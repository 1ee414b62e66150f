import fastifyCompress from '@fastify/compress'
import fastifyMultipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import type { ResultCode } from '../../src/core/envelope'
import { MEDIA_LIMITS } from '../../src/core/media/limits'
import type { DiskMedia } from '../adapters/local/disk-media'
import { invoke, type Services } from '../runtime/context'
import { callerOf, replyWith, sendEnvelope } from './http'
import { registerOpen311 } from './open311'
import { FUNCTIONS } from './registry'
import { receiveUpload, serveExport, serveUpload } from './uploads'

const BODY_LIMIT = 1024 * 1024

export interface HostOptions {
  services: Services
  /** The H5 build to serve at '/'; absent in function-only hosts (tests). */
  webRoot?: string
  /** Where uploads go (the same store as services.media); absent, the host takes none. */
  uploads?: DiskMedia
  /**
   * The proxy in front (TRUST_PROXY: its address, or addresses comma-separated): only then is a
   * caller's address taken from X-Forwarded-For, as that proxy saw the client; else the socket's.
   */
  trustProxy?: string
}

/** What a broken request is told, by the framework's error code. */
const REQUEST_ERRORS: Record<string, [ResultCode, string, number?]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['VALIDATION', '提交的内容太大', 413],
  FST_REQ_FILE_TOO_LARGE: ['VALIDATION', '文件太大', 413],
}

/**
 * The Node host (fastify): the H5 build, the functions, uploads, exports, open data (Open311)
 * and a health check, on one port. The framework reads, limits and parses bodies; a request
 * that breaks off midway ends that request and nothing else.
 */
export async function createHost({ services, webRoot, uploads, trustProxy }: HostOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT, return503OnClosing: true, ...(trustProxy ? { trustProxy } : {}) })
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['gzip'] })

  // Function calls carry JSON whatever their content type says; an empty body is an empty event.
  app.removeContentTypeParser(['application/json', 'text/plain'])
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, body ? JSON.parse(body as string) : {})
    } catch {
      done(Object.assign(new Error('bad json'), { statusCode: 400 }), undefined)
    }
  })
  app.setErrorHandler((err: { code?: string; statusCode?: number }, _req, reply) => {
    const known = err.code ? REQUEST_ERRORS[err.code] : undefined
    if (known) return sendEnvelope(reply, known[0], known[1], { status: known[2], close: true })
    if (err.statusCode && err.statusCode < 500) return sendEnvelope(reply, 'VALIDATION', '请求格式不正确', { status: 400, close: true })
    console.error('[host error]', err)
    return sendEnvelope(reply, 'INTERNAL', '服务暂时不可用，请稍后再试')
  })

  app.get('/healthz', async () => ({ ok: true, database: services.db.kind }))
  app.post<{ Params: { name: string } }>('/fn/:name', async (req, reply) => {
    const name = req.params.name
    const handler = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
    if (!handler) return sendEnvelope(reply, 'NOT_FOUND', '没有这个功能')
    const envelope = await invoke(handler, req.body, services, callerOf(req.headers.authorization, req.ip))
    return replyWith(reply, envelope)
  })
  app.get('/fn/:name', (_req, reply) => sendEnvelope(reply, 'VALIDATION', '请使用 POST 调用', { status: 405 }))
  await registerOpen311(app, services)

  if (uploads) {
    await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, parts: 2, fileSize: MEDIA_LIMITS.videoBytes } })
    app.post('/media', (req, reply) => receiveUpload(req, reply, services, uploads))
    app.get('/media/*', (req, reply) => serveUpload(req, reply, uploads))
    app.get('/exports/*', (req, reply) => serveExport(req, reply, services, uploads))
  }

  if (webRoot) {
    // Hashed assets never change; the HTML must be fetched fresh.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      cacheControl: false,
      setHeaders: (res, path) => res.setHeader('cache-control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
    })
  }
  // The router uses browser paths (QR codes open /pages/deputy/index?…): any other page path gets index.html.
  app.setNotFoundHandler((req, reply) => {
    const page = webRoot && (req.method === 'GET' || req.method === 'HEAD') && !/^\/(fn|media|exports|open311)\//.test(req.url)
    return page ? reply.header('cache-control', 'no-cache').sendFile('index.html') : sendEnvelope(reply, 'NOT_FOUND', '没有找到相关内容')
  })
  return app
}
