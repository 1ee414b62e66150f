import { saveRoster } from '../../server/stations/roster'
import type { Database } from '../../server/db/queryable'
import { BACKENDS } from '../support/backends'
import { caller } from '../support/call'
import { act, filing, payloadFor, team, versionOf, withTeam, type Call, type Team } from '../support/loop'

describe.each(BACKENDS)('the five-order loop on $name', (backend) => {
  const env = withTeam(backend)
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))

  const titles = async (token: string) =>
    ((await call('messages', { action: 'list' }, token)).data.items as { title: string }[]).map((m) => m.title)

  it('travels submitted → … → sent back → … → reopened → … → closed, and the resident hears every step', async () => {
    const filed = await call('cases', filing(), t.resident.token)
    const id = filed.data.id
    const step = async (who: keyof Team, action: string, payload = payloadFor(action, t)) => {
      const r = await act(call, db, t[who].token, id, action, payload)
      expect({ action, code: r.code, message: r.message }).toEqual({ action, code: 'OK', message: '成功' })
      return r.data
    }

    expect(await titles(t.deputy.token)).toContain('新诉求待处理')
    expect(await titles(t.staff.token)).toContain('新诉求待处理')

    expect((await step('staff', 'accept')).status).toBe('accepted')
    const options = await call('cases', { action: 'dispatchOptions', id }, t.staff.token)
    expect(options.data.proposedId).toBe(t.department.user.departmentId)
    expect(options.data.departments.length).toBeGreaterThanOrEqual(8)

    expect((await step('staff', 'dispatch')).status).toBe('dispatched')
    expect(await titles(t.department.token)).toContain('新派单待接单')
    expect((await step('department', 'sendBack')).status).toBe('accepted')
    // Sent back, the case is no longer the department's to see.
    expect(await call('cases', { action: 'get', id }, t.department.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await titles(t.staff.token)).toContain('诉求被退单')

    expect((await step('staff', 'dispatch')).status).toBe('dispatched')
    expect((await step('department', 'acceptOrder')).status).toBe('in_progress')
    const noted = await step('deputy', 'followUp')
    expect(noted.status).toBe('in_progress')
    expect((await step('department', 'resolve')).status).toBe('resolved')
    expect((await step('resident', 'rate')).status).toBe('rated')
    expect((await step('resident', 'reopen')).status).toBe('in_progress')
    expect((await step('department', 'resolve', { text: '重新更换了灯具并加装应急灯' })).status).toBe('resolved')
    const done = await step('resident', 'rate', { resultRating: '满意', followUpRating: '满意' })
    expect(done).toMatchObject({ status: 'closed', resultRating: '满意', followUpRating: '满意', reopenCount: 1 })

    expect(done.events.map((e: { type: string }) => e.type)).toEqual([
      'submit', 'accept', 'dispatch', 'sendBack', 'dispatch', 'acceptOrder', 'followUp', 'resolve', 'rate', 'reopen',
      'resolve', 'rate', 'close',
    ])
    // Notes handlers wrote for each other are theirs: the office's to the department, the department's reason for sending back.
    expect(done.events[2].text).toBeNull()
    expect(done.events[3]).toMatchObject({ actorRole: 'department', actorName: '区住房和城乡建设局', text: null })
    const handlers = (await call('cases', { action: 'get', id: done.id }, t.staff.token)).data
    expect(handlers.events[2].text).toBe('派往区住房和城乡建设局：请尽快核实处理')
    expect(handlers.events[3].text).toBe('不属于本部门职责')

    // The resident heard every step taken by someone else, newest first.
    expect((await titles(t.resident.token)).reverse()).toEqual([
      '您的诉求已受理', '您的诉求已派单', '您的诉求已受理', '您的诉求已派单', '您的诉求办理中', '代表跟进了您的诉求',
      '您的诉求已办结', '您的诉求已办结', '您的诉求已关闭',
    ])
    const again = await act(call, db, t.resident.token, id, 'reopen', { reason: '还是不行' })
    expect(again).toMatchObject({ code: 'CONFLICT', message: '这条诉求当前已关闭，不能重新办理' })
  })

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const { data } = await call('cases', filing(), t.resident.token)
    await act(call, db, t.staff.token, data.id, 'accept', {})
    const stale = await call('cases', { action: 'dispatch', id: data.id, version: 1, ...payloadFor('dispatch', t) }, t.staff.token)
    expect(stale).toMatchObject({ code: 'CONFLICT', message: '这条诉求刚刚有了新进展，请刷新后再试' })
    expect(await versionOf(db, data.id)).toBe(2)
    // Two people accepting at once: exactly one of them moves it.
    const other = (await call('cases', filing(), t.resident.token)).data.id
    const both = await Promise.all([t.staff, t.deputy].map((p) => call('cases', { action: 'accept', id: other, version: 1 }, p.token)))
    expect(both.map((r) => r.code).sort()).toEqual(['CONFLICT', 'OK'])
    expect((await call('cases', { action: 'get', id: other }, t.resident.token)).data.events).toHaveLength(2)
  })

  it('counts unread messages and marks only the reader’s own as read', async () => {
    const { data } = await call('cases', filing(), t.resident.token)
    await act(call, db, t.staff.token, data.id, 'accept', {})
    const list = await call('messages', { action: 'list' }, t.resident.token)
    expect(list.data.unread).toBeGreaterThan(0)
    const first = list.data.items[0]
    expect(first).toMatchObject({ caseId: data.id, title: '您的诉求已受理', read: false, body: expect.stringContaining(data.number) })
    const staffMessage = (await call('messages', { action: 'list' }, t.staff.token)).data.items[0]
    const after = await call('messages', { action: 'read', ids: [first.id, staffMessage.id] }, t.resident.token)
    expect(after.data.unread).toBe(list.data.unread - 1)
    expect((await call('messages', { action: 'list' }, t.staff.token)).data.items[0].read).toBe(false)
  })

  it('answers on the spot, is rated 不满意, reopens back to the deputy', async () => {
    const { data } = await call('cases', filing(), t.resident.token)
    await act(call, db, t.deputy.token, data.id, 'answer', payloadFor('answer', t))
    const rated = await act(call, db, t.resident.token, data.id, 'rate', payloadFor('rate', t))
    expect(rated.data.status).toBe('rated')
    const reopened = await act(call, db, t.resident.token, data.id, 'reopen', { reason: '没有人来修' })
    expect(reopened.data.status).toBe('accepted')
    expect(await titles(t.deputy.token)).toContain('诉求重新办理')
  })

  it('lets staff decline with a referral, merge a duplicate, and the resident withdraw', async () => {
    const a = (await call('cases', filing(), t.resident.token)).data.id
    const declined = await act(call, db, t.staff.token, a, 'decline', payloadFor('decline', t))
    expect(declined.data.status).toBe('declined')
    expect(declined.data.events[1].text).toBe('属于司法程序中的事项（建议途径：12345 热线）')

    const neighbour = (await team(call)).resident
    const target = (await call('cases', filing(), t.resident.token)).data
    const dup = (await call('cases', filing(), neighbour.token)).data.id
    const merged = await act(call, db, t.staff.token, dup, 'merge', { intoId: target.id })
    expect(merged.data.status).toBe('merged')
    // The neighbour now follows the case theirs was merged into, and hears its steps.
    expect((await call('cases', { action: 'listMine' }, neighbour.token)).data.items.map((c: { id: string }) => c.id)).toContain(target.id)
    await act(call, db, t.staff.token, target.id, 'accept', {})
    expect((await titles(neighbour.token))[0]).toBe('您关注的诉求已受理')
    // A follower sees the case but may not act on it as its resident.
    expect(await act(call, db, neighbour.token, target.id, 'withdraw', {})).toMatchObject({ code: 'FORBIDDEN' })
    expect(await act(call, db, t.staff.token, dup, 'merge', { intoId: dup })).toMatchObject({ code: 'CONFLICT' })

    const mine = (await call('cases', filing(), t.resident.token)).data.id
    expect((await act(call, db, t.resident.token, mine, 'withdraw', {})).data.status).toBe('withdrawn')
  })

  it('routes a station code to the station and a place to the station whose area holds it, else to the office', async () => {
    const byStation = (await call('cases', filing({ deputyCode: undefined, stationCode: 'S02' }), t.resident.token)).data
    const byPlace = (await call('cases', filing({ deputyCode: undefined, location: { latitude: 36.1953, longitude: 113.1034 } }), t.resident.token)).data
    const far = (await call('cases', filing({ deputyCode: undefined, location: { latitude: 39.9, longitude: 116.4 } }), t.resident.token)).data
    const rows = await db.query<{ id: string; code: string | null; deputy_id: string | null; channel: string }>(
      `select c.id, s.code, c.deputy_id, c.channel from cases c left join stations s on s.id = c.station_id where c.id = any($1)`,
      [[byStation.id, byPlace.id, far.id]],
    )
    const by = Object.fromEntries(rows.map((r) => [r.id, r]))
    expect(by[byStation.id]).toMatchObject({ code: 'S02', deputy_id: null, channel: 'station_qr' })
    expect(by[byPlace.id]).toMatchObject({ code: 'S01', channel: 'general' })
    expect(by[far.id]).toMatchObject({ code: null, channel: 'general' })
    // What no station holds waits in the office's queue.
    const queue = await call('cases', { action: 'inbox', filter: 'new' }, t.office.token)
    expect(queue.data.items.map((c: { id: string }) => c.id)).toContain(far.id)
    expect(await titles(t.office.token)).toContain('新诉求待处理')
    expect(await call('cases', filing({ stationCode: 'S02' }), t.resident.token)).toMatchObject({
      code: 'VALIDATION', message: '请只选择一位代表、一个联络站或一个接待日',
    })
  })

  it("suggests the station's deputy on duty that day for a case that came by the station's code", async () => {
    // The seeded roster of S01: LZ001 always, LZ009, LZ017, LZ025, LZ033 a week each from 2026-01-05.
    const inWeek2 = caller(db, { now: () => new Date('2026-01-13T02:00:00Z') })
    const id = (await inWeek2('cases', filing({ deputyCode: undefined, stationCode: 'S01' }), t.resident.token)).data.id
    const lz017 = (await call('deputies', { action: 'get', code: 'LZ017' })).data.name
    expect((await call('cases', { action: 'get', id }, t.staff.token)).data.suggestedDeputyName).toBe(lz017)

    // With the persona's deputy on turn, that deputy hears of the new case.
    const s01 = (await db.query<{ id: string }>("select id from stations where code = 'S01'"))[0].id
    await saveRoster(db, s01, { fixed: [], rotating: [t.deputy.user.deputyId!], period: 'week', startsOn: '2026-01-05' })
    const next = (await call('cases', filing({ deputyCode: undefined, stationCode: 'S01' }), t.resident.token)).data.id
    const heard = (await call('messages', { action: 'list' }, t.deputy.token)).data.items
    expect(heard.filter((m: { caseId: string }) => m.caseId === next).map((m: { title: string }) => m.title)).toEqual(['新诉求待处理'])
    // A deputy's own code suggests nobody else.
    const direct = (await call('cases', filing(), t.resident.token)).data.id
    expect((await call('cases', { action: 'get', id: direct }, t.staff.token)).data.suggestedDeputyName).toBe('')
  })

  it('gives every inbox only its own cases, to-do first', async () => {
    const id = (await call('cases', filing(), t.resident.token)).data.id
    const ids = async (token: string, filter: string) =>
      ((await call('cases', { action: 'inbox', filter }, token)).data.items as { id: string }[]).map((c) => c.id)
    expect(await ids(t.deputy.token, 'new')).toContain(id)
    expect(await ids(t.staff.token, 'new')).toContain(id)
    expect(await ids(t.department.token, 'all')).not.toContain(id)
    await act(call, db, t.staff.token, id, 'accept', {})
    await act(call, db, t.staff.token, id, 'dispatch', payloadFor('dispatch', t))
    expect(await ids(t.department.token, 'new')).toContain(id)
    expect(await ids(t.deputy.token, 'new')).not.toContain(id)
    expect(await call('cases', { action: 'inbox' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('keeps the phone encrypted, masked for all but the handlers who call back, and only with consent', async () => {
    expect(await call('cases', filing({ phone: '13812341234' }), t.resident.token)).toMatchObject({
      code: 'VALIDATION', message: '留下手机号前，请先同意提供给办理人员',
    })
    expect(await call('cases', filing({ phone: '1381234', phoneConsent: true }), t.resident.token)).toMatchObject({
      code: 'VALIDATION', message: '请填写 11 位手机号码',
    })
    const { data } = await call('cases', filing({ phone: '13812341234', phoneConsent: true, showPublicly: true }), t.resident.token)
    const phoneFor = async (token: string) => (await call('cases', { action: 'get', id: data.id }, token)).data?.phone
    expect(await phoneFor(t.resident.token)).toBe('138****1234')
    expect(await phoneFor(t.office.token)).toBe('138****1234')
    expect(await phoneFor(t.staff.token)).toBe('13812341234')
    expect(await phoneFor(t.deputy.token)).toBe('13812341234')
    const [row] = await db.query<{ phone_enc: string; show_publicly: boolean }>('select phone_enc, show_publicly from cases where id = $1', [data.id])
    expect(row.phone_enc).not.toContain('1381234')
    expect(row.show_publicly).toBe(true)
    // The page a move returns reads the same as the one `get` gives that person.
    expect((await act(call, db, t.staff.token, data.id, 'accept', {})).data.phone).toBe('13812341234')
    await act(call, db, t.staff.token, data.id, 'dispatch', payloadFor('dispatch', t))
    expect(await phoneFor(t.department.token)).toBe('13812341234')
    // Without the key, no phone is taken in (rather than stored in the clear).
    const keyless = caller(db, { phoneKey: undefined })
    expect(await keyless('cases', filing({ phone: '13812341234', phoneConsent: true }), t.resident.token)).toMatchObject({ code: 'VALIDATION' })
  })

  it('says who the caller is, with the scope of their role', async () => {
    const me = await call('auth', { action: 'me' }, t.department.token)
    expect(me.data.user).toEqual({ id: t.department.user.id, role: 'department', departmentId: expect.any(String), districtId: expect.any(String) })
    expect((await call('auth', { action: 'me' }, t.deputy.token)).data.user).toMatchObject({
      role: 'deputy', deputyId: expect.any(String), stationId: expect.any(String), districtId: expect.any(String),
    })
    expect(t.staff.user).toMatchObject({ role: 'staff', stationId: expect.any(String) })
    expect(await call('auth', { action: 'me' })).toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
