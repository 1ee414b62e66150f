import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local HTTP fake of a JSON API (WeChat's, Tencent's): `answer` gives each request's body from its
 * URL; every URL asked is kept, in order.
 */
export async function serveJson(answer: (url: URL) => object): Promise<{ base: string; asked: URL[]; close(): Promise<void> }> {
  const asked: URL[] = []
  const fake: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    asked.push(url)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(answer(url)))
  })
  await new Promise<void>((ok) => fake.listen(0, '127.0.0.1', ok))
  return {
    base: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`,
    asked,
    close: () => new Promise((ok) => fake.close(() => ok())),
  }
}
