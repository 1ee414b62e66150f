import type { Database } from '../../server/db/queryable'
import { templatesFrom, wechatPush } from '../../server/adapters/wechat/subscribe'
import { deliverPushes } from '../../server/messaging/deliver'
import type { Services } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { fakeSubscribeSdk, TEMPLATES_JSON } from '../support/fake-subscribe'
import { act, filing, withTeam, type Call, type Team } from '../support/loop'

describe.each(BACKENDS)('subscribe messages through the outbox on $name', (backend) => {
  const wx = fakeSubscribeSdk()
  const push = wechatPush(wx.sdk, templatesFrom(TEMPLATES_JSON))
  const env = withTeam(backend, { push })
  let db: Database, call: Call, t: Team, services: Services
  beforeAll(() => {
    ;({ db, call, t } = env)
    services = { db, demoLogins: true, now: () => new Date(), push }
  })
  beforeEach(() => wx.sent.splice(0))

  const openidOf = async (userId: string) => (await db.query<{ openid: string }>('select openid from users where id = $1', [userId]))[0].openid
  const outbox = (caseId: string) => db.query<{ status: string; attempts: number; user_id: string }>('select status, attempts, user_id from outbox where case_id = $1', [caseId])
  const subscribe = (token: string, accepted: string[]) => call('messages', { action: 'subscribed', accepted }, token)
  const file = async () => (await call('cases', filing(), t.resident.token)).data.id as string

  it('tells each person which template to allow, and counts only those this deployment uses', async () => {
    expect((await call('messages', { action: 'templates' }, t.resident.token)).data).toEqual({ ids: ['tmpl-status', 'tmpl-reminder'] })
    expect((await call('messages', { action: 'templates' }, t.deputy.token)).data).toEqual({ ids: ['tmpl-todo', 'tmpl-reminder'] })
    expect((await subscribe(t.resident.token, ['tmpl-status', 'someone-elses'])).data.quota).toEqual({ 'tmpl-status': 1 })
    expect(await subscribe(t.resident.token, Array(11).fill('x'))).toMatchObject({ code: 'VALIDATION' })
    // Spend it, so the next tests start from none.
    const id = await file()
    await act(call, db, t.staff.token, id, 'accept', {})
  })

  it('sends nothing, and says nothing, to a person without quota — the in-app message is still there', async () => {
    const id = await file()
    await act(call, db, t.staff.token, id, 'accept', {})
    expect(wx.sent).toEqual([])
    expect(await outbox(id)).toEqual([])
    const inbox = (await call('messages', { action: 'list' }, t.resident.token)).data.items
    expect(inbox.filter((m: { caseId: string }) => m.caseId === id).map((m: { title: string }) => m.title)).toEqual(['您的诉求已受理'])
  })

  it('sends one status message per allowed tap, with every field cut to its limit and the case page to open', async () => {
    const id = await call('cases', filing({ text: '小区东门外的人行道砖块松动多处，雨天踩上去溅水，老人孩子经过很容易滑倒摔伤' }), t.resident.token).then((r) => r.data.id)
    await subscribe(t.resident.token, ['tmpl-status'])
    await act(call, db, t.staff.token, id, 'accept', {})
    expect(wx.sent).toHaveLength(1)
    const [m] = wx.sent
    const number = (await call('cases', { action: 'get', id }, t.resident.token)).data.number
    expect(m).toMatchObject({ touser: await openidOf(t.resident.user.id), templateId: 'tmpl-status', page: `pages/case/index?id=${id}` })
    expect(m.data.character_string1.value).toBe(number)
    expect(m.data.phrase2.value).toBe('已受理')
    expect([...m.data.thing3.value]).toHaveLength(20)
    expect(m.data.thing3.value.endsWith('…')).toBe(true)
    expect(m.data.time4.value).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    // The quota is spent: the next step reaches 消息 only.
    await act(call, db, t.staff.token, id, 'dispatch', { departmentId: t.department.user.departmentId })
    expect(wx.sent).toHaveLength(1)
  })

  it('tells a deputy who allowed it of a new case, opening it in the deputy package', async () => {
    await subscribe(t.deputy.token, ['tmpl-todo'])
    const id = await file()
    expect(wx.sent).toEqual([expect.objectContaining({ touser: await openidOf(t.deputy.user.id), templateId: 'tmpl-todo', page: `packages/deputy/case/index?id=${id}` })])
    expect(wx.sent[0].data.thing1.value).toBe('新诉求待处理')
  })

  it('retries a failed send with backoff, exactly once in the end, even with two dispatchers', async () => {
    const id = await file()
    await subscribe(t.resident.token, ['tmpl-status'])
    wx.failNext(-501001)
    await act(call, db, t.staff.token, id, 'accept', {})
    expect(wx.sent).toEqual([])
    expect(await outbox(id)).toEqual([expect.objectContaining({ status: 'pending', attempts: 1 })])
    // Not due yet a second later; due after the first backoff (a minute), whoever runs first.
    expect((await deliverPushes({ ...services, now: () => new Date(Date.now() + 1000) })).sent).toBe(0)
    const later = { ...services, now: () => new Date(Date.now() + 61_000) }
    const [a, b] = await Promise.all([deliverPushes(later), deliverPushes(later)])
    expect(a.sent + b.sent).toBe(1)
    expect(wx.sent).toHaveLength(1)
    expect(await outbox(id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })])
    expect((await deliverPushes(later)).sent).toBe(0)
  })

  it('gives up on a send WeChat refuses, and counts no quota for that person from then on', async () => {
    await subscribe(t.resident.token, ['tmpl-status'])
    await subscribe(t.resident.token, ['tmpl-status'])
    wx.failNext(43101)
    const id = await file()
    await act(call, db, t.staff.token, id, 'accept', {})
    expect(await outbox(id)).toEqual([expect.objectContaining({ status: 'skipped' })])
    expect((await subscribe(t.resident.token, [])).data.quota).toEqual({ 'tmpl-status': 0 })
  })
})
