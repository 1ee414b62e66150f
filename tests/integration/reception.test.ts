import { randomUUID } from 'node:crypto'
import { shanghaiDay } from '../../src/core/time'
import { templatesFrom, wechatPush } from '../../server/adapters/wechat/subscribe'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { caller, login } from '../support/call'
import { fakeSubscribeSdk, TEMPLATES_JSON } from '../support/fake-subscribe'
import { filing, inDays, withTeam } from '../support/loop'

describe.each(BACKENDS)('reception days and appointments on $name', (backend) => {
  const env = withTeam(backend)
  const stationId = async (code: string) => (await env.db.query<{ id: string }>('select id from stations where code = $1', [code]))[0].id
  const titles = async (token: string) => ((await env.call('messages', { action: 'list' }, token)).data.items as { title: string }[]).map((m) => m.title)
  const resident = () => login(env.call, { openid: `r-${randomUUID()}` })
  const monthly = { rule: { kind: 'monthly', day: 11 }, start: '14:30', end: '17:00', workdayShift: true }

  it('opens on a demo district with reception days a resident can book', async () => {
    const { call } = env
    const days = (await call('notices', { action: 'list' })).data.items as { id: string; theme: string; next: string[] }[]
    expect(days.map((n) => n.theme)).toContain('听取群众对老旧小区改造的意见')
    // Booked at the second station, whose deputies the other tests here do not act as.
    const demo = days.find((n) => n.theme === '物业服务与停车问题面对面')!
    expect(demo.next).toHaveLength(3)
    const person = await resident()
    const slots = (await call('appointments', { action: 'slots', noticeId: demo.id }, person.token)).data.items as { id: string }[]
    expect(slots.length).toBeGreaterThan(0)
    expect((await call('appointments', { action: 'book', slotId: slots[0].id, topic: '想当面反映小区停车难的问题' }, person.token)).data).toMatchObject({ status: 'booked' })
  })

  it('asks what a 约见 is about and, with consent, a phone; the deputy and staff read both, the resident sees the place, and deleting the account forgets them', async () => {
    const { call, t, db } = env
    const posted = await call('notices', {
      action: 'post', stationId: await stationId('S01'), theme: '约见代表谈停车', place: '火车站社区党群服务中心二楼', deputyIds: [t.deputy.user.deputyId], slotCapacity: 2, slotMinutes: 30,
      schedule: { rule: { kind: 'monthly', day: 21 }, start: '09:00', end: '10:00', workdayShift: true },
    }, t.staff.token)
    const person = await resident()
    const [slot] = (await call('appointments', { action: 'slots', noticeId: posted.data.id }, person.token)).data.items as { id: string }[]
    expect(await call('appointments', { action: 'book', slotId: slot.id }, person.token)).toMatchObject({ code: 'VALIDATION', message: '请填写约见事由' })
    expect(await call('appointments', { action: 'book', slotId: slot.id, topic: '停车' }, person.token)).toMatchObject({ code: 'VALIDATION', message: '约见事由至少 4 个字' })
    const topic = '小区停车位被长期占用，想当面反映'
    expect(await call('appointments', { action: 'book', slotId: slot.id, topic, phone: '13912345678' }, person.token)).toMatchObject({ code: 'VALIDATION', message: '留下手机号前，请先同意提供给代表和联络站' })
    expect((await call('appointments', { action: 'book', slotId: slot.id, topic, phone: '13912345678', phoneConsent: true }, person.token)).data).toMatchObject({ status: 'booked' })

    const mineOf = async (token: string) => ((await call('appointments', { action: 'mine' }, token)).data.items as { noticeId: string }[]).find((a) => a.noticeId === posted.data.id)
    expect(await mineOf(person.token)).toMatchObject({ topic, place: '火车站社区党群服务中心二楼', phone: '139****5678', deputyName: expect.any(String) })
    for (const handler of [t.deputy, t.staff]) expect(await mineOf(handler.token)).toMatchObject({ topic, place: '火车站社区党群服务中心二楼', phone: '13912345678' })
    expect(await titles(t.deputy.token)).toContain('新的约见待确认')
    const [stored] = await db.query<{ phone_enc: string }>('select phone_enc from appointments where resident_id = $1', [person.user.id])
    expect(stored.phone_enc).not.toContain('13912345678')

    expect((await call('auth', { action: 'deleteAccount', confirm: '注销' }, person.token)).code).toBe('OK')
    expect(await db.query('select topic, phone_enc, phone_masked from appointments where resident_id = $1', [person.user.id])).toEqual([{ topic: '', phone_enc: null, phone_masked: null }])
  })

  it('staff post a monthly reception day; the roster proposes who is on duty; listeners hear of it', async () => {
    const { call, t } = env
    const s01 = await stationId('S01')
    const filedHere = await resident()
    await call('cases', filing(), filedHere.token)
    const follower = await resident()
    expect((await call('notices', { action: 'follow', stationId: s01 }, follower.token)).data).toEqual({ following: true })
    const elsewhere = await resident()
    await call('cases', filing({ deputyCode: 'LZ002' }), elsewhere.token)

    const posted = await call('notices', { action: 'post', stationId: s01, theme: '老旧小区改造意见征集', place: '火车站社区党群服务中心二楼', schedule: monthly }, t.staff.token)
    expect(posted.code).toBe('OK')
    expect(posted.data).toMatchObject({ when: '每月11日 14:30–17:00（遇节假日顺延）', status: 'published', version: 1 })
    expect(posted.data.next).toHaveLength(3)
    expect(posted.data.next[0] >= shanghaiDay(new Date())).toBe(true)
    const station = (await call('stations', { action: 'get', id: s01 })).data
    expect(posted.data.deputies.map((d: { name: string }) => d.name)).toContain(station.roster.fixed[0].name)
    expect(posted.data.deputies).toHaveLength(2)

    for (const who of [filedHere, follower]) expect(await titles(who.token)).toContain('新的接待日')
    expect(await titles(elsewhere.token)).not.toContain('新的接待日')
    const listed = await call('notices', { action: 'list', stationId: s01 }, follower.token)
    expect(listed.data).toMatchObject({ following: true })
    expect(listed.data.items.map((n: { id: string }) => n.id)).toContain(posted.data.id)
    expect((await call('notices', { action: 'list' })).data.items.map((n: { id: string }) => n.id)).toContain(posted.data.id)

    const changed = await call('notices', { action: 'update', id: posted.data.id, version: 1, theme: '老旧小区改造意见征集', place: '社区议事厅', schedule: monthly }, t.staff.token)
    expect(changed.data).toMatchObject({ place: '社区议事厅', version: 2 })
    expect(await titles(follower.token)).toContain('接待日有变动')
    expect(await call('notices', { action: 'update', id: posted.data.id, version: 1, theme: '旧的', place: '旧的地点', schedule: monthly }, t.staff.token)).toMatchObject({ code: 'CONFLICT' })
  })

  it('keeps each station to its own staff and deputies, and refuses a date gone by', async () => {
    const { call, t } = env
    const [s01, s02] = [await stationId('S01'), await stationId('S02')]
    const base = { action: 'post', theme: '接待群众', place: '联络站', schedule: monthly }
    expect(await call('notices', { ...base, stationId: s02 }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    for (const who of [t.resident, t.deputy, t.department]) expect(await call('notices', { ...base, stationId: s01 }, who.token)).toMatchObject({ code: 'FORBIDDEN' })
    const outsider = (await call('stations', { action: 'get', id: s02 })).data.deputiesList[0].id
    expect(await call('notices', { ...base, stationId: s01, deputyIds: [outsider] }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '接待代表里只能安排本站的代表' })
    const past = { rule: { kind: 'once', date: inDays(-3) }, start: '09:00', end: '11:00', workdayShift: false }
    expect(await call('notices', { ...base, stationId: s01, schedule: past }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '接待日期已经过去，请重新选择' })
    expect(await call('notices', { ...base, stationId: s01, schedule: { ...monthly, start: '17:00', end: '14:30' } }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '结束时间要晚于开始时间' })
  })

  it('books, waits, confirms, declines and cancels, with the last place going to exactly one', async () => {
    const { call, t } = env
    const s01 = await stationId('S01')
    const day = inDays(10)
    const notice = (await call('notices', {
      action: 'post', stationId: s01, theme: '约见代表', place: '联络站接待室', deputyIds: [t.deputy.user.deputyId], slotCapacity: 1, slotMinutes: 30,
      schedule: { rule: { kind: 'once', date: day }, start: '14:30', end: '15:30', workdayShift: false },
    }, t.staff.token)).data
    // Nobody signed in makes no slots; the first person signed in who asks does.
    expect((await call('appointments', { action: 'slots', noticeId: notice.id })).data.items).toEqual([])
    const slots = (await call('appointments', { action: 'slots', noticeId: notice.id }, t.resident.token)).data
    expect(slots.day).toBe(day)
    expect(slots.items.map((s: { start: string; capacity: number; taken: number }) => [s.start, s.capacity, s.taken])).toEqual([
      [new Date(`${day}T14:30:00+08:00`).toISOString(), 1, 0],
      [new Date(`${day}T15:00:00+08:00`).toISOString(), 1, 0],
    ])
    const slotId = slots.items[0].id

    // Two residents race for the one place: one books it, the other waits.
    const [a, b, c] = [await resident(), await resident(), await resident()]
    const raced = await Promise.all([a, b].map((r) => call('appointments', { action: 'book', slotId, topic: '想当面反映小区停车难的问题' }, r.token)))
    expect(raced.map((r) => r.data.status).sort()).toEqual(['booked', 'waitlisted'])
    const [winner, waiter] = raced[0].data.status === 'booked' ? [a, b] : [b, a]
    const winnerBooking = raced.find((r) => r.data.status === 'booked')!.data
    expect((await call('appointments', { action: 'book', slotId, topic: '想当面反映小区停车难的问题' }, winner.token)).data).toEqual(winnerBooking)
    expect((await call('appointments', { action: 'book', slotId, topic: '想当面反映小区停车难的问题' }, c.token)).data.status).toBe('waitlisted')
    const seen = (await call('appointments', { action: 'slots', noticeId: notice.id }, winner.token)).data.items[0]
    expect(seen).toMatchObject({ taken: 1, waiting: 2, mine: { id: winnerBooking.id, status: 'booked' } })
    expect(await titles(t.deputy.token)).toContain('新的约见待确认')

    // The deputy confirms; then the winner cancels, and the longest-waiting person gets the place.
    const elsewhereStaff = await login(call, { persona: 'office' })
    expect(await call('appointments', { action: 'confirm', id: winnerBooking.id }, elsewhereStaff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('appointments', { action: 'cancel', id: winnerBooking.id }, waiter.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await call('appointments', { action: 'confirm', id: winnerBooking.id }, t.deputy.token)).data.status).toBe('confirmed')
    expect(await titles(winner.token)).toContain('代表已确认约见')
    expect((await call('appointments', { action: 'cancel', id: winnerBooking.id }, winner.token)).data.status).toBe('cancelled')
    const waiterBooking = (await call('appointments', { action: 'mine' }, waiter.token)).data.items[0]
    expect(waiterBooking).toMatchObject({ status: 'booked', theme: '约见代表' })
    expect(await titles(waiter.token)).toContain('候补成功，约见已预约')
    expect((await call('appointments', { action: 'mine' }, c.token)).data.items[0].status).toBe('waitlisted')

    // Declined with a reason: the place passes on again.
    expect((await call('appointments', { action: 'decline', id: waiterBooking.id, reason: '当天临时有会' }, t.staff.token)).data.status).toBe('declined')
    expect(await titles(waiter.token)).toContain('代表婉拒了约见')
    expect((await call('appointments', { action: 'mine' }, c.token)).data.items[0].status).toBe('booked')
    expect(await call('appointments', { action: 'confirm', id: waiterBooking.id }, t.deputy.token)).toMatchObject({ code: 'CONFLICT' })
    // The deputy's list: what is still live or was answered, not what residents cancelled.
    expect((await call('appointments', { action: 'mine' }, t.deputy.token)).data.items.map((x: { status: string }) => x.status).sort()).toEqual(['booked', 'declined'])

    // Cancelling the notice cancels what was still booked, and says so.
    await call('notices', { action: 'cancel', id: notice.id, version: notice.version }, t.staff.token)
    expect((await call('appointments', { action: 'mine' }, c.token)).data.items[0]).toMatchObject({ status: 'cancelled', reason: '接待日取消' })
    expect(await titles(c.token)).toContain('约见已取消')
    expect(await call('appointments', { action: 'book', slotId, topic: '想当面反映小区停车难的问题' }, (await resident()).token)).toMatchObject({ code: 'CONFLICT' })
  })

  it('lets one resident hold one slot a day, keeps a slot within its places under racing answers, and withdraws what a notice no longer has', async () => {
    const { call, db, t } = env
    const s01 = await stationId('S01')
    const [second] = await db.query<{ id: string }>(`select id from deputies where station_id = $1 and id <> $2 order by code limit 1`, [s01, t.deputy.user.deputyId])
    const fields = (deputyIds: string[]) => ({
      stationId: s01, theme: '约见代表', place: '联络站接待室', deputyIds, slotCapacity: 1, slotMinutes: 30,
      schedule: { rule: { kind: 'once', date: inDays(12) }, start: '09:00', end: '12:00', workdayShift: false },
    })
    const notice = (await call('notices', { action: 'post', ...fields([t.deputy.user.deputyId!, second.id]) }, t.staff.token)).data
    const hoarder = await resident()
    const slots = (await call('appointments', { action: 'slots', noticeId: notice.id }, hoarder.token)).data.items as { id: string; deputyId: string }[]
    expect(slots).toHaveLength(12)
    // Every slot of the day at once: one goes through.
    const grabbed = await Promise.all(slots.map((s) => call('appointments', { action: 'book', slotId: s.id, topic: '想当面反映小区停车难的问题' }, hoarder.token)))
    expect(grabbed.filter((g) => g.code === 'OK')).toHaveLength(1)
    expect(grabbed.filter((g) => g.code === 'CONFLICT').map((g) => g.message)).toEqual(Array(11).fill('您已预约了这一天的接待，每人每天预约一个时段'))
    const hoarded = grabbed.findIndex((g) => g.code === 'OK')
    const free = slots.filter((_, i) => i !== hoarded)

    // A cancel and a confirm of the same booking at once, with someone waiting: never two in one place.
    for (const [i, slot] of free.slice(0, 5).entries()) {
      const [holder, waiter] = [await resident(), await resident()]
      const held = (await call('appointments', { action: 'book', slotId: slot.id, topic: '想当面反映小区停车难的问题' }, holder.token)).data
      expect((await call('appointments', { action: 'book', slotId: slot.id, topic: '想当面反映小区停车难的问题' }, waiter.token)).data.status).toBe('waitlisted')
      const handler = slot.deputyId === t.deputy.user.deputyId ? t.deputy.token : t.staff.token
      await Promise.all([
        call('appointments', { action: 'cancel', id: held.id }, holder.token),
        call('appointments', { action: i % 2 ? 'confirm' : 'decline', id: held.id, reason: '临时有会' }, handler),
      ])
      const [{ n }] = await db.query<{ n: number }>(`select count(*)::int as n from appointments where slot_id = $1 and status in ('booked', 'confirmed')`, [slot.id])
      expect(n).toBeLessThanOrEqual(1)
    }

    // The second deputy leaves the day: their slots are withdrawn, and whoever booked one hears so.
    const theirs = free.filter((s) => s.deputyId === second.id).at(-1)!
    const booker = await resident()
    expect((await call('appointments', { action: 'book', slotId: theirs.id, topic: '想当面反映小区停车难的问题' }, booker.token)).code).toBe('OK')
    const current = (await call('notices', { action: 'get', id: notice.id })).data
    expect((await call('notices', { action: 'update', id: notice.id, version: current.version, ...fields([t.deputy.user.deputyId!]) }, t.staff.token)).code).toBe('OK')
    expect((await call('appointments', { action: 'mine' }, booker.token)).data.items[0]).toMatchObject({ status: 'cancelled', reason: '接待日有变动' })
    expect(await titles(booker.token)).toContain('约见已取消')
    expect(await call('appointments', { action: 'book', slotId: theirs.id, topic: '想当面反映小区停车难的问题' }, (await resident()).token)).toMatchObject({ code: 'CONFLICT' })
    const left = (await call('appointments', { action: 'slots', noticeId: notice.id }, booker.token)).data.items as { deputyId: string }[]
    expect(new Set(left.map((s) => s.deputyId))).toEqual(new Set([t.deputy.user.deputyId]))
  })

  it('reminds the resident and the deputy the day before, once, in 消息 and by subscribe message', async () => {
    const { db, t } = env
    const wx = fakeSubscribeSdk()
    const push = wechatPush(wx.sdk, templatesFrom(TEMPLATES_JSON))
    const call = caller(db, { push })
    const day = inDays(6)
    const notice = (await call('notices', {
      action: 'post', stationId: await stationId('S01'), theme: '约见提醒测试', place: '联络站二楼', deputyIds: [t.deputy.user.deputyId],
      schedule: { rule: { kind: 'once', date: day }, start: '09:00', end: '10:00', workdayShift: false },
    }, t.staff.token)).data
    const slotId = (await call('appointments', { action: 'slots', noticeId: notice.id }, t.resident.token)).data.items[0].id
    const booker = await resident()
    await call('messages', { action: 'subscribed', accepted: ['tmpl-reminder'] }, booker.token)
    await call('appointments', { action: 'book', slotId, topic: '想当面反映小区停车难的问题' }, booker.token)

    const timerAt = async (at: Date) =>
      (await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => at, push }, { kind: 'trigger' })) as { data: any }
    // Two days before, or at dawn the day before: nothing yet. From nine: one reminder each, and the allowed push.
    expect((await timerAt(new Date(`${inDays(4)}T10:00:00+08:00`))).data.reminded).toBe(0)
    expect((await timerAt(new Date(`${inDays(5)}T07:00:00+08:00`))).data.reminded).toBe(0)
    const dayBefore = new Date(`${inDays(5)}T10:00:00+08:00`)
    expect((await timerAt(dayBefore)).data).toMatchObject({ reminded: 1, pushed: { sent: 1 } })
    expect((await timerAt(new Date(dayBefore.getTime() + 60_000))).data.reminded).toBe(0)
    expect((await titles(booker.token)).filter((x) => x === '明天有约见')).toHaveLength(1)
    expect(await titles(t.deputy.token)).toContain('明天有约见')
    expect(wx.sent).toEqual([expect.objectContaining({ templateId: 'tmpl-reminder', page: 'packages/stations/appointments/index' })])
    expect(wx.sent[0].data.thing1.value).toBe('约见提醒')
  })
})
