import { setTimeout as sleep } from 'node:timers/promises'
import { fixture } from '../support/media'
import { opened, OPEN_MS } from '../support/hooks'
import { startHost, type RunningHost } from '../support/host-process'
import { multipart, openFiles, rawRequest } from '../support/raw-http'

/**
 * The host as a failing network and a careless client meet it: uploads cut off midway,
 * connections dropped mid-upload and mid-download. It must keep answering, and hold no
 * more files open afterwards than before.
 */
describe('truncated and aborted uploads and downloads', () => {
  const running = opened(() => startHost(), (h) => h.stop())
  let host: RunningHost
  let token: string
  let videoUrl: string
  const video = Buffer.concat([fixture('video-3s.mp4')])

  beforeAll(async () => {
    host = running.value
    const login = await fetch(`${host.base}/fn/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'devLogin', persona: 'resident' }) })
    token = (await login.json()).data.token
    const { body, contentType } = multipart(video)
    const up = await fetch(`${host.base}/media`, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': contentType } })
    videoUrl = (await up.json()).data.url
  }, OPEN_MS)

  const healthy = async () => (await fetch(`${host.base}/healthz`)).status === 200

  it('survives a body that ends in the middle of the file', async () => {
    const { body, contentType } = multipart(fixture('photo.jpg'))
    const cut = body.subarray(0, body.length >> 1)
    const answer = await rawRequest(host.base, {
      method: 'POST', path: '/media', body: cut, close: 'answer',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': cut.length },
    })
    expect(answer).toMatch(/^HTTP\/1.1 400/)
    expect(answer).toContain('上传')
    expect(await healthy()).toBe(true)
  })

  it('keeps answering, and frees every file, after 1,000 cut-off uploads and cancelled downloads', async () => {
    const started = openFiles(host.pid)
    const { body, contentType } = multipart(video)
    const headers = { authorization: `Bearer ${token}`, 'content-type': contentType }
    const kinds = ['truncated', 'dropped upload', 'half-closed upload', 'cancelled download'] as const
    const counts = Object.fromEntries(kinds.map((k) => [k, 0]))
    for (let i = 0; i < 1000; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) => {
          const kind = kinds[(i + j) % kinds.length]
          counts[kind]++
          const send = 200 + (((i + j) * 7919) % (body.length - 400))
          if (kind === 'truncated')
            return rawRequest(host.base, { method: 'POST', path: '/media', body: body.subarray(0, send), headers: { ...headers, 'content-length': send } })
          if (kind === 'cancelled download')
            return rawRequest(host.base, { method: 'GET', path: videoUrl, headers: {}, close: 'destroy', readBytes: 1024 })
          return rawRequest(host.base, {
            method: 'POST', path: '/media', body, send, close: kind === 'dropped upload' ? 'destroy' : 'end',
            headers: { ...headers, 'content-length': body.length },
          })
        }),
      )
    }
    expect(await healthy()).toBe(true)
    // Sockets and files close a moment after the client goes away.
    let now = openFiles(host.pid)
    for (let t = 0; t < 50 && now > started; t++) {
      await sleep(100)
      now = openFiles(host.pid)
    }
    console.log(`1,000 aborted transfers ${JSON.stringify(counts)}: open files ${started} before, ${now} after`)
    expect(now).toBeLessThanOrEqual(started)
    // And a whole upload still works.
    const ok = await fetch(`${host.base}/media`, { method: 'POST', body, headers })
    expect(ok.status).toBe(200)
  }, 180_000)
})
