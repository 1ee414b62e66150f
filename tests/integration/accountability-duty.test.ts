import type { DutyDraft, DutyReportView, ProgressView } from '../../src/core/accountability/types'
import { shanghaiDay } from '../../src/core/time'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, caseIn, filing, withTeam, type Call, type Team } from '../support/loop'

let clock = new Date('2026-03-24T10:00:00+08:00')

describe.each(BACKENDS)('履职 tasks and 述职 on $name', (backend) => {
  const env = withTeam(backend, { now: () => clock })
  let db: Database, call: Call, t: Team
  beforeAll(() => {
    ;({ db, call, t } = env)
    clock = new Date('2026-03-24T10:00:00+08:00')
  })

  /** An activity of LZ001, verified by the station. */
  const verified = async (kind: string, date: string) => {
    const r = await call('activities', { action: 'record', kind, date, title: `${kind}（${date}）` }, t.deputy.token)
    expect((await call('activities', { action: 'verify', id: r.data!.id }, t.staff.token)).code).toBe('OK')
    return r.data!.id as string
  }
  const progress = async (period?: string, token = t.deputy.token) =>
    Object.fromEntries((await call<ProgressView>('tasks', { action: 'progress', deputyCode: 'LZ001', period }, token)).data!.items.map((p) => [p.task.key, p]))
  const timer = (at: Date) => invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => at }, { kind: 'trigger' })
  const reminders = async () =>
    (await db.query<{ body: string }>("select body from messages where user_id = $1 and title = '履职任务即将到期' order by created_at", [t.deputy.user.id])).map((m) => m.body)

  it('counts each task over its own month, quarter or year in Shanghai, naming what counted', async () => {
    const reception = await verified('接待选民', '2026-03-05')
    await verified('意见建议', '2026-02-10')
    const study = await verified('培训学习', '2026-01-15')
    await call('activities', { action: 'record', kind: '视察', date: '2026-03-06', title: '未核实的视察' }, t.deputy.token)

    const now = await progress()
    expect(now.reception).toMatchObject({ done: 1, required: 1, period: { key: '2026-03' }, counted: [{ refId: reception, source: 'activity' }] })
    expect(now.suggestion).toMatchObject({ done: 0, period: { key: '2026-03' } })
    expect(now.study).toMatchObject({ done: 1, period: { key: '2026-Q1', from: '2026-01-01', to: '2026-03-31' }, counted: [{ refId: study }] })
    // A pending 视察 is not done.
    expect(now.visit).toMatchObject({ done: 0, period: { key: '2026-Q1' } })
    expect(now.archive).toMatchObject({ done: 1, required: 4, period: { key: '2026' } })
    // February's suggestion counted in February.
    expect((await progress('2026-02-28')).suggestion).toMatchObject({ done: 1, period: { key: '2026-02' } })

    // An answer at 00:30 on 1 April in Shanghai (16:30 on 31 March UTC) counts in April and in the second quarter.
    clock = new Date()
    const caseId = (await call('cases', filing(), t.resident.token)).data.id as string
    expect((await act(call, db, t.deputy.token, caseId, 'answer', { text: '已联系社区，明天上午维修' })).code).toBe('OK')
    await db.query("update cases set resolved_at = '2026-03-31T16:30:00Z' where id = $1", [caseId])
    await db.query("update case_events set created_at = '2026-03-31T16:30:00Z' where case_id = $1 and type = 'answer'", [caseId])
    clock = new Date('2026-04-02T10:00:00+08:00')
    const april = await progress()
    expect(april.reception).toMatchObject({ done: 0, period: { key: '2026-04' } })
    expect(april.study).toMatchObject({ done: 0, period: { key: '2026-Q2' } })
    const points = (await call('points', { action: 'get', deputyCode: 'LZ001', from: '2026-04-01', to: '2026-04-30' }, t.deputy.token)).data
    expect(points.items).toEqual([expect.objectContaining({ refId: caseId, kind: '答复诉求', at: '2026-04-01' })])
    clock = new Date('2026-03-24T10:00:00+08:00')
  })

  it('shows staff who is behind, and reminds a deputy once, a week before the period closes, of what is unmet', async () => {
    const behind = await call<{ rows: { deputy: { code: string }; unmet: { task: string }[] }[] }>('tasks', { action: 'behind' }, t.staff.token)
    const mine = behind.data!.rows.find((r) => r.deputy.code === 'LZ001')!
    expect(mine.unmet.map((u) => u.task)).toEqual(expect.arrayContaining(['提出意见建议', '开展视察调研']))
    expect(mine.unmet.map((u) => u.task)).not.toContain('接待选民')
    expect(await call('tasks', { action: 'behind' }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('tasks', { action: 'progress', deputyCode: 'LZ001' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })

    // 23 March is more than a week before 31 March: no reminder yet.
    expect((await timer(new Date('2026-03-23T10:00:00+08:00'))).data).toMatchObject({ tasksReminded: 0 })
    expect(await reminders()).toEqual([])
    const first = await timer(new Date('2026-03-24T10:00:00+08:00'))
    expect((first.data as { tasksReminded: number }).tasksReminded).toBeGreaterThan(0)
    const [body] = await reminders()
    expect(body).toContain('2026-03-31')
    expect(body).toContain('提出意见建议')
    expect(body).toContain('开展视察调研')
    expect(body).not.toContain('接待选民（')
    await timer(new Date('2026-03-25T10:00:00+08:00'))
    expect(await reminders()).toHaveLength(1)
  })

  it('drafts a 述职 whose figures equal the database, publishes it, takes one rating per resident and the paper votes, and gives a verdict', async () => {
    clock = new Date()
    const year = Number(shanghaiDay(clock).slice(0, 4))
    await caseIn(call, db, t, 'dispatched')
    const answered = (await call('cases', filing(), t.resident.token)).data.id as string
    await act(call, db, t.deputy.token, answered, 'answer', { text: '已联系社区，明天上午维修' })
    await act(call, db, t.resident.token, answered, 'rate', { resultRating: '满意', followUpRating: '满意' })

    expect(await call('dutyReports', { action: 'draft', year }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('dutyReports', { action: 'draft', year: year - 3 }, t.deputy.token)).toMatchObject({ code: 'VALIDATION' })
    const draft = (await call<DutyDraft>('dutyReports', { action: 'draft', year }, t.deputy.token)).data!
    const [db_] = await db.query<Record<string, number>>(
      `select count(*)::int as received, count(*) filter (where resolved_by = 'deputy')::int as answered, count(dispatched_at)::int as dispatched,
              count(resolved_by)::int as resolved, count(result_rating)::int as rated, count(*) filter (where result_rating in ('满意', '基本满意'))::int as satisfied
         from cases where deputy_id = $1 and created_at >= $2 and created_at < $3`,
      [t.deputy.user.deputyId, `${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`],
    )
    expect(draft.figures).toMatchObject(db_)
    expect(draft.figures.received).toBeGreaterThan(1)
    expect(draft.text).toContain(`共收到群众诉求 ${db_.received} 件`)
    const points = (await call('points', { action: 'get', deputyCode: 'LZ001', from: `${year}-01-01`, to: `${year}-12-31` }, t.deputy.token)).data
    expect(draft.figures.points).toBe(points.total)

    const text = `${draft.text.replace('（请在这里填写）', '下一步继续做好加装电梯和停车难问题的跟踪。')}`
    expect(await call('dutyReports', { action: 'publish', id: draft.id, text, version: draft.version + 1 }, t.deputy.token)).toMatchObject({ code: 'CONFLICT' })
    const published = await call<DutyReportView>('dutyReports', { action: 'publish', id: draft.id, text, version: draft.version }, t.deputy.token)
    expect(published).toMatchObject({ code: 'OK', data: { year, verdict: '待评议', rate: null } })
    expect(await call('dutyReports', { action: 'publish', id: draft.id, text, version: draft.version }, t.deputy.token)).toMatchObject({ code: 'CONFLICT' })

    const get = async (token?: string) => (await call<DutyReportView>('dutyReports', { action: 'get', deputyCode: 'LZ001' }, token)).data!
    expect((await get()).text).toContain('加装电梯')
    expect(await call('dutyReports', { action: 'rate', id: draft.id, rating: '满意' }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('dutyReports', { action: 'rate', id: draft.id, rating: '满意' })).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await call('dutyReports', { action: 'rate', id: draft.id, rating: '满意', comment: '很负责' }, t.resident.token)).toMatchObject({ code: 'OK', data: { mine: '满意' } })
    expect(await call('dutyReports', { action: 'rate', id: draft.id, rating: '不满意' }, t.resident.token)).toMatchObject({ code: 'CONFLICT', message: '您已经评议过这份述职报告，每人只能评议一次' })
    // What the resident gave is in what the product holds about them.
    expect((await call('auth', { action: 'myData' }, t.resident.token)).data.dutyRatings).toEqual([{ deputy: '王建国', year, rating: '满意', comment: '很负责', createdAt: expect.any(String) }])
    const other = await login(call, { openid: 'r-duty-other' })
    await call('dutyReports', { action: 'rate', id: draft.id, rating: '不满意' }, other.token)
    // Two ratings at once by one person: exactly one stands.
    const third = await login(call, { openid: 'r-duty-third' })
    const both = await Promise.all([1, 2].map(() => call('dutyReports', { action: 'rate', id: draft.id, rating: '基本满意' }, third.token)))
    expect(both.map((r) => r.code).sort()).toEqual(['CONFLICT', 'OK'])
    expect(await get()).toMatchObject({ ratings: { 满意: 1, 基本满意: 1, 不满意: 1 }, verdict: '不称职' })

    expect(await call('dutyReports', { action: 'paper', id: draft.id, 满意: 30, 基本满意: 5, 不满意: 2 }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('dutyReports', { action: 'paper', id: draft.id, 满意: 30, 基本满意: 5, 不满意: 2 }, t.staff.token)).toMatchObject({ code: 'OK' })
    const final = await get()
    expect(final).toMatchObject({ ratings: { 满意: 31, 基本满意: 6, 不满意: 3 }, paper: { 满意: 30 }, online: { 满意: 1 }, verdict: '称职' })
    expect(final.rate).toBeCloseTo(37 / 40, 3)

    // The 述职 entered the record, verified, and the public page shows its result.
    const listed = (await call('activities', { action: 'list', deputyCode: 'LZ001' })).data.items
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ kind: '述职', title: `${year}年度述职报告`, status: 'verified' })]))
    const page = (await call('deputies', { action: 'figures', code: 'LZ001' })).data
    expect(page.duty.report).toMatchObject({ year, verdict: '称职', ratings: { 满意: 31 } })
    expect((await call('dutyReports', { action: 'station', year }, t.staff.token)).data.items).toHaveLength(1)

    // A resident who deletes their account leaves the vote and takes their words.
    expect((await call('auth', { action: 'deleteAccount', confirm: '注销' }, t.resident.token)).code).toBe('OK')
    expect((await get()).ratings.满意).toBe(31)
    expect(await db.query('select comment from duty_report_ratings where user_id = $1', [t.resident.user.id])).toEqual([{ comment: null }])
  })
})
