import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fakeJscode2session } from '../support/fake-jscode2session'
import { OPEN_MS } from '../support/hooks'
import { startHost, type RunningHost } from '../support/host-process'
import { scratchDatabase } from '../support/postgres'
import { workbookOf } from '../support/workbook'

jest.setTimeout(180_000)

// The issue's "done when", over HTTP on the real host: on an empty PostgreSQL database (PGlite where no server is offered).
const onPostgres = process.env.TEST_POSTGRES === '1'

describe(`a district goes live on an empty ${onPostgres ? 'PostgreSQL' : 'PGlite'} database and a production host`, () => {
  let fake: Awaited<ReturnType<typeof fakeJscode2session>>
  let host: RunningHost
  /** The host as it starts: the end stops it even when the test ran out of time while it came up. */
  let starting: Promise<RunningHost> | undefined
  let database: { env: Record<string, string>; drop(): Promise<void> }
  beforeAll(async () => {
    fake = await fakeJscode2session()
    if (onPostgres) {
      const scratch = await scratchDatabase()
      database = { env: { DATABASE_URL: scratch.url }, drop: scratch.drop }
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'ms-golive-'))
      database = { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) }
    }
  })
  afterAll(async () => {
    await (await starting?.catch(() => undefined))?.stop()
    await database?.drop()
    await fake?.close()
  }, OPEN_MS)

  const fn = async (name: string, event: Record<string, unknown>, token?: string) => {
    const r = await fetch(`${host.base}/fn/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(event),
    })
    return r.json()
  }
  /** Someone opens the mini-program: wx.login's code, exchanged by the host at (the fake of) WeChat. */
  const signIn = async () => {
    const r = await fn('auth', { action: 'wxLogin', code: `code-${randomUUID().replace(/-/g, '')}` })
    expect(r).toMatchObject({ code: 'OK', data: { user: { role: 'resident' } } })
    return r.data.token as string
  }
  /** Binding a code starts a new session in the role: its token is the one to go on with. */
  const bind = async (token: string, code: string, role: string): Promise<string> => {
    const r = await fn('auth', { action: 'bind', code }, token)
    expect(r).toMatchObject({ code: 'OK', data: { token: expect.any(String), user: { role } } })
    return r.data.token
  }

  it('bootstrap → the admin binds → imports from Excel → binds staff, a deputy and a department → a resident files to the deputy, who answers', async () => {
    const boot = spawnSync('npx', ['tsx', 'scripts/admin.ts', 'bootstrap', '--district', '万荣县', '--code', '140822', '--prefix', 'WR'], {
      cwd: resolve(__dirname, '../..'), env: { ...process.env, DATABASE_URL: '', ...database.env }, encoding: 'utf8',
    })
    expect(boot.status).toBe(0)
    const adminCode = boot.stdout.trim().split('\n').at(-1)!

    host = await (starting = startHost({ NODE_ENV: 'production', ...database.env, WECHAT_APPID: 'wx-test', WECHAT_SECRET: 's3cret', WECHAT_API_BASE: fake.base }))
    expect(await fn('auth', { action: 'devLogin', persona: 'admin' })).toMatchObject({ code: 'FORBIDDEN' })

    const admin = await bind(await signIn(), adminCode, 'admin')
    const workbook = await workbookOf({
      站点: [['WR01', '解店镇人大代表联络站', '联络站', '解店镇', '东街社区', '解店镇人民政府一楼', '35.4', '110.8', '工作日 9:00–17:00', '0359-4521234']],
      代表: [['WRD001', '王建国', '县区', '', 'WR01', '', '在任'], ['WRD002', '李秀英', '县区、乡镇', '', 'WR01', '', '在任']],
      部门: [['WRP01', '县住建局']],
      类别: [['道路交通', 'WRP01'], ['其他', '']],
      节假日: [['2027-01-01', '休', '元旦']],
    })
    const imported = await fn('admin', { action: 'import', workbook }, admin)
    expect(imported).toMatchObject({ code: 'OK', data: { errors: [], counts: { 站点: { created: 1 }, 代表: { created: 2 }, 部门: { created: 1 }, 类别: { created: 2 } } } })

    const issue = async (e: Record<string, unknown>) => (await fn('admin', { action: 'issueBinding', ...e }, admin)).data.code as string
    const staff = await bind(await signIn(), await issue({ role: 'staff', stationCode: 'WR01' }), 'staff')
    const deputy = await bind(await signIn(), await issue({ role: 'deputy', deputyCode: 'WRD001' }), 'deputy')
    const department = await bind(await signIn(), await issue({ role: 'department', departmentCode: 'WRP01' }), 'department')

    const resident = await signIn()
    const page = await fn('deputies', { action: 'get', code: 'WRD001' })
    expect(page.data).toMatchObject({ name: '王建国', station: { name: '解店镇人大代表联络站' }, categories: ['道路交通', '其他'] })
    const filed = await fn('cases', { action: 'submit', submissionId: `s-${randomUUID()}`, deputyCode: 'WRD001', category: '道路交通', text: '解店镇东街路灯坏了一个月，晚上出行很不方便', showPublicly: false }, resident)
    expect(filed).toMatchObject({ code: 'OK', data: { number: expect.stringMatching(/^WR-\d{4}-000001$/) } })

    const inbox = await fn('cases', { action: 'inbox' }, deputy)
    expect(inbox.data.items.map((c: { id: string }) => c.id)).toEqual([filed.data.id])
    const opened = await fn('cases', { action: 'get', id: filed.data.id }, deputy)
    const answered = await fn('cases', { action: 'answer', id: filed.data.id, version: opened.data.version, text: '已联系镇政府，本周内修好路灯' }, deputy)
    expect(answered.code).toBe('OK')
    const seen = await fn('cases', { action: 'get', id: filed.data.id }, resident)
    expect(seen.data).toMatchObject({ status: 'answered' })
    // The department has no order until the case is dispatched; the station's staff see it in their queue; no demo district anywhere.
    expect((await fn('cases', { action: 'inbox' }, department)).data.items).toEqual([])
    expect((await fn('cases', { action: 'inbox' }, staff)).data.items.map((c: { id: string }) => c.id)).toContain(filed.data.id)
    expect((await fn('admin', { action: 'records', sheet: '站点' }, admin)).data.items.map((s: { key: string }) => s.key)).toEqual(['WR01'])
    expect((await fn('stations', { action: 'list' })).data.items.map((s: { code: string }) => s.code)).toEqual(['WR01'])
    expect(host.output()).not.toContain('已写入演示数据')
  })
})
