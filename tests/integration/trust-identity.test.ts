import { randomUUID } from 'node:crypto'
import { authenticator } from 'otplib'
import type { Envelope } from '../../src/core/envelope'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke, type Caller, type Services } from '../../server/runtime/context'
import { BACKENDS, withDatabase } from '../support/backends'
import { accountWith, caller, login, TEST_PHONE_KEY } from '../support/call'
import { withFunctionHost } from '../support/function-host'
import { withTeam, type Call, type Team } from '../support/loop'

const codeAt = (secret: string, steps = 0) => authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret)

/** Who may change credentials, every grant and sign-in written down, and limits that hold under concurrency and across callers. */
describe.each(BACKENDS)('credentials, roles and limits on $name', (backend) => {
  const env = withTeam(backend)
  let db: Database, call: Call, t: Team
  let admin: string
  beforeAll(async () => {
    ;({ db, call, t } = env)
    admin = (await login(call, { persona: 'admin' })).token
  })

  const audited = async (kind: string, subjectId?: string) =>
    (await call<{ items: { kind: string; detail: string; actorId: string | null }[] }>('audit', { action: 'search', kind, ...(subjectId ? { subjectId } : {}) }, admin)).data!.items
  /** A new person bound as staff of S01 by a code the admin issued. */
  const newStaff = async () => {
    const code = (await call<{ code: string }>('admin', { action: 'issueBinding', role: 'staff', stationCode: 'S01' }, admin)).data!.code
    const person = await login(call, { openid: `staff-${randomUUID()}` })
    const bound = await call<{ token: string; user: { id: string } }>('auth', { action: 'bind', code }, person.token)
    return { token: bound.data!.token, id: person.user.id }
  }
  const setUp = async (token: string, account: string, password: string) => {
    expect((await call('auth', { action: 'setPassword', account, password }, token)).code).toBe('OK')
    const enrolled = await call<{ secret: string }>('auth', { action: 'enrolTotp' }, token)
    expect((await call('auth', { action: 'confirmTotp', totp: codeAt(enrolled.data!.secret) }, token)).code).toBe('OK')
    return enrolled.data!.secret
  }

  it('writes down who gave whom which role, who took it back, and every grant by code', async () => {
    const issued = await call<{ id: string; code: string }>('admin', { action: 'issueBinding', role: 'department', departmentCode: 'BM01' }, admin)
    expect((await audited('role.grant', issued.data!.id)).map((e) => e.detail)).toEqual([expect.stringContaining('发放绑定码')])
    const person = await login(call, { openid: `dept-${randomUUID()}` })
    expect((await call('auth', { action: 'bind', code: issued.data!.code }, person.token)).code).toBe('OK')
    expect((await audited('role.grant', person.user.id)).map((e) => e.detail)).toEqual([expect.stringMatching(/使用绑定码 .{2}….*成为职能部门/)])
    expect((await call('admin', { action: 'unbind', userId: person.user.id }, admin)).code).toBe('OK')
    const revoked = await call<{ id: string }>('admin', { action: 'issueBinding', role: 'staff', stationCode: 'S01' }, admin)
    expect((await call('admin', { action: 'revokeBinding', id: revoked.data!.id }, admin)).code).toBe('OK')
    expect((await audited('role.revoke', person.user.id)).map((e) => e.detail)).toEqual(['解除职能部门身份'])
    expect((await audited('role.revoke', revoked.data!.id)).map((e) => e.detail)).toEqual([expect.stringContaining('作废绑定码')])
  })

  it('asks the current password and a current code to change credentials; the first setup only within a day of binding or of an admin’s reset', async () => {
    const staff = await newStaff()
    const secret = await setUp(staff.token, `s${randomUUID().slice(0, 8)}`, 'FirstPass2026')
    // A session alone changes nothing now.
    expect(await call('auth', { action: 'setPassword', account: 'taken.over', password: 'Attacker2026x' }, staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('auth', { action: 'enrolTotp' }, staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('auth', { action: 'setPassword', account: 'taken.over', password: 'Attacker2026x', currentPassword: 'wrong-one-1', currentTotp: codeAt(secret, 1) }, staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    const account = `s${randomUUID().slice(0, 8)}`
    expect(await call('auth', { action: 'setPassword', account, password: 'SecondPass2026', currentPassword: 'FirstPass2026', currentTotp: codeAt(secret, 1) }, staff.token)).toMatchObject({ code: 'OK', data: { account, totpConfirmed: true } })
    // The code that proved the change is used up; a minute later the new password signs in, the old one does not.
    expect((await call('auth', { action: 'password', account, password: 'SecondPass2026', totp: codeAt(secret, 1) })).code).toBe('UNAUTHENTICATED')
    await db.query('update credentials set totp_last_step = totp_last_step - 3 where account = $1', [account])
    expect((await call('auth', { action: 'password', account, password: 'FirstPass2026', totp: codeAt(secret) })).code).toBe('UNAUTHENTICATED')
    expect((await call('auth', { action: 'password', account, password: 'SecondPass2026', totp: codeAt(secret) })).code).toBe('OK')

    // Past a day from binding, a first setup needs the admin's reset.
    const late = await newStaff()
    const tomorrow = caller(db, { now: () => new Date(Date.now() + 25 * 3_600_000) })
    expect(await tomorrow('auth', { action: 'setPassword', account: `l${randomUUID().slice(0, 8)}`, password: 'LatePass2026x' }, late.token)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('24 小时内') })
    expect(await call('admin', { action: 'resetCredentials', userId: staff.id }, t.office.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('admin', { action: 'resetCredentials', userId: staff.id }, admin)).toMatchObject({ code: 'OK', data: { reset: true } })
    // The reset ends every session; signed in again, the person sets up afresh.
    expect(await call('auth', { action: 'me' }, staff.token)).toMatchObject({ code: 'UNAUTHENTICATED' })
    const [{ openid }] = await db.query<{ openid: string }>('select openid from users where id = $1', [staff.id])
    const again = (await login(call, { openid: openid.replace(/^device:/, '') })).token
    expect((await call('auth', { action: 'password', account, password: 'SecondPass2026', totp: codeAt(secret, 1) })).code).toBe('UNAUTHENTICATED')
    await setUp(again, `r${randomUUID().slice(0, 8)}`, 'ThirdPass2026x')
    // Newest first.
    expect((await audited('credential.change', staff.id)).map((e) => e.detail)).toEqual([
      '确认动态码', '绑定动态码（验证器）', expect.stringContaining('设置登录密码'), '系统管理员重置了登录密码和动态码，已退出全部登录',
      expect.stringContaining('修改登录密码'), '确认动态码', '绑定动态码（验证器）', expect.stringContaining('设置登录密码'),
    ])
  })

  it('answers a locked account, an unconfirmed code and a wrong password alike; audits every failure; refuses an address that fails too often', async () => {
    const staff = await newStaff()
    const account = `a${randomUUID().slice(0, 8)}`
    const secret = await setUp(staff.token, account, 'Address2026ok')
    const unconfirmed = await newStaff()
    const half = `h${randomUUID().slice(0, 8)}`
    expect((await call('auth', { action: 'setPassword', account: half, password: 'HalfDone2026x' }, unconfirmed.token)).code).toBe('OK')
    const from = (address: string) => (event: unknown) =>
      invoke(FUNCTIONS.auth, event, { db, demoLogins: true, now: () => new Date(), phoneKey: TEST_PHONE_KEY } as Services, { kind: 'anonymous', address } satisfies Caller) as Promise<Envelope>
    const here = from(`198.51.100.${Math.floor(Math.random() * 200)}`)
    const wrong = await here({ action: 'password', account, password: 'not-the-password-1', totp: codeAt(secret) })
    const answers = [wrong, await here({ action: 'password', account: half, password: 'HalfDone2026x', totp: '123456' })]
    for (let i = 0; i < 4; i++) await here({ action: 'password', account, password: 'not-the-password-1', totp: codeAt(secret) })
    answers.push(await here({ action: 'password', account, password: 'Address2026ok', totp: codeAt(secret) }))
    expect(answers).toEqual([wrong, wrong, wrong])
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号、密码或动态码不正确' })
    const heard = async (token: string) => ((await call('messages', { action: 'list' }, token)).data.items as { title: string }[]).map((m) => m.title)
    expect(await heard(staff.token)).toContain('账号已临时锁定')
    expect(await heard(unconfirmed.token)).toContain('请完成动态码设置')
    expect((await audited('signin.fail', staff.id)).map((e) => e.detail)).toEqual(expect.arrayContaining([expect.stringContaining('锁定 15 分钟'), expect.stringContaining('账号锁定中')]))

    // Twenty failures from one address, whatever the accounts: the address waits; another does not.
    for (let i = 0; i < 20; i++) await here({ action: 'password', account: `nobody-${i}`, password: 'whatever-1', totp: '000000' })
    expect(await here({ action: 'password', account: half, password: 'HalfDone2026x', totp: '123456' })).toMatchObject({ code: 'RATE_LIMITED' })
    expect(await from('198.51.100.250')({ action: 'password', account: half, password: 'HalfDone2026x', totp: '123456' })).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('counts forty wrong binding codes fired at once under the person’s lock: ten are tried, thirty refused', async () => {
    const person = await login(call, { openid: `guesser-${randomUUID()}` })
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => call('auth', { action: 'bind', code: `GUESS${String(i).padStart(3, '0')}` }, person.token)))
    const codes = answers.map((a) => a.code)
    expect(codes.filter((c) => c === 'VALIDATION')).toHaveLength(10)
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(30)
    const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from bind_attempts where user_id = $1', [person.user.id])
    expect(n).toBe(10)
  })

  it('keeps a district’s last admin when two admins unbind each other at once, and shows the office no part of an admin code', async () => {
    const district = (await db.query<{ id: string }>(`insert into districts (code, name, case_prefix) values ($1, '双管区', 'SG') returning id`, [randomUUID().slice(0, 6)]))[0].id
    const one = await accountWith(db, 'admin', { district_id: district })
    const two = await accountWith(db, 'admin', { district_id: district })
    const [a, b] = await Promise.all([call('admin', { action: 'unbind', userId: two.userId }, one.token), call('admin', { action: 'unbind', userId: one.userId }, two.token)])
    // One of them wins; the other is refused (the last admin, or no longer an admin at all).
    expect([a.code, b.code].filter((c) => c === 'OK')).toHaveLength(1)
    const [{ n }] = await db.query<{ n: number }>(`select count(*)::int as n from users where role = 'admin' and district_id = $1`, [district])
    expect(n).toBe(1)

    const adminCode = await call<{ id: string; code: string }>('admin', { action: 'issueBinding', role: 'admin' }, admin)
    const listed = await call<{ items: { id: string; hint: string }[] }>('admin', { action: 'bindings' }, t.office.token)
    expect(listed.data!.items.map((i) => i.id)).not.toContain(adminCode.data!.id)
    expect((await call<{ items: { id: string }[] }>('admin', { action: 'bindings' }, admin)).data!.items.map((i) => i.id)).toContain(adminCode.data!.id)
  })

  it('makes one first admin of two bootstrap codes redeemed at once', async () => {
    const name = `新区${randomUUID().slice(0, 4)}`
    const boot = caller(db, { bootstrap: { code: 'BOOTSTRAP9', district: name, divisionCode: `9${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`, prefix: 'XQ' } })
    const people = await Promise.all([1, 2].map(() => login(boot, { openid: `boot-${randomUUID()}` })))
    const answers = await Promise.all(people.map((p) => boot('auth', { action: 'bind', code: 'BOOTSTRAP9' }, p.token)))
    expect(answers.map((r) => r.code).sort()).toEqual(['OK', 'VALIDATION'])
    const [{ n }] = await db.query<{ n: number }>(`select count(*)::int as n from users u join districts d on d.id = u.district_id where u.role = 'admin' and d.name = $1`, [name])
    expect(n).toBe(1)
  })
})

describe('limits counted by address over HTTP, in the database', () => {
  const database = withDatabase(BACKENDS[0])
  const behindProxy = withFunctionHost(database, { phoneKey: TEST_PHONE_KEY }, { trustProxy: '127.0.0.1' })
  const direct = withFunctionHost(database, { phoneKey: TEST_PHONE_KEY })
  const signIn = (base: string, forwardedFor?: string) =>
    fetch(`${base}/fn/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ action: 'password', account: 'nobody', password: 'whatever-1', totp: '000000' }),
    }).then((r) => r.status)

  it('takes the client’s address from X-Forwarded-For only behind the trusted proxy, and counts it in the database', async () => {
    for (let i = 0; i < 20; i++) expect(await signIn(behindProxy.base, '203.0.113.5')).toBe(401)
    expect(await signIn(behindProxy.base, '203.0.113.5')).toBe(429)
    // A client's own forged hop before the proxy's does not make it someone else.
    expect(await signIn(behindProxy.base, '10.9.9.9, 203.0.113.5')).toBe(429)
    expect(await signIn(behindProxy.base, '203.0.113.6')).toBe(401)
    // Without a trusted proxy the header is nobody's word: the socket's address counts.
    expect(await signIn(direct.base, '203.0.113.7')).toBe(401)
    const [{ n }] = await database.db.query<{ n: number }>(`select count(*)::int as n from limit_hits where kind = 'signin' and key = 'ip:203.0.113.5'`)
    expect(n).toBe(20)
  })

  it('keeps the map lookups’ limit in the database, not in a process: a fresh copy of the functions still refuses', async () => {
    const services = { db: database.db, demoLogins: true, now: () => new Date() } as Services
    const token = (await login(caller(database.db), { openid: `mapper-${randomUUID()}` })).token
    const lookup = (run: typeof invoke, fns: typeof FUNCTIONS) => run(fns.places, { action: 'search', keyword: '火车站' }, services, { kind: 'token', token })
    for (let i = 0; i < 30; i++) expect((await lookup(invoke, FUNCTIONS)).code).toBe('OK')
    expect((await lookup(invoke, FUNCTIONS)).code).toBe('RATE_LIMITED')
    // The functions as a second process would load them: every module afresh, nothing shared in memory.
    let fresh: { invoke: typeof invoke; FUNCTIONS: typeof FUNCTIONS } | undefined
    jest.isolateModules(() => {
      fresh = { ...jest.requireActual<{ invoke: typeof invoke }>('../../server/runtime/context'), ...jest.requireActual<{ FUNCTIONS: typeof FUNCTIONS }>('../../server/host/registry') }
    })
    expect(fresh!.FUNCTIONS).not.toBe(FUNCTIONS)
    expect((await lookup(fresh!.invoke, fresh!.FUNCTIONS)).code).toBe('RATE_LIMITED')
  })
})
