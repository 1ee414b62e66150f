import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Asked {
  url: URL
  headers: IncomingHttpHeaders
  /** A POST's JSON body; undefined for a GET. */
  body?: unknown
}

/**
 * A local HTTP fake of a JSON API (WeChat's, Tencent's): `answer` gives each request's body from its
 * URL (and a POST's JSON body and headers); every URL asked is kept, in order.
 */
export async function serveJson(answer: (url: URL, request: Asked) => object): Promise<{ base: string; asked: URL[]; close(): Promise<void> }> {
  const asked: URL[] = []
  const fake: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x')
      asked.push(url)
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        body = raw
      }
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(answer(url, { url, headers: req.headers, body })))
    })
  })
  await new Promise<void>((ok) => fake.listen(0, '127.0.0.1', ok))
  return {
    base: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`,
    asked,
    close: () => new Promise((ok) => fake.close(() => ok())),
  }
}
