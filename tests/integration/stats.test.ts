import { randomUUID } from 'node:crypto'
import { REPORT_COUNTS, type ReportRow } from '../../src/core/stats/report'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, filing, payloadFor, withTeam, type Call, type Team } from '../support/loop'

/** What happens to each case of the replayed set, in order. */
type Script = [keyof Team, string, Record<string, unknown>?][]

const rate = (resultRating: string) => ['resident', 'rate', { resultRating, followUpRating: '满意' }] as [keyof Team, string, Record<string, unknown>]
const toDepartment: Script = [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve']]

const SCRIPTS: Script[] = [
  [],
  [['staff', 'accept']],
  [['deputy', 'answer'], rate('满意')],
  [['staff', 'accept'], ['staff', 'dispatch']],
  [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'sendBack']],
  [...toDepartment],
  [...toDepartment, rate('满意')],
  [...toDepartment, rate('基本满意')],
  [...toDepartment, rate('不满意')],
  [...toDepartment, rate('不满意'), ['resident', 'reopen'], ['department', 'resolve'], rate('满意')],
  [['resident', 'withdraw']],
  [['staff', 'decline']],
  [['staff', 'accept'], ['deputy', 'followUp']],
]
const CATEGORIES = ['物业管理', '停车', '环境卫生']

/** Until a test sets it, the functions' clock is the real one. */
let clock: Date | null = null

describe.each(BACKENDS)('stats on $name', (backend) => {
  const env = withTeam(backend, { now: () => clock ?? new Date() })
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))
  afterEach(() => void (clock = null))

  /** A fresh station with its own deputy, the team's staff and deputy moved to it, so its cases are all the test's. */
  async function ownStation() {
    const [station] = await db.query<{ id: string }>(
      `insert into stations (district_id, code, name, kind, street, address)
       select district_id, $1, $2, '联络站', '西街街道', '测试地址' from stations where code = 'S01' returning id`,
      [`T${randomUUID().slice(0, 6)}`, `统计测试联络站${randomUUID().slice(0, 4)}`],
    )
    const code = `ST${randomUUID().slice(0, 6)}`
    const [deputy] = await db.query<{ id: string }>(`insert into deputies (code, name, levels, station_id) values ($1, '统计代表', '{区人大代表}', $2) returning id`, [code, station.id])
    await db.query(`update users set station_id = $1 where id = $2`, [station.id, t.staff.user.id])
    await db.query(`update users set deputy_id = $1, station_id = $2 where id = $3`, [deputy.id, station.id, t.deputy.user.id])
    return { stationId: station.id, deputyId: deputy.id, code }
  }

  async function replay(code: string, script: Script, category: string, steps: Date[] = []): Promise<string> {
    const id = (await call('cases', filing({ deputyCode: code, category }), t.resident.token)).data.id
    for (const [k, [who, action, payload]] of script.entries()) {
      clock = steps[k] ?? null
      const r = await act(call, db, t[who].token, id, action, payload ?? payloadFor(action, t))
      if (r.code !== 'OK') throw new Error(`${action}: ${r.message}`)
    }
    clock = null
    return id
  }

  it('gives exactly the funnel a replayed set of cases implies', async () => {
    const { stationId, deputyId, code } = await ownStation()
    for (const [i, script] of SCRIPTS.entries()) await replay(code, script, CATEGORIES[i % 3])

    const f = (await call('stats', { action: 'funnel', stationId }, t.office.token)).data
    expect(f).toMatchObject({ received: 13, dispatched: 7, accepted: 5, followed: 1, rated: 5, satisfied: 4, overdue: 0 })
    expect(f.satisfactionRate).toBeCloseTo(4 / 5)
    expect(f.byStatus).toEqual({ submitted: 1, accepted: 3, dispatched: 1, resolved: 1, rated: 1, closed: 4, withdrawn: 1, declined: 1 })
    expect(f.byCategory).toEqual({ 物业管理: 5, 停车: 4, 环境卫生: 4 })

    // Staff see their own station's figures and no one else's; a deputy their own.
    expect((await call('stats', { action: 'funnel' }, t.staff.token)).data.received).toBe(13)
    expect((await call('stats', { action: 'funnel', deputyId }, t.deputy.token)).data.received).toBe(13)
    const [s01] = await db.query<{ id: string }>(`select id from stations where code = 'S01'`)
    expect(await call('stats', { action: 'funnel', stationId: s01.id }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('stats', { action: 'funnel' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('stats', { action: 'funnel' }, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })

    // The window counts by the day a case was received, in Shanghai.
    const empty = (await call('stats', { action: 'funnel', stationId, from: '2000-01-01', to: '2000-12-31' }, t.office.token)).data
    expect(empty).toMatchObject({ received: 0, rated: 0, satisfactionRate: null })
    expect(await call('stats', { action: 'funnel', from: '1/1/2026' }, t.office.token)).toMatchObject({
      code: 'VALIDATION', message: '开始日期格式应为 YYYY-MM-DD',
    })
  })

  it('reports the figures the database holds, grouped any way, the groups adding up to the whole, with median working days per stage', async () => {
    const { stationId, deputyId, code } = await ownStation()
    for (const [i, script] of SCRIPTS.entries()) await replay(code, script, CATEGORIES[i % 3])
    // Three cases filed on Monday 2 March 2026, each step 1, 3 or 7 calendar days after the last: weekends are not working days.
    for (const gap of [1, 3, 7]) {
      const filed = new Date('2026-03-02T09:00:00+08:00')
      const steps = [1, 2, 3, 4].map((k) => new Date(filed.getTime() + k * gap * 86_400_000 + 3_600_000))
      const id = await replay(code, toDepartment, '停车', steps)
      await db.query('update cases set created_at = $2 where id = $1', [id, filed])
    }
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const period = { from: '2026-03-01', to: today }

    // What the timeline holds, counted straight from the events.
    const ever = (types: string) => `(count(*) filter (where exists (select 1 from case_events e where e.case_id = c.id and e.type = any('{${types}}'))))::int`
    const [db0] = await db.query<Record<string, number>>(
      `select count(*)::int as received, ${ever('accept,answer,decline,requestDispatch,dispatch,merge')} as responded,
              ${ever('dispatch')} as dispatched, ${ever('acceptOrder')} as accepted, ${ever('followUp')} as followed,
              ${ever('resolve,answer')} as resolved, count(result_rating)::int as rated,
              (count(*) filter (where result_rating in ('满意', '基本满意')))::int as satisfied, ${ever('overdue')} as overdue
         from cases c where station_id = $1`,
      [stationId],
    )
    expect(db0).toEqual({ received: 16, responded: 14, dispatched: 10, accepted: 8, followed: 1, resolved: 9, rated: 5, satisfied: 4, overdue: 0 })

    for (const by of ['month', 'category', 'station', 'deputy', 'department']) {
      const r = await call('stats', { action: 'report', ...period, by, stationId }, t.office.token)
      expect(r.code).toBe('OK')
      expect(r.data.total).toMatchObject(db0)
      for (const k of REPORT_COUNTS) expect(r.data.rows.reduce((n: number, row: ReportRow) => n + row[k], 0)).toBe(db0[k])
      expect(r.data.total).toMatchObject({ responseRate: 14 / 16, resolutionRate: 9 / 16, satisfactionRate: 4 / 5 })
    }

    const byMonth = (await call('stats', { action: 'report', ...period, by: 'month', stationId }, t.office.token)).data
    expect(byMonth.rows[0]).toMatchObject({ key: '2026-03', received: 3, resolved: 3 })
    // Working days: responded 1, 3 and 5 days after filing; dispatched 1, 1, 5 after that; taken 1, 3, 5; resolved 1, 2, 5; all told 4, 9, 20.
    expect(byMonth.rows[0].medianDays).toEqual({ respond: 3, dispatch: 1, take: 3, resolve: 2, total: 9 })
    expect(byMonth.rows[1]).toMatchObject({ key: '2026-04', received: 0, responseRate: null })
    expect(byMonth.rows.at(-1).key).toBe(today.slice(0, 7))

    const byDepartment = (await call('stats', { action: 'report', ...period, by: 'department', stationId }, t.office.token)).data.rows
    // A case sent back is no department's until it is dispatched again.
    const [department] = await db.query<{ name: string }>('select name from departments where id = $1', [t.department.user.departmentId])
    expect(byDepartment.map((r: ReportRow) => [r.label, r.received, r.accepted])).toEqual([
      [department.name, 9, 8],
      ['未派单', 7, 0],
    ])
    // The office ranks its stations: this one's row is the station's own report.
    const stations = (await call('stats', { action: 'report', ...period, by: 'station' }, t.office.token)).data.rows
    expect(stations.find((r: ReportRow) => r.key === stationId)).toMatchObject({ ...db0, label: expect.stringContaining('统计测试联络站') })

    // Each sees their own: staff their station, a deputy their cases; nobody else's.
    expect((await call('stats', { action: 'report', ...period, by: 'category' }, t.staff.token)).data.total.received).toBe(16)
    expect((await call('stats', { action: 'report', ...period, by: 'category', deputyId }, t.deputy.token)).data.total.received).toBe(16)
    for (const who of [t.resident, t.department]) expect(await call('stats', { action: 'report', ...period, by: 'month' }, who.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('stats', { action: 'report', ...period, by: 'week' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '不支持的分组方式' })
    expect(await call('stats', { action: 'report', from: '2026-05-01', to: '2026-04-01', by: 'month' }, t.office.token)).toMatchObject({ message: '开始日期不能晚于结束日期' })
    expect(await call('stats', { action: 'report', from: '2000-01-01', to: '2026-04-01', by: 'month' }, t.office.token)).toMatchObject({ message: '统计期间最长 5 年' })
  })

  it('reads the district’s whole months from the rollup the timer counts, answering exactly as the cases counted now do, through changes and a calendar edit', async () => {
    const { code } = await ownStation()
    const ids: string[] = []
    for (const [i, script] of SCRIPTS.entries()) ids.push(await replay(code, script, CATEGORIES[i % 3]))
    const march: string[] = []
    for (const gap of [1, 3, 7]) {
      const filed = new Date('2026-03-02T09:00:00+08:00')
      const steps = [1, 2, 3, 4].map((k) => new Date(filed.getTime() + k * gap * 86_400_000 + 3_600_000))
      march.push(await replay(code, toDepartment, '停车', steps))
      await db.query('update cases set created_at = $2 where id = $1', [march.at(-1), filed])
    }
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
    const dims = ['month', 'category', 'station', 'deputy', 'department']
    // Whole months, a period cut mid-month at both ends, and a single day.
    const periods = [{ from: '2026-01-01', to: today }, { from: '2026-02-15', to: '2026-07-10' }, { from: '2026-03-02', to: '2026-03-02' }]
    const ask = async () => {
      const out = []
      for (const p of periods) for (const by of dims) out.push((await call('stats', { action: 'report', ...p, by }, t.office.token)).data)
      return out
    }
    const timer = async () => {
      const run = async () => ((await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => new Date() }, { kind: 'trigger' })).data as { monthsCounted: number }).monthsCounted
      let counted = 0
      for (let n = await run(); n > 0; n = await run()) counted += n
      return counted
    }
    /** The same questions with no rollup standing, so that every case is counted now. */
    const live = async () => {
      await db.query('delete from report_months')
      return ask()
    }

    const counted = await ask()
    expect(counted[0].total.received).toBeGreaterThanOrEqual(16)
    expect(await timer()).toBeGreaterThanOrEqual(9)
    expect(await ask()).toEqual(counted)

    // A case rated and another filed after the count show at once, and again once counted.
    expect(await act(call, db, t.resident.token, ids[5], 'rate', { resultRating: '不满意', followUpRating: '满意' })).toMatchObject({ code: 'OK' })
    await call('cases', filing({ deputyCode: code, category: '停车' }), t.resident.token)
    const changed = await ask()
    expect(changed[0].total.received).toBe(counted[0].total.received + 1)
    expect(changed[0].total.rated).toBe(counted[0].total.rated + 1)
    // Both fall in this month: it alone is counted again.
    expect(await timer()).toBe(1)
    expect(await ask()).toEqual(changed)
    expect(await live()).toEqual(changed)

    // The district gives Tuesday 3 March off: the March cases' first responses each took a working day less (0, 2 and 4).
    await timer()
    const admin = (await login(call, { persona: 'admin' })).token
    const saved = await call('admin', { action: 'save', sheet: '节假日', row: { 日期: '2026-03-03', 类型: '休', 名称: '测试休息日' } }, admin)
    expect(saved.code).toBe('OK')
    const withHoliday = await ask()
    expect(withHoliday[0].rows.find((r: ReportRow) => r.key === '2026-03').medianDays.respond).toBe(2)
    await timer()
    expect(await ask()).toEqual(withHoliday)
    expect(await live()).toEqual(withHoliday)
    expect(await call('admin', { action: 'remove', sheet: '节假日', key: '2026-03-03', version: saved.data.version }, admin)).toMatchObject({ code: 'OK' })
    expect((await ask())[0].rows.find((r: ReportRow) => r.key === '2026-03').medianDays.respond).toBe(3)
  })
})
