import { smsFrom } from '../../server/adapters/tencent/sms'
import { templatesFrom, wechatPush } from '../../server/adapters/wechat/subscribe'
import type { SmsPort } from '../../server/messaging/sms'
import { BACKENDS } from '../support/backends'
import { caller, login } from '../support/call'
import { fakeSubscribeSdk, TEMPLATES_JSON } from '../support/fake-subscribe'
import { fakeSmsEnv, fakeTencentSms } from '../support/fake-tencent-sms'
import { act, filing, payloadFor, withTeam } from '../support/loop'

const PUBLIC_URL = 'https://lz.example.cn'
let n = 0
/** A fresh mobile number per use, so texts and limits of one test never meet another's. */
const newPhone = () => `139${String(Date.now() % 1e5).padStart(5, '0')}${String(n++ % 1000).padStart(3, '0')}`

describe.each(BACKENDS)('people without a smartphone, by text, on $name', (backend) => {
  let fake: Awaited<ReturnType<typeof fakeTencentSms>>
  let port: SmsPort
  const sms: SmsPort = { send: (m) => port.send(m) }
  const wx = fakeSubscribeSdk()
  const env = withTeam(backend, { sms, publicUrl: PUBLIC_URL, push: wechatPush(wx.sdk, templatesFrom(TEMPLATES_JSON)) })
  beforeAll(async () => {
    fake = await fakeTencentSms()
    port = smsFrom(fakeSmsEnv(fake.base))!
  })
  afterAll(() => fake.close())

  const record = (token: string, over: Record<string, unknown> = {}) =>
    env.call('cases', { action: 'recordFor', submissionId: `rec-${Math.random().toString(36).slice(2, 12)}`, channel: 'phone', name: '李大爷', phone: '13800000000', category: '物业管理', text: '小区门口的路灯不亮了，晚上出门看不清', ...over }, token)
  const codeOf = (phone: string) => fake.to(phone).filter((t) => t.template === 'code').at(-1)?.params[0] ?? ''

  it('staff record a phone call for a named person, who gets a text with the number and where to claim it', async () => {
    const { call, t } = env
    const phone = newPhone()
    const r = await record(t.staff.token, { phone })
    expect(r.code).toBe('OK')
    const number = r.data.number as string
    expect(fake.to(phone)).toEqual([
      expect.objectContaining({ template: 'recorded', params: [number, `${PUBLIC_URL}/packages/account/claim/index?no=${encodeURIComponent(number)}`] }),
    ])
    expect(fake.to(phone)[0].text).toContain(`编号${number}`)
    const seen = (await call('cases', { action: 'get', id: r.data.id }, t.staff.token)).data
    expect(seen).toMatchObject({ recordedFor: { name: '李大爷', claimed: false }, phone, status: 'submitted' })
    // The station's inbox has it; the same submission answers the same case.
    expect(((await call('cases', { action: 'inbox' }, t.staff.token)).data.items as { id: string }[]).map((c) => c.id)).toContain(r.data.id)
    // Only a station's staff record for others; the person's words need a name and a number.
    for (const who of [t.resident, t.deputy, t.department, t.office]) expect((await record(who.token, { phone })).code).toBe('FORBIDDEN')
    expect(await record(t.staff.token, { name: ' ' })).toMatchObject({ code: 'VALIDATION', message: '请填写反映人姓名' })
    expect(await record(t.staff.token, { phone: '12345' })).toMatchObject({ code: 'VALIDATION', message: '请填写 11 位手机号码' })
    expect(await record(t.staff.token, { channel: 'fax' })).toMatchObject({ code: 'VALIDATION', message: '请选择来电或来访' })
  })

  it('the person claims every case recorded under their phone with a code texted to it, follows it by text, and rates it', async () => {
    const { call, t, db } = env
    const phone = newPhone()
    const id = (await record(t.staff.token, { phone })).data.id as string
    // A step before it is claimed reaches the person by text only.
    await act(call, db, t.staff.token, id, 'accept', {})
    expect(fake.to(phone).map((x) => x.template)).toEqual(['recorded', 'step'])
    expect(fake.to(phone)[1].text).toContain('有新进展：已受理')

    const person = await login(call, { openid: `r-claimer-${backend.name}` })
    // Someone asking for another number's code learns nothing, and that number gets no text.
    const other = newPhone()
    expect((await call('cases', { action: 'claimCode', phone: other }, person.token)).data).toEqual({ sentTo: `${other.slice(0, 3)}****${other.slice(-4)}` })
    expect(fake.to(other)).toEqual([])

    expect((await call('cases', { action: 'claimCode', phone }, person.token)).data).toEqual({ sentTo: `${phone.slice(0, 3)}****${phone.slice(-4)}` })
    const code = codeOf(phone)
    expect(code).toMatch(/^\d{6}$/)
    expect(fake.to(phone).at(-1)!.text).toContain(`验证码为${code}，10分钟内有效`)
    expect(await call('cases', { action: 'claimCode', phone }, person.token)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^验证码刚刚发过，请 \d+ 秒后再获取$/) })
    const wrong = code === '000000' ? '000001' : '000000'
    expect(await call('cases', { action: 'claim', phone, code: wrong }, person.token)).toMatchObject({ code: 'VALIDATION', message: '验证码不正确，还可以再试 4 次' })
    // Only a resident claims; a stranger's case list does not have it yet.
    expect((await call('cases', { action: 'claim', phone, code }, t.deputy.token)).code).toBe('FORBIDDEN')
    expect((await call('cases', { action: 'get', id }, person.token)).code).toBe('NOT_FOUND')

    const claimed = await call('cases', { action: 'claim', phone, code }, person.token)
    expect(claimed.data.claimed).toEqual([{ id, number: expect.any(String) }])
    expect(await call('cases', { action: 'claim', phone, code }, person.token)).toMatchObject({ code: 'VALIDATION', message: '验证码已失效，请重新获取' })
    expect(((await call('cases', { action: 'listMine' }, person.token)).data.items as { id: string }[]).map((c) => c.id)).toEqual([id])
    expect((await call('cases', { action: 'get', id }, t.staff.token)).data.recordedFor).toEqual({ name: '李大爷', claimed: true })

    // From now the person hears in the app; with no WeChat quota, each step still comes by text.
    for (const [who, action] of [['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve']] as const) {
      expect((await act(call, db, t[who].token, id, action, payloadFor(action, t))).code).toBe('OK')
    }
    expect(fake.to(phone).filter((x) => x.template === 'step').map((x) => x.params[1])).toEqual(['已受理', '已派单', '办理中', '已办结'])
    const titles = ((await call('messages', { action: 'list' }, person.token)).data.items as { title: string }[]).map((m) => m.title)
    expect(titles.length).toBeGreaterThan(0)
    const rated = await act(call, db, person.token, id, 'rate', { resultRating: '满意', followUpRating: '满意' })
    expect(rated.data).toMatchObject({ status: expect.stringMatching(/rated|closed/), resultRating: '满意', mine: true })
    // Their own rating is not texted back to them.
    expect(fake.to(phone).filter((x) => x.template === 'step')).toHaveLength(4)
  })

  it('a resident who left a phone and agreed gets a text for a step WeChat cannot push, and none when it can', async () => {
    const { call, t, db } = env
    const phone = newPhone()
    const resident = await login(call, { openid: `r-texted-${backend.name}` })
    const id = (await call('cases', filing({ phone, phoneConsent: true, smsNotify: true }), resident.token)).data.id as string
    await act(call, db, t.deputy.token, id, 'answer', { text: '已联系物业，本周修好' })
    expect(fake.to(phone).map((x) => x.params[1])).toEqual(['已答复'])
    // With a subscribe message allowed, WeChat pushes the next step and no text goes.
    await call('messages', { action: 'subscribed', accepted: ['tmpl-status'] }, resident.token)
    const second = (await call('cases', filing({ phone, phoneConsent: true, smsNotify: true }), resident.token)).data.id as string
    const pushed = wx.sent.length
    await act(call, db, t.staff.token, second, 'accept', {})
    expect(wx.sent.slice(pushed)).toEqual([expect.objectContaining({ templateId: 'tmpl-status' })])
    expect(fake.to(phone)).toHaveLength(1)
    // Without agreeing, no text.
    const quiet = newPhone()
    const third = (await call('cases', filing({ phone: quiet, phoneConsent: true }), resident.token)).data.id as string
    await act(call, db, t.staff.token, third, 'accept', {})
    expect(fake.to(quiet)).toEqual([])
    expect(await call('cases', filing({ smsNotify: true }), resident.token)).toMatchObject({ code: 'VALIDATION', message: '接收短信通知，请先留下手机号' })
  })

  it('limits texts per number in the database: a code a minute, five an hour, ten texts a day', async () => {
    const { db, t } = env
    const phone = newPhone()
    const start = Date.now()
    const person = await login(env.call, { openid: `r-limits-${backend.name}` })
    // Each ask is a new host's call (a restart, another container): the count is in the database.
    const askAt = (minutes: number) => caller(db, { sms, now: () => new Date(start + minutes * 60_000) })('cases', { action: 'claimCode', phone }, person.token)
    expect((await askAt(0)).code).toBe('OK')
    expect(await askAt(0.5)).toMatchObject({ code: 'RATE_LIMITED', message: '验证码刚刚发过，请 30 秒后再获取' })
    for (const m of [1.1, 2.2, 3.3, 4.4]) expect((await askAt(m)).code).toBe('OK')
    expect(await askAt(5.5)).toMatchObject({ code: 'RATE_LIMITED', message: '这个号码收到的短信太多，请明天再试，或联系联络站' })
    expect((await askAt(61)).code).toBe('OK')

    // Recorded texts past ten a day to one number are held back, not sent.
    const busy = newPhone()
    for (let i = 0; i < 11; i++) expect((await record(t.staff.token, { phone: busy })).code).toBe('OK')
    expect(fake.to(busy)).toHaveLength(10)
    const [row] = await db.query<{ n: number }>("select count(*)::int as n from sms_outbox where status = 'limited' and purpose = 'recorded'")
    expect(row.n).toBeGreaterThanOrEqual(1)
  })

  it('a text Tencent refuses says so; a code that did not go is not waiting to be used', async () => {
    const { call, t } = env
    const phone = newPhone()
    await record(t.staff.token, { phone })
    const person = await login(call, { openid: `r-refused-${backend.name}` })
    fake.failNext('LimitExceeded.PhoneNumberDailyLimit')
    expect(await call('cases', { action: 'claimCode', phone }, person.token)).toMatchObject({ code: 'VALIDATION', message: '暂时无法发送短信，请稍后再试或联系联络站' })
    const failed = await env.db.query<{ last_error: string }>("select last_error from sms_outbox where purpose = 'code' and status = 'failed'")
    expect(failed).toEqual([{ last_error: expect.stringContaining('LimitExceeded.PhoneNumberDailyLimit') }])
    expect(await call('cases', { action: 'claim', phone, code: '123456' }, person.token)).toMatchObject({ code: 'VALIDATION', message: '验证码已失效，请重新获取' })
    // Without an SMS service, nobody is promised a code.
    const bare = caller(env.db, {})
    expect(await bare('cases', { action: 'claimCode', phone }, person.token)).toMatchObject({ code: 'VALIDATION', message: '暂时无法发送短信，请稍后再试或联系联络站' })
  })
})
