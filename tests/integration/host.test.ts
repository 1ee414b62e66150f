import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { openDatabase, type Database } from '../../server/db/database'
import { createHost } from '../../server/host/app'
import { seedDemoDistrict } from '../../server/seed/demo-district'

describe('host over HTTP', () => {
  let db: Database
  let server: Server
  let base: string
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })

  beforeAll(async () => {
    db = await openDatabase({})
    await seedDemoDistrict(db)
    server = createHost({ services: { db, production: false, now: () => new Date() } })
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.close()
    await db.close()
  })

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
})
