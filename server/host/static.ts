import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])

/** Compressed bodies by path: the build does not change while the host runs. */
const gzipped = new Map<string, Buffer>()

async function fileAt(root: string, pathname: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(pathname)))
  if (path !== root && !path.startsWith(root + sep)) return null
  const s = await stat(path).catch(() => null)
  return s?.isFile() ? path : null
}

/**
 * Serves the H5 build. The router uses browser paths (QR codes open /pages/deputy/index?…),
 * so any path that is not a file gets index.html.
 */
export async function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse) {
  const path = (await fileAt(root, pathname)) ?? join(root, 'index.html')
  const ext = extname(path)
  let body: Buffer = await readFile(path)
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    // Hashed assets never change; the HTML must be fetched fresh.
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  }
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const cached = gzipped.get(path) ?? gzipSync(body)
    gzipped.set(path, cached)
    body = cached
    headers['content-encoding'] = 'gzip'
  }
  headers['content-length'] = String(body.length)
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}
