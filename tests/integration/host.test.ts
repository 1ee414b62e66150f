import { BACKENDS, withDatabase } from '../support/backends'
import { withFunctionHost } from '../support/function-host'
import { fixture, scratchMedia } from '../support/media'

describe('host over HTTP', () => {
  const database = withDatabase(BACKENDS[0])
  const uploads = scratchMedia()
  const host = withFunctionHost(database, { media: uploads }, { uploads })
  let base: string
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })

  beforeAll(() => void (base = host.base))

  it('answers the health check', async () => {
    const r = await fetch(`${base}/healthz`)
    expect(r.status).toBe(200)
    expect(await r.json()).toMatchObject({ ok: true })
  })

  it('runs a function with the bearer token as identity, and mirrors codes in HTTP status', async () => {
    const login = await (await post('/fn/auth', JSON.stringify({ action: 'devLogin', persona: 'resident' }))).json()
    expect(login.code).toBe('OK')
    const noToken = await post('/fn/cases', JSON.stringify({ action: 'listMine' }))
    expect(noToken.status).toBe(401)
    expect(await noToken.json()).toEqual({ code: 'UNAUTHENTICATED', data: null, message: '登录已失效，请重新进入' })
    const ok = await post('/fn/cases', JSON.stringify({ action: 'listMine' }), { authorization: `Bearer ${login.data.token}` })
    expect(ok.status).toBe(200)
    expect((await ok.json()).data.items).toEqual([])
    const missing = await post('/fn/deputies', JSON.stringify({ action: 'get', code: 'ZZ999' }))
    expect(missing.status).toBe(404)
  })

  it('refuses broken requests with an envelope, never a stack trace', async () => {
    const bad = await post('/fn/cases', '{"action":')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ code: 'VALIDATION', data: null, message: '请求格式不正确' })
    expect((await post('/fn/nothing', '{}')).status).toBe(404)
    expect((await fetch(`${base}/fn/auth`)).status).toBe(405)
    const huge = await post('/fn/cases', JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }))
    expect(huge.status).toBe(413)
  })

  it('takes a multipart upload, checks it, and serves it back', async () => {
    const token = (await (await post('/fn/auth', JSON.stringify({ action: 'devLogin', openid: 'uploader' }))).json()).data.token
    // The multipart body a browser's FormData sends (built by hand: jest's realm and undici's FormData do not mix).
    const upload = (bytes: Buffer, auth = `Bearer ${token}`) => {
      const boundary = '----mashang1700000000000'
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="file-1700000000000"\r\ncontent-type: application/octet-stream\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      return fetch(`${base}/media`, { method: 'POST', body, headers: { authorization: auth, 'content-type': `multipart/form-data; boundary=${boundary}` } })
    }

    const ok = await upload(fixture('photo.jpg'))
    expect(ok.status).toBe(200)
    const item = (await ok.json()).data
    expect(item).toMatchObject({ kind: 'photo', durationSec: null })
    const served = await fetch(`${base}${item.url}`)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await served.arrayBuffer()).equals(fixture('photo.jpg'))).toBe(true)
    // Only by the signed address a view handed out: not by its path alone, nor with the signature changed.
    const path = new URL(item.url, base).pathname
    expect((await fetch(`${base}${path}`)).status).toBe(404)
    expect((await fetch(`${base}${item.url.replace(/s=[\w-]+/, `s=${'A'.repeat(32)}`)}`)).status).toBe(404)
    const expired = item.url.replace(/e=\d+/, `e=${Math.floor(Date.now() / 1000) - 60}`)
    expect((await fetch(`${base}${expired}`)).status).toBe(404)

    // A PDF (a signed answer) is served as one, sandboxed: whatever script it carries never runs as this site.
    const pdf = (await (await upload(fixture('answer.pdf'))).json()).data
    expect(pdf).toMatchObject({ kind: 'document' })
    const paper = await fetch(`${base}${pdf.url}`)
    expect(paper.headers.get('content-type')).toBe('application/pdf')
    expect(paper.headers.get('content-security-policy')).toBe('sandbox')

    expect((await upload(fixture('photo.jpg'), 'Bearer nobody')).status).toBe(401)
    const text = await upload(Buffer.from('not a picture at all'))
    expect(text.status).toBe(400)
    expect((await text.json()).message).toContain('只能上传照片')
    const huge = await upload(Buffer.concat([fixture('video-3s.mp4'), Buffer.alloc(50 * 1024 * 1024)]))
    expect(huge.status).toBe(413)
    expect((await huge.json()).message).toContain('文件太大')
    expect((await post('/media', '{}', { authorization: `Bearer ${token}` })).status).toBe(400)
    expect((await fetch(`${base}/media/../../etc/passwd`)).status).toBe(404)
  })

  it('hands an Excel export to the person who asked for it and to nobody else', async () => {
    const tokenOf = async (persona: string) => (await (await post('/fn/auth', JSON.stringify({ action: 'devLogin', persona }))).json()).data.token
    const office = await tokenOf('office')
    const day = new Date().toISOString().slice(0, 10)
    const made = await (await post('/fn/reports', JSON.stringify({ action: 'export', kind: 'report', from: day, to: day }), { authorization: `Bearer ${office}` })).json()
    expect(made.code).toBe('OK')
    const mine = await fetch(`${base}${made.data.url}`, { headers: { authorization: `Bearer ${office}` } })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('cache-control')).toBe('no-store')
    expect(mine.headers.get('content-disposition')).toContain('attachment')
    // An .xlsx is a zip: PK.
    expect(Buffer.from(await mine.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
    expect((await fetch(`${base}${made.data.url}`)).status).toBe(401)
    expect((await fetch(`${base}${made.data.url}`, { headers: { authorization: `Bearer ${await tokenOf('staff')}` } })).status).toBe(404)
    expect((await fetch(`${base}${made.data.url.replace(/s=[\w-]+/, `s=${'A'.repeat(32)}`)}`, { headers: { authorization: `Bearer ${office}` } })).status).toBe(404)
  })
})
