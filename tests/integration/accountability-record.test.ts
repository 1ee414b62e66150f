import { DEFAULT_RULES } from '../../src/core/accountability/rules'
import type { ActivityView, PointsView } from '../../src/core/accountability/types'
import { shanghaiDay } from '../../src/core/time'
import type { Database } from '../../server/db/queryable'
import { addNotice } from '../../server/reception/notices'
import { BACKENDS } from '../support/backends'
import { accountWith, login } from '../support/call'
import { act, caseIn, filing, withTeam, type Call, type Team } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'

/** The clock the functions read: a day of the record's first quarter of 2026, in Shanghai. */
let clock = new Date('2026-03-20T10:00:00+08:00')

describe.each(BACKENDS)('履职档案 and 履职积分 on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store, now: () => clock })
  let db: Database, call: Call, t: Team
  beforeAll(() => {
    ;({ db, call, t } = env)
    clock = new Date('2026-03-20T10:00:00+08:00')
  })

  const record = (token: string, over: Record<string, unknown>) =>
    call<{ id: string; status: string }>('activities', { action: 'record', kind: '视察', date: '2026-03-02', title: '视察老旧小区改造', text: '查看了三个小区的加装电梯进度', ...over }, token)
  const publicList = async (code = 'LZ001') => (await call<{ items: ActivityView[] }>('activities', { action: 'list', deputyCode: code })).data!.items
  const pointsOf = async (from: string, to: string, token?: string) => (await call<PointsView>('points', { action: 'get', deputyCode: 'LZ001', from, to }, token)).data!

  it('keeps a recorded activity pending until its station verifies it; only then is it public, with its photo, and earns its points', async () => {
    const key = await put(store, t.deputy.user.id, fixture('photo.jpg'))
    const photo = (await call('media', { action: 'register', key }, t.deputy.token)).data.id as string
    const made = await record(t.deputy.token, { media: [photo], place: '东街社区' })
    expect(made).toMatchObject({ code: 'OK', data: { status: 'pending' } })
    expect((await publicList()).map((a) => a.id)).not.toContain(made.data!.id)
    expect((await pointsOf('2026-01-01', '2026-03-31')).items.filter((i) => i.refId === made.data!.id)).toEqual([])
    // Staff hear there is something to verify.
    const [told] = await db.query<{ n: number }>("select count(*)::int as n from messages where user_id = $1 and title = '有履职记录待核实'", [t.staff.user.id])
    expect(told.n).toBeGreaterThan(0)

    expect(await call('activities', { action: 'verify', id: made.data!.id }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    const verified = await call<ActivityView>('activities', { action: 'verify', id: made.data!.id }, t.staff.token)
    expect(verified).toMatchObject({ code: 'OK', data: { status: 'verified', kind: '视察', place: '东街社区' } })
    expect(await call('activities', { action: 'return', id: made.data!.id, reason: '重复登记' }, t.staff.token)).toMatchObject({ code: 'CONFLICT' })

    const shown = (await publicList()).find((a) => a.id === made.data!.id)!
    expect(shown).toMatchObject({ title: '视察老旧小区改造', date: '2026-03-02', deputies: [{ code: 'LZ001' }] })
    expect(shown.media).toHaveLength(1)
    expect(shown.media[0].url).toMatch(/^\/media\//)
    const p = await pointsOf('2026-01-01', '2026-03-31')
    expect(p.items.find((i) => i.refId === made.data!.id)).toMatchObject({ source: 'activity', kind: '视察', points: 3, at: '2026-03-02' })
  })

  it('gives nothing for a pending or returned activity, shows the deputy why it came back, and hides internal ones from the public', async () => {
    const returned = await record(t.deputy.token, { kind: '调研', title: '调研停车难问题', date: '2026-03-03' })
    const pending = await record(t.deputy.token, { kind: '意见建议', title: '关于增设公交站的建议', date: '2026-03-04' })
    expect(await call('activities', { action: 'return', id: returned.data!.id, reason: '请补充调研报告' }, t.staff.token)).toMatchObject({ code: 'OK', data: { status: 'returned' } })
    const internal = await call('activities', { action: 'record', kind: '会议', date: '2026-03-05', title: '代表小组内部会议', deputyCodes: ['LZ001'], internal: true }, t.staff.token)
    // Another than its recorder verifies it: here the office.
    await call('activities', { action: 'verify', id: internal.data.id }, t.office.token)

    const mine = (await call<{ items: ActivityView[] }>('activities', { action: 'mine' }, t.deputy.token)).data!.items
    expect(mine.find((a) => a.id === returned.data!.id)).toMatchObject({ status: 'returned', reason: '请补充调研报告' })
    expect(mine.find((a) => a.id === pending.data!.id)).toMatchObject({ status: 'pending' })
    const pub = (await publicList()).map((a) => a.id)
    for (const id of [returned.data!.id, pending.data!.id, internal.data.id]) expect(pub).not.toContain(id)

    const p = await pointsOf('2026-01-01', '2026-03-31')
    expect(p.items.map((i) => i.refId)).not.toContain(returned.data!.id)
    expect(p.items.map((i) => i.refId)).not.toContain(pending.data!.id)
    // The internal meeting counts, named only by its kind.
    expect(p.items.find((i) => i.refId === internal.data.id)).toMatchObject({ kind: '会议', points: 2, label: '会议（内部活动）' })
    expect(p.total).toBe(p.items.reduce((s, i) => s + i.points, 0))
  })

  it('refuses who may not record, a day to come and deputies of nowhere', async () => {
    const resident = await login(call, { openid: 'r-activities' })
    expect(await record(resident.token, { deputyCodes: ['LZ001'] })).toMatchObject({ code: 'FORBIDDEN' })
    const [other] = await db.query<{ id: string }>("select id from stations where code <> 'S01' order by code limit 1")
    const otherStaff = await accountWith(db, 'staff', { station_id: other.id })
    expect(await record(otherStaff.token, { deputyCodes: ['LZ001'] })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await record(t.deputy.token, { date: '2026-03-21' })).toMatchObject({ code: 'VALIDATION', message: '活动日期不能晚于今天' })
    expect(await record(t.deputy.token, { deputyCodes: ['NOPE01'] })).toMatchObject({ code: 'VALIDATION' })
    expect(await record(t.deputy.token, { kind: '吃饭' })).toMatchObject({ code: 'VALIDATION' })
    expect(await record(t.deputy.token, { title: '' })).toMatchObject({ code: 'VALIDATION' })
  })

  it('scores a constructed record as the sum of its traced items, caps included, and recomputes the periods a rule change covers', async () => {
    const code = (await db.query<{ code: string }>("select d.code from deputies d join stations s on s.id = d.station_id where s.code = 'S01' and d.code <> 'LZ001' order by d.code limit 1"))[0].code
    const mk = async (kind: string, date: string) => {
      const r = await record(t.staff.token, { kind, date, title: `${kind}记录`, deputyCodes: [code] })
      await call('activities', { action: 'verify', id: r.data!.id }, t.office.token)
      return r.data!.id
    }
    // Two 视察 in February, one in March; eight 走访选民 in January (capped at 6 points a month); 民生实事 in March.
    await mk('视察', '2026-02-10')
    await mk('视察', '2026-02-20')
    const march = await mk('视察', '2026-03-10')
    for (let i = 1; i <= 8; i++) await mk('走访选民', `2026-01-${String(10 + i)}`)
    await mk('民生实事', '2026-03-12')
    const get = async (from: string, to: string) => (await call<PointsView>('points', { action: 'get', deputyCode: code, from, to })).data!

    const q1 = await get('2026-01-01', '2026-03-31')
    expect(q1.items).toHaveLength(12)
    expect(q1.total).toBe(3 * 3 + 6 + 5)
    expect(q1.total).toBe(q1.items.reduce((s, i) => s + i.points, 0))
    expect(q1.items.filter((i) => i.kind === '走访选民' && i.capped)).toHaveLength(5)
    // A cap counts the whole month even when the span starts inside it.
    expect((await get('2026-01-15', '2026-01-31')).total).toBe(0)
    // A quarter's thresholds are 90/365 of the year's: 良好 from 18.5, 优秀 from 22.2.
    expect(q1.band).toBe('良好')

    // The admin raises 视察 to 5 points from March on: March is recomputed, February is not.
    const admin = await login(call, { persona: 'admin' })
    const rules = { ...DEFAULT_RULES, kinds: { ...DEFAULT_RULES.kinds, 视察: { points: 5 } } }
    expect(await call('points', { action: 'saveRules', rules, effectiveFrom: '2026-03-01', version: 0 }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('points', { action: 'saveRules', rules, effectiveFrom: '2026-03-01', version: 0 }, admin.token)).toMatchObject({ code: 'OK' })
    expect(await call('points', { action: 'saveRules', rules, effectiveFrom: '2026-03-01', version: 0 }, admin.token)).toMatchObject({ code: 'CONFLICT' })
    const after = await get('2026-01-01', '2026-03-31')
    expect(after.items.find((i) => i.refId === march)).toMatchObject({ points: 5 })
    expect(after.items.filter((i) => i.kind === '视察').map((i) => i.points)).toEqual([3, 3, 5])
    expect(after.total).toBe(q1.total + 2)
    expect(after.total).toBe(after.items.reduce((s, i) => s + i.points, 0))
    expect((await call('points', { action: 'rules' }, t.office.token)).data.versions).toHaveLength(1)

    const ranked = await call<{ rows: { deputy: { code: string }; total: number; rank: number }[] }>('points', { action: 'ranking', from: '2026-01-01', to: '2026-03-31' }, t.office.token)
    expect(ranked.data!.rows.find((r) => r.deputy.code === code)).toMatchObject({ total: after.total })
    expect(ranked.data!.rows.map((r) => r.total)).toEqual([...ranked.data!.rows.map((r) => r.total)].sort((a, b) => b - a))
    expect(await call('points', { action: 'ranking', from: '2026-01-01', to: '2026-03-31' }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    const staffRank = await call<{ rows: unknown[] }>('points', { action: 'ranking', from: '2026-01-01', to: '2026-03-31' }, t.staff.token)
    expect(staffRank.code).toBe('OK')
    expect(staffRank.data!.rows.length).toBeLessThan(ranked.data!.rows.length)
  })

  it('enters what the product knows by itself: an answer, a follow-up and a rating of the deputy’s cases, and a reception day attended', async () => {
    clock = new Date()
    const answered = (await call('cases', filing(), t.resident.token)).data.id as string
    expect((await act(call, db, t.deputy.token, answered, 'answer', { text: '已联系社区，明天上午维修' })).code).toBe('OK')
    expect((await act(call, db, t.resident.token, answered, 'rate', { resultRating: '不满意', followUpRating: '满意' })).code).toBe('OK')
    const followed = await caseIn(call, db, t, 'dispatched')
    expect((await act(call, db, t.deputy.token, followed, 'followUp', { text: '已到现场查看，督促部门尽快处理' })).code).toBe('OK')
    const [station] = await db.query<{ id: string }>("select id from stations where code = 'S01'")
    const notice = await addNotice(db, station.id, {
      theme: '物业管理专题接待', place: '联络站一楼', deputyIds: [t.deputy.user.deputyId!], slotMinutes: 30, slotCapacity: 2,
      schedule: { rule: { kind: 'once' as const, date: '2026-03-11' }, start: '09:00', end: '11:00', workdayShift: false },
    })
    const [day] = await db.query<{ id: string }>(
      "insert into reception_records (notice_id, day, minutes, attendance, deputies_present, recorded_by) values ($1, '2026-03-11', '接待群众 12 人', 12, $2, $3) returning id",
      [notice, [t.deputy.user.deputyId], t.staff.user.id],
    )
    const year = shanghaiDay(clock).slice(0, 4)
    const p = await pointsOf('2026-01-01', `${year}-12-31`, t.deputy.token)
    expect(p.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'case', refId: answered, kind: '答复诉求', points: 1 }),
      expect.objectContaining({ source: 'case', refId: answered, kind: '群众不满意', points: -1 }),
      expect.objectContaining({ source: 'case', refId: followed, kind: '跟踪办理', points: 1 }),
      expect.objectContaining({ source: 'reception', refId: day.id, kind: '接待日到场', points: 3, at: '2026-03-11' }),
    ]))
    expect(p.total).toBe(p.items.reduce((s, i) => s + i.points * 10, 0) / 10)
    // The public reads no case numbers, nor ids.
    const pub = await pointsOf('2026-01-01', `${year}-12-31`)
    expect(p.items.find((i) => i.refId === answered && i.kind === '答复诉求')!.label).toMatch(/^答复诉求 [A-Z]+-/)
    expect(pub.items.find((i) => i.kind === '答复诉求')).toMatchObject({ label: '答复诉求', refId: expect.stringMatching(/^case-\d+$/) })
  })
})
