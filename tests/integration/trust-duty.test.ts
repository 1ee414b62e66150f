import type { ActivityView, DutyReportView, PointsView } from '../../src/core/accountability/types'
import type { Database } from '../../server/db/queryable'
import { BACKENDS } from '../support/backends'
import { accountWith, login } from '../support/call'
import { withTeam, type Call, type Team } from '../support/loop'

/** The clock the functions read: a day of 2026's first quarter, in Shanghai. */
const clock = new Date('2026-03-20T10:00:00+08:00')

/** 履职 as the trust review asked: who records and who verifies, whom an activity may name, its words checked, paper votes kept as entries. */
describe.each(BACKENDS)('separation of duties in 履职 on $name', (backend) => {
  const env = withTeam(backend, { now: () => clock })
  let db: Database, call: Call, t: Team
  let admin: string
  let otherStaff: string
  let otherOffice: string
  beforeAll(async () => {
    ;({ db, call, t } = env)
    admin = (await login(call, { persona: 'admin' })).token
    const [s01] = await db.query<{ id: string; district: string }>(`select id, district_id as district from stations where code = 'S01'`)
    otherStaff = (await accountWith(db, 'staff', { station_id: s01.id, district_id: s01.district })).token
    otherOffice = (await accountWith(db, 'office', { district_id: s01.district })).token
  })

  const record = (token: string, over: Record<string, unknown> = {}) =>
    call<{ id: string; status: string; held?: boolean }>('activities', { action: 'record', kind: '视察', date: '2026-03-02', title: '视察老旧小区改造', text: '查看了加装电梯进度', ...over }, token)
  const verify = (id: string, token: string) => call<ActivityView>('activities', { action: 'verify', id }, token)
  const publicList = async () => (await call<{ items: ActivityView[] }>('activities', { action: 'list', deputyCode: 'LZ001' })).data!.items
  const pending = async (token: string) => (await call<{ items: ActivityView[] }>('activities', { action: 'pending' }, token)).data!.items.map((a) => a.id)
  const audited = async (kind: string, subject: string) =>
    (await call<{ items: { kind: string; detail: string }[] }>('audit', { action: 'search', kind, subjectId: subject }, admin)).data!.items

  it('lets no staff member verify what they recorded; another staff member or the office does, and it is audited', async () => {
    const made = await record(t.staff.token, { deputyCodes: ['LZ001'], title: '走访困难群众' })
    expect(made.code).toBe('OK')
    expect(await pending(t.staff.token)).not.toContain(made.data!.id)
    expect(await pending(otherStaff)).toContain(made.data!.id)
    expect(await verify(made.data!.id, t.staff.token)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('登记人不能核实') })
    expect(await verify(made.data!.id, otherStaff)).toMatchObject({ code: 'OK', data: { status: 'verified' } })
    expect(await audited('activity.decide', made.data!.id)).toEqual([expect.objectContaining({ detail: expect.stringContaining('核实：视察「走访困难群众」') })])

    const second = await record(t.staff.token, { deputyCodes: ['LZ001'], title: '参加社区议事会' })
    expect(await pending(t.office.token)).toContain(second.data!.id)
    expect(await verify(second.data!.id, t.office.token)).toMatchObject({ code: 'OK', data: { status: 'verified' } })
  })

  it('takes as co-participants only deputies of the recording station; an activity of many stations is the office’s, recorded and verified once', async () => {
    const [elsewhere] = await db.query<{ code: string }>(`select d.code from deputies d join stations s on s.id = d.station_id where s.code = 'S02' order by d.code limit 1`)
    expect(await record(t.deputy.token, { deputyCodes: [elsewhere.code] })).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('人大办统一登记') })
    expect(await record(t.staff.token, { deputyCodes: ['LZ001', elsewhere.code] })).toMatchObject({ code: 'FORBIDDEN' })

    const wide = await record(t.office.token, { deputyCodes: ['LZ001', elsewhere.code], title: '全区老旧小区改造集中视察' })
    expect(wide).toMatchObject({ code: 'OK', data: { status: 'pending' } })
    // The stations' staff do not verify it; the office does, but not the one who recorded it.
    expect(await pending(otherStaff)).not.toContain(wide.data!.id)
    expect(await verify(wide.data!.id, otherStaff)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await verify(wide.data!.id, t.office.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await pending(otherOffice)).toContain(wide.data!.id)
    expect(await verify(wide.data!.id, otherOffice)).toMatchObject({ code: 'OK', data: { status: 'verified', deputies: [{ code: 'LZ001' }, { code: elsewhere.code }] } })
    expect((await publicList()).map((a) => a.id)).toContain(wide.data!.id)
  })

  it('checks an activity’s words before anyone else reads them: refused words refused, doubtful ones held from the public until released', async () => {
    expect((await call('safety', { action: 'words', add: ['假药代购'], outcome: 'refuse' }, admin)).code).toBe('OK')
    expect((await call('safety', { action: 'words', add: ['群体聚集'], outcome: 'hold' }, admin)).code).toBe('OK')
    expect(await record(t.deputy.token, { title: '帮群众假药代购' })).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('履职记录含有不宜发布的内容') })
    expect(await record(t.deputy.token, { title: '视察', place: '假 药 代 购点' })).toMatchObject({ code: 'VALIDATION' })

    const held = await record(t.deputy.token, { title: '劝导群体聚集事件', date: '2026-03-06' })
    expect(held).toMatchObject({ code: 'OK', data: { held: true } })
    expect(await verify(held.data!.id, t.staff.token)).toMatchObject({ code: 'OK' })
    // Verified but held: not on the public page, and the public points name only its kind.
    expect((await publicList()).map((a) => a.id)).not.toContain(held.data!.id)
    const points = (await call<PointsView>('points', { action: 'get', deputyCode: 'LZ001', from: '2026-01-01', to: '2026-03-31' })).data!
    expect(points.items.find((i) => i.refId === held.data!.id)).toMatchObject({ label: '视察（内容审核中）', points: 3 })
    // Its deputy still reads it whole.
    const mine = (await call<{ items: ActivityView[] }>('activities', { action: 'mine' }, t.deputy.token)).data!.items
    expect(mine.find((a) => a.id === held.data!.id)).toMatchObject({ title: '劝导群体聚集事件' })

    const queue = (await call<{ items: { id: string; kind: string; version: number; content: string }[] }>('safety', { action: 'queue' }, t.office.token)).data!.items
    const item = queue.find((i) => i.kind === 'activity' && i.content.includes('劝导群体聚集事件'))!
    expect(await call('safety', { action: 'release', id: item.id, version: item.version }, t.office.token)).toMatchObject({ code: 'OK' })
    expect((await publicList()).map((a) => a.id)).toContain(held.data!.id)
  })

  it('keeps the paper votes of a face-to-face 述职 as entries with who and when, corrected by new entries and never overwritten', async () => {
    const draft = (await call('dutyReports', { action: 'draft', year: 2026 }, t.deputy.token)).data
    expect((await call('dutyReports', { action: 'publish', id: draft.id, text: draft.text, version: draft.version }, t.deputy.token)).code).toBe('OK')
    const enter = (token: string, votes: [number, number, number], corrects?: string) =>
      call<DutyReportView>('dutyReports', { action: 'paper', id: draft.id, 满意: votes[0], 基本满意: votes[1], 不满意: votes[2], ...(corrects ? { corrects } : {}) }, token)

    expect((await enter(t.staff.token, [30, 5, 2])).code).toBe('OK')
    const two = await enter(otherStaff, [10, 0, 0])
    expect(two.data!.paper).toEqual({ 满意: 40, 基本满意: 5, 不满意: 2 })
    const [first, second] = two.data!.paperEntries!
    expect(first).toMatchObject({ 满意: 30, by: '西街街道火车站社区人大代表联络站工作人员', corrects: null, correctedBy: null, at: expect.stringMatching(/^2026|^20/) })
    expect(second).toMatchObject({ 满意: 10 })

    const corrected = await enter(t.office.token, [20, 5, 2], first.id)
    expect(corrected.data!.paper).toEqual({ 满意: 30, 基本满意: 5, 不满意: 2 })
    expect(corrected.data!.paperEntries).toEqual([
      expect.objectContaining({ id: first.id, 满意: 30, correctedBy: expect.any(String) }),
      expect.objectContaining({ id: second.id, correctedBy: null }),
      expect.objectContaining({ 满意: 20, corrects: first.id, by: '人大常委会办公室' }),
    ])
    // An entry is corrected once; the public reads the totals, not who entered them.
    expect(await enter(t.staff.token, [1, 1, 1], first.id)).toMatchObject({ code: 'CONFLICT' })
    const seen = (await call<DutyReportView>('dutyReports', { action: 'get', deputyCode: 'LZ001', year: 2026 })).data!
    expect(seen.paper).toEqual({ 满意: 30, 基本满意: 5, 不满意: 2 })
    expect(seen.paperEntries).toBeUndefined()
    expect((await audited('vote.paper', draft.id)).map((e) => e.detail)).toEqual([
      expect.stringContaining('（更正）：满意 20'), expect.stringContaining('满意 10'), expect.stringContaining('满意 30'),
    ])
    expect(await audited('report.publish', draft.id)).toHaveLength(1)
  })
})
