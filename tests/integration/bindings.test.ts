import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { BINDING_ALPHABET } from '../../src/core/identity/bindings'
import { jscode2session } from '../../server/adapters/wechat/jscode2session'
import { openDatabase } from '../../server/db/database'
import { createSession } from '../../server/identity/users-repository'
import type { Database } from '../../server/db/queryable'
import { BACKENDS, withDatabase } from '../support/backends'
import { accountWith, caller, login } from '../support/call'
import { fakeJscode2session } from '../support/fake-jscode2session'
import { withTeam } from '../support/loop'
import { scratchDatabase } from '../support/postgres'

jest.setTimeout(60_000)

describe.each(BACKENDS)('roles by binding code on $name', (backend) => {
  const env = withTeam(backend)
  let admin: string
  beforeAll(async () => {
    admin = (await login(env.call, { persona: 'admin' })).token
  })
  const resident = () => login(env.call, { openid: `r-${randomUUID()}` })
  const stationId = async (code: string) => (await env.db.query<{ id: string }>('select id from stations where code = $1', [code]))[0].id
  const issue = async (token: string, e: Record<string, unknown>) => env.call('admin', { action: 'issueBinding', ...e }, token)

  it('gives a resident the role and scope of a code, however it is typed, and a new session that lasts as staff sessions do', async () => {
    const { call, db } = env
    const issued = await issue(admin, { role: 'staff', stationCode: 'S02' })
    expect(issued.code).toBe('OK')
    expect(issued.data.code).toMatch(new RegExp(`^[${BINDING_ALPHABET}]{8}$`))
    expect(new Date(issued.data.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    expect(Buffer.from(issued.data.qr.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()).toMatch(/^<svg[^>]*>.*<path/s)
    // Only a hash of the code is kept.
    expect(await db.query('select 1 from bindings where code_hash = $1 or hint = $1', [issued.data.code])).toEqual([])

    const person = await resident()
    const typed = `${issued.data.code.slice(0, 4).toLowerCase()}-${issued.data.code.slice(4)} `
    const bound = await call('auth', { action: 'bind', code: typed }, person.token)
    expect(bound).toMatchObject({ code: 'OK', data: { user: { role: 'staff', stationId: await stationId('S02') }, token: expect.any(String) } })
    expect(await call('auth', { action: 'me' }, person.token)).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect((await call('cases', { action: 'inbox' }, bound.data.token)).code).toBe('OK')
    const [session] = await db.query<{ idle_minutes: number }>('select idle_minutes from sessions where user_id = $1', [person.user.id])
    expect(session.idle_minutes).toBe(480)
  })

  it('refuses a used, expired, revoked or wrong code, saying which, and ten wrong codes an hour', async () => {
    const { call, db } = env
    const bindAs = async (token: string, code: string) => call('auth', { action: 'bind', code }, token)
    const used = (await issue(admin, { role: 'department', departmentCode: 'BM01' })).data.code
    expect((await bindAs((await resident()).token, used)).code).toBe('OK')
    expect(await bindAs((await resident()).token, used)).toMatchObject({ code: 'CONFLICT', message: '这个绑定码已经使用过，每个绑定码只能用一次' })

    const late = await issue(admin, { role: 'office' })
    await db.query(`update bindings set expires_at = now() - interval '1 second' where id = $1`, [late.data.id])
    expect(await bindAs((await resident()).token, late.data.code)).toMatchObject({ code: 'CONFLICT', message: '这个绑定码已过期（有效期 7 天），请向发放人重新申请' })

    const revoked = await issue(admin, { role: 'staff', stationCode: 'S01' })
    expect((await call('admin', { action: 'revokeBinding', id: revoked.data.id }, admin)).code).toBe('OK')
    expect(await call('admin', { action: 'revokeBinding', id: revoked.data.id }, admin)).toMatchObject({ code: 'CONFLICT' })
    expect(await bindAs((await resident()).token, revoked.data.code)).toMatchObject({ code: 'CONFLICT', message: '这个绑定码已作废，请向发放人重新申请' })

    const guesser = await resident()
    for (let i = 0; i < 10; i++) expect(await bindAs(guesser.token, 'ABCD-EFGH')).toMatchObject({ code: 'VALIDATION', message: '绑定码不正确，请核对后重新输入' })
    const good = (await issue(admin, { role: 'staff', stationCode: 'S01' })).data.code
    expect(await bindAs(guesser.token, good)).toMatchObject({ code: 'RATE_LIMITED' })
    expect(await call('auth', { action: 'bind', code: good })).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('lets each manager give only the roles in their reach', async () => {
    const { call, db, t } = env
    const office = t.office.token
    expect((await issue(office, { role: 'staff', stationCode: 'S03' })).code).toBe('OK')
    expect((await issue(office, { role: 'department', departmentCode: 'BM02' })).code).toBe('OK')
    for (const role of ['admin', 'office']) expect(await issue(office, { role })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await issue(office, { role: 'deputy', deputyCode: 'LZ001' })).toMatchObject({ code: 'FORBIDDEN' })

    // A station's staff: their own station's deputies only.
    expect((await issue(t.staff.token, { role: 'deputy', deputyCode: 'LZ001' })).code).toBe('OK')
    const elsewhere = (await db.query<{ code: string }>("select d.code from deputies d join stations s on s.id = d.station_id where s.code = 'S02' limit 1"))[0].code
    expect(await issue(t.staff.token, { role: 'deputy', deputyCode: elsewhere })).toMatchObject({ code: 'FORBIDDEN', message: '您不能为这个身份或范围发放绑定码' })
    expect(await issue(t.staff.token, { role: 'staff', stationCode: 'S01' })).toMatchObject({ code: 'FORBIDDEN' })
    for (const who of [t.resident, t.deputy, t.department]) expect(await issue(who.token, { role: 'staff', stationCode: 'S01' })).toMatchObject({ code: 'FORBIDDEN' })

    expect(await issue(admin, { role: 'deputy', deputyCode: 'NOPE' })).toMatchObject({ code: 'NOT_FOUND', message: '没有找到这个代表编码，请核对' })
    expect(await issue(admin, { role: 'staff' })).toMatchObject({ code: 'VALIDATION', message: '绑定联络站工作人员需要站点编码' })
    await db.query(`update deputies set active = false where code = $1`, [elsewhere])
    expect(await issue(admin, { role: 'deputy', deputyCode: elsewhere })).toMatchObject({ code: 'CONFLICT', message: '这位代表已离任，不能绑定' })
    await db.query(`update deputies set active = true where code = $1`, [elsewhere])
    expect(await call('admin', { action: 'bindings' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('lists codes and people in scope; unbinding signs the person out; the last admin stays', async () => {
    const { call, db, t } = env
    const [deputyHere] = await db.query<{ code: string }>("select d.code from deputies d join stations s on s.id = d.station_id where s.code = 'S01' and d.code <> 'LZ001' limit 1")
    const code = (await issue(t.staff.token, { role: 'deputy', deputyCode: deputyHere.code })).data
    const elsewhere = (await issue(admin, { role: 'staff', stationCode: 'S02' })).data
    const mine = (await call('admin', { action: 'bindings' }, t.staff.token)).data.items as { id: string }[]
    expect(mine.find((b) => b.id === code.id)).toMatchObject({ role: 'deputy', status: 'waiting', hint: code.code.slice(0, 2), scopeName: expect.stringContaining(deputyHere.code) })
    // Codes of another station are not this station's staff's to see; the admin sees both.
    expect(mine.map((b) => b.id)).not.toContain(elsewhere.id)
    expect((await call('admin', { action: 'bindings' }, admin)).data.items.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([code.id, elsewhere.id]))

    const deputy = await resident()
    const bound = (await call('auth', { action: 'bind', code: code.code }, deputy.token)).data
    expect((await call('admin', { action: 'bindings' }, t.staff.token)).data.items.find((b: { id: string }) => b.id === code.id).status).toBe('used')
    expect((await call('admin', { action: 'people' }, t.staff.token)).data.items.map((p: { id: string }) => p.id)).toContain(deputy.user.id)

    expect((await call('admin', { action: 'unbind', userId: deputy.user.id }, t.staff.token)).code).toBe('OK')
    expect(await call('auth', { action: 'me' }, bound.token)).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await call('admin', { action: 'unbind', userId: deputy.user.id }, t.staff.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await call('admin', { action: 'unbind', userId: t.office.user.id }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('admin', { action: 'unbind', userId: (await call('auth', { action: 'me' }, admin)).data.user.id }, admin)).toMatchObject({
      code: 'CONFLICT', message: '至少要保留一位系统管理员',
    })
  })

  it("binds CloudBase's first admin with ADMIN_BOOTSTRAP_CODE only while there is none", async () => {
    const { db } = env
    const boot = caller(db, { bootstrap: { code: 'first-admin-code-2026', district: '潞州区', divisionCode: '140403', prefix: 'LZ' } })
    const someone = await login(boot, { openid: `r-${randomUUID()}` })
    // The demo already has an admin.
    expect(await boot('auth', { action: 'bind', code: 'first-admin-code-2026' }, someone.token)).toMatchObject({ code: 'VALIDATION' })
    await db.query(`update users set role = 'office' where role = 'admin'`)
    try {
      expect(await boot('auth', { action: 'bind', code: 'FIRST-ADMIN-CODE-2026' }, someone.token)).toMatchObject({ code: 'OK', data: { user: { role: 'admin' } } })
    } finally {
      await db.query(`update users set role = 'admin' where openid = 'demo-admin'`)
    }
  })
})

describe.each(BACKENDS)('signing in on a production host on $name', (backend) => {
  let fake: Awaited<ReturnType<typeof fakeJscode2session>>
  let base = ''
  let asked: string[] = []
  beforeAll(async () => {
    fake = await fakeJscode2session()
    ;({ base, asked } = fake)
  })
  afterAll(() => fake.close())

  const database = withDatabase(backend)
  let db: Database
  beforeAll(() => void (db = database.db))

  it("signs a weapp in with wx.login's code through jscode2session, and offers no demo login", async () => {
    const call = caller(db, { demoLogins: false, codeSessions: jscode2session({ appid: 'wx-test', secret: 's3cret', base }) })
    const first = await call('auth', { action: 'wxLogin', code: 'code-abc' })
    expect(first).toMatchObject({ code: 'OK', data: { token: expect.any(String), user: { role: 'resident' } } })
    expect((await call('auth', { action: 'wxLogin', code: 'code-abc' })).data.user.id).toBe(first.data.user.id)
    expect(await call('auth', { action: 'wxLogin', code: 'stale' })).toMatchObject({ code: 'VALIDATION', message: '登录凭证已失效，请重新打开小程序' })
    expect(asked).toContain('/sns/jscode2session')
    expect(await call('auth', { action: 'devLogin', persona: 'admin' })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await caller(db, { demoLogins: false })('auth', { action: 'wxLogin', code: 'code-abc' })).toMatchObject({ code: 'VALIDATION' })
  })

  it("ends staff sessions after 8 idle hours and residents' after 30 days; signs out one device or every one", async () => {
    const call = caller(db)
    const staff = await accountWith(db, 'staff')
    const idle = async (userId: string) => (await db.query<{ idle_minutes: number }>('select idle_minutes from sessions where user_id = $1', [userId]))[0].idle_minutes
    expect(await idle(staff.userId)).toBe(8 * 60)
    await db.query(`update sessions set expires_at = now() - interval '1 second' where user_id = $1`, [staff.userId])
    expect(await call('auth', { action: 'me' }, staff.token)).toMatchObject({ code: 'UNAUTHENTICATED' })

    const person = await login(call, { openid: `r-${randomUUID()}` })
    expect(await idle(person.user.id)).toBe(30 * 24 * 60)
    const phone = await createSession(db, person.user.id)
    expect((await call('auth', { action: 'logout' }, person.token)).code).toBe('OK')
    expect(await call('auth', { action: 'me' }, person.token)).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect((await call('auth', { action: 'me' }, phone)).code).toBe('OK')
    const third = await createSession(db, person.user.id)
    expect((await call('auth', { action: 'logoutEverywhere' }, phone)).code).toBe('OK')
    for (const token of [phone, third]) expect(await call('auth', { action: 'me' }, token)).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  if (backend.name === 'PostgreSQL')
    it('bootstraps the first admin of a new district from the command line, the code alone on the last line', async () => {
      const scratch = await scratchDatabase()
      try {
        const run = (args: string[]) =>
          spawnSync('npx', ['tsx', 'scripts/admin.ts', ...args], { cwd: resolve(__dirname, '../..'), env: { ...process.env, DATABASE_URL: scratch.url }, encoding: 'utf8' })
        expect(run(['bootstrap', '--district', '测试区', '--prefix', 'CS']).status).toBe(2)
        const r = run(['bootstrap', '--district', '测试区', '--code', '140499', '--prefix', 'CS'])
        expect(r.status).toBe(0)
        const code = r.stdout.trim().split('\n').at(-1)!
        expect(code).toMatch(new RegExp(`^[${BINDING_ALPHABET}]{8}$`))
        const fresh = await openDatabase({ url: scratch.url })
        try {
          const call = caller(fresh, { demoLogins: false })
          const first = await accountWith(fresh, 'resident')
          const bound = await call('auth', { action: 'bind', code }, first.token)
          expect(bound).toMatchObject({ code: 'OK', data: { user: { role: 'admin', districtId: expect.any(String) } } })
          expect(await fresh.query('select name, code, case_prefix from districts')).toEqual([{ name: '测试区', code: '140499', case_prefix: 'CS' }])
          expect(await fresh.query('select 1 from stations')).toEqual([])
        } finally {
          await fresh.close()
        }
      } finally {
        await scratch.drop()
      }
    })
})
