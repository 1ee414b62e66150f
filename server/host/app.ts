import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { HTTP_STATUS, type Envelope } from '../../src/core/envelope'
import { FUNCTIONS } from './registry'
import type { DiskMedia } from '../adapters/local/disk-media'
import { invoke, type Services } from '../runtime/context'
import { callerOf, send } from './http'
import { serveStatic } from './static'
import { receiveUpload, serveUpload } from './uploads'

const BODY_LIMIT = 1024 * 1024

export interface HostOptions {
  services: Services
  /** The H5 build to serve at '/'; absent in function-only hosts (tests). */
  webRoot?: string
  /** Where uploads go (the same store as services.media); absent, the host takes none. */
  uploads?: DiskMedia
}


async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > BODY_LIMIT) throw new RangeError('body too large')
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}

async function handleFunction(name: string, req: IncomingMessage, res: ServerResponse, services: Services) {
  const handler = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
  if (!handler) return send(res, 404, { code: 'NOT_FOUND', data: null, message: '没有这个功能' } satisfies Envelope)
  let event: unknown
  try {
    event = await readJson(req)
  } catch (e) {
    const tooLarge = e instanceof RangeError
    return send(
      res,
      tooLarge ? 413 : 400,
      { code: 'VALIDATION', data: null, message: tooLarge ? '提交的内容太大' : '请求格式不正确' } satisfies Envelope,
      { unread: tooLarge },
    )
  }
  const envelope = await invoke(handler, event, services, callerOf(req))
  send(res, HTTP_STATUS[envelope.code], envelope)
}

/** The Node host: the H5 build, the functions, and a health check, on one port. */
export function createHost({ services, webRoot, uploads }: HostOptions): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host')
    const fn = /^\/fn\/([a-zA-Z][\w-]*)$/.exec(url.pathname)
    const work = async () => {
      if (url.pathname === '/healthz') return send(res, 200, { ok: true, database: services.db.kind })
      if (fn) {
        if (req.method !== 'POST') return send(res, 405, { code: 'VALIDATION', data: null, message: '请使用 POST 调用' })
        return handleFunction(fn[1], req, res, services)
      }
      if (uploads && url.pathname === '/media' && req.method === 'POST') return receiveUpload(req, res, services, uploads)
      if (uploads && url.pathname.startsWith('/media/') && req.method === 'GET') return serveUpload(url.pathname, res, uploads)
      if (webRoot && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(webRoot, url.pathname, req, res)
      send(res, 404, { code: 'NOT_FOUND', data: null, message: '没有找到相关内容' })
    }
    work().catch((e) => {
      console.error('[host error]', e)
      if (!res.headersSent) send(res, 500, { code: 'INTERNAL', data: null, message: '服务暂时不可用，请稍后再试' })
    })
  })
}
