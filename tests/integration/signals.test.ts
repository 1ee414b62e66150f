import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { filing, versionOf, withTeam } from '../support/loop'

const DAY = 86_400_000

describe.each(BACKENDS)('what residents are told and may press, on $name', (backend) => {
  const env = withTeam(backend)
  /** The timer as the host's ticker runs it, at a given moment. */
  const sweep = (at: Date) => invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db: env.db, demoLogins: true, now: () => at }, { kind: 'trigger' })
  const titles = async (token: string, caseId: string) =>
    ((await env.call('messages', { action: 'list' }, token)).data.items as { caseId: string; title: string }[]).filter((m) => m.caseId === caseId).map((m) => m.title)
  const urge = async (id: string, token: string) => env.call('cases', { action: 'urge', id, version: await versionOf(env.db, id) }, token)

  it('催办: once a stage is overdue, once per stage; the holder and the office hear of it', async () => {
    const { call, t } = env
    const id = (await call('cases', filing(), t.resident.token)).data.id as string
    expect(await urge(id, t.resident.token)).toMatchObject({ code: 'CONFLICT', message: '还在办理时限内，超期后才能催办' })
    expect((await sweep(new Date(Date.now() + 10 * DAY))).code).toBe('OK')
    const urged = await urge(id, t.resident.token)
    expect(urged.code).toBe('OK')
    expect(urged.data).toMatchObject({ status: 'submitted', overdue: true, urged: true })
    expect(urged.data.events.map((e: { type: string }) => e.type)).toEqual(['submit', 'overdue', 'urge'])
    // The deputy and the station that hold the stage, and the office, hear of it; the resident is not told of their own press.
    for (const who of [t.deputy, t.staff, t.office]) expect(await titles(who.token, id)).toContain('群众催办')
    expect(await titles(t.resident.token, id)).not.toContain('群众催办')
    expect(await urge(id, t.resident.token)).toMatchObject({ code: 'CONFLICT', message: '这一环节已经催办过了，办理人员和人大常委会办公室都已收到' })
    // Only its own resident may press it.
    const stranger = await login(call, { openid: `r-stranger-${backend.name}` })
    expect(await urge(id, stranger.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await urge(id, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    // A new stage may be urged again once it too runs late.
    expect((await call('cases', { action: 'accept', id, version: await versionOf(env.db, id) }, t.deputy.token)).data).toMatchObject({ status: 'accepted', urged: false, overdue: false })
    expect(await urge(id, t.resident.token)).toMatchObject({ code: 'CONFLICT', message: '还在办理时限内，超期后才能催办' })
    await sweep(new Date(Date.now() + 20 * DAY))
    expect((await urge(id, t.resident.token)).data).toMatchObject({ status: 'accepted', urged: true })
  })

  it('counts unread 消息 and 待评价, and lists the results waiting for a rating', async () => {
    const { call, t } = env
    const resident = await login(call, { openid: `r-signals-${backend.name}` })
    expect((await call('cases', { action: 'signals' }, resident.token)).data).toEqual({ unread: 0, toRate: 0 })
    const id = (await call('cases', filing(), resident.token)).data.id as string
    const other = (await call('cases', filing(), resident.token)).data.id as string
    await call('cases', { action: 'answer', id, version: await versionOf(env.db, id), text: '已联系物业，本周内修好声控灯' }, t.deputy.token)
    expect((await call('cases', { action: 'signals' }, resident.token)).data).toEqual({ unread: 1, toRate: 1 })
    const toRate = (await call('cases', { action: 'listMine', filter: 'toRate' }, resident.token)).data.items as { id: string }[]
    expect(toRate.map((c) => c.id)).toEqual([id])
    expect(((await call('cases', { action: 'listMine' }, resident.token)).data.items as { id: string }[]).map((c) => c.id)).toEqual([other, id])
    // Rated, it waits no more; read, the message no longer counts.
    await call('cases', { action: 'rate', id, version: await versionOf(env.db, id), resultRating: '满意', followUpRating: '满意' }, resident.token)
    const messages = (await call('messages', { action: 'list' }, resident.token)).data.items as { id: string }[]
    await call('messages', { action: 'read', ids: messages.map((m) => m.id) }, resident.token)
    expect((await call('cases', { action: 'signals' }, resident.token)).data).toEqual({ unread: 0, toRate: 0 })
    expect((await call('cases', { action: 'listMine', filter: 'toRate' }, resident.token)).data.items).toEqual([])
    expect(await call('cases', { action: 'listMine', filter: 'mine' }, resident.token)).toMatchObject({ code: 'VALIDATION', message: '不支持的筛选' })
    expect(await call('cases', { action: 'signals' })).toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
