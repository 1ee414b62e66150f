import { randomUUID } from 'node:crypto'
import { authenticator } from 'otplib'
import { BACKENDS } from '../support/backends'
import { caller, login } from '../support/call'
import { withTeam } from '../support/loop'

jest.setTimeout(60_000)

/** A code the authenticator app shows `steps` periods of 30 s from now. */
const codeAt = (secret: string, steps = 0) => authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret)

describe.each(BACKENDS)('staff sign in at a desktop with a password and a TOTP code on $name', (backend) => {
  const env = withTeam(backend)
  const signIn = (account: string, password: string, totp: string) => env.call('auth', { action: 'password', account, password, totp })

  /** A staff member who set a password and enrolled an authenticator app; answers the app's secret. */
  async function enrolled(token: string, account: string, password: string) {
    expect(await env.call('auth', { action: 'setPassword', account, password }, token)).toMatchObject({ code: 'OK', data: { account, totpConfirmed: false } })
    const totp = await env.call('auth', { action: 'enrolTotp' }, token)
    expect(totp.data.uri).toMatch(/^otpauth:\/\/totp\/.+secret=/)
    expect(totp.data.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(await env.call('auth', { action: 'confirmTotp', totp: '000000' }, token)).toMatchObject({ code: 'VALIDATION' })
    expect(await env.call('auth', { action: 'confirmTotp', totp: codeAt(totp.data.secret) }, token)).toMatchObject({ code: 'OK', data: { totpConfirmed: true } })
    return totp.data.secret as string
  }

  it('signs a staff member in with account, password and a fresh code; the password is kept only as argon2id', async () => {
    const { call, db, t } = env
    const secret = await enrolled(t.staff.token, 'zhang.staff', 'Liaison2026go')
    const [stored] = await db.query<{ password_hash: string; totp_enc: string }>('select password_hash, totp_enc from credentials where account = $1', ['zhang.staff'])
    expect(stored.password_hash).toMatch(/^\$argon2id\$/)
    expect(stored.totp_enc).not.toContain(secret)

    const code = codeAt(secret, 1)
    const signed = await signIn('ZHANG.staff', 'Liaison2026go', code)
    expect(signed).toMatchObject({ code: 'OK', data: { token: expect.any(String), user: { role: 'staff', stationId: t.staff.user.stationId } } })
    expect((await call('cases', { action: 'inbox' }, signed.data.token)).code).toBe('OK')
    // A code is good once.
    expect(await signIn('zhang.staff', 'Liaison2026go', code)).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号、密码或动态码不正确' })
  })

  it('answers every wrong part alike, and locks the account for 15 minutes after five wrong tries, telling only its owner', async () => {
    const { db, t } = env
    const secret = await enrolled(t.department.token, 'li.dept', 'Department99ok')
    expect(await signIn('nobody-here', 'Department99ok', codeAt(secret, 1))).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号、密码或动态码不正确' })
    expect(await signIn('li.dept', 'wrong-password-1', codeAt(secret, 1))).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await signIn('li.dept', 'Department99ok', '123456')).toMatchObject({ code: 'UNAUTHENTICATED' })
    for (let i = 0; i < 3; i++) await signIn('li.dept', 'wrong-password-1', codeAt(secret, 1))
    // Five wrong in a row: even the right answer waits, answered as any wrong one; the owner hears of it in 消息.
    expect(await signIn('li.dept', 'Department99ok', codeAt(secret, 1))).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号、密码或动态码不正确' })
    const titles = ((await env.call('messages', { action: 'list' }, t.department.token)).data.items as { title: string }[]).map((m) => m.title)
    expect(titles).toContain('账号已临时锁定')
    await db.query(`update credentials set locked_until = now() - interval '1 second' where account = 'li.dept'`)
    expect((await signIn('li.dept', 'Department99ok', codeAt(secret, 1))).code).toBe('OK')
  })

  it('keeps passwords to bound staff, one account name each, and sign-in to confirmed codes and roles still held', async () => {
    const { call, db, t } = env
    expect(await call('auth', { action: 'setPassword', account: 'resident.x', password: 'Resident2026x' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('auth', { action: 'setPassword', account: 'zhang.staff', password: 'Another2026x' }, t.office.token)).toMatchObject({ code: 'CONFLICT' })
    expect(await call('auth', { action: 'setPassword', account: 'wang.office', password: 'short1' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '密码至少 10 位' })
    expect(await call('auth', { action: 'setPassword', account: 'wang.office', password: 'onlyletterspassword' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '密码需同时包含字母和数字' })
    expect(await call('auth', { action: 'enrolTotp' }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '请先设置登录密码' })
    // A password without a confirmed code does not sign in.
    expect((await call('auth', { action: 'setPassword', account: 'wang.office', password: 'OfficeDesk2026' }, t.office.token)).code).toBe('OK')
    expect(await signIn('wang.office', 'OfficeDesk2026', '123456')).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号、密码或动态码不正确' })
    // Without PHONE_KEY no secret can be kept.
    expect(await caller(db, { phoneKey: undefined })('auth', { action: 'enrolTotp' }, t.office.token)).toMatchObject({ code: 'VALIDATION' })

    // Unbound, the account no longer signs in.
    const person = await login(call, { openid: `r-${randomUUID()}` })
    await db.query(`update users set role = 'staff', station_id = $2, bound_at = now() where id = $1`, [person.user.id, t.staff.user.stationId])
    const secret = await enrolled(person.token, 'temp.staff', 'Temporary2026')
    await db.query(`update users set role = 'resident', station_id = null where id = $1`, [person.user.id])
    expect(await signIn('temp.staff', 'Temporary2026', codeAt(secret, 1))).toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
