import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import dayjs from 'dayjs'
import { shanghaiDay } from '../../src/core/time'
import { accountWith, dataOf as s } from '../support/call'
import { filing, withTeam } from '../support/loop'

jest.setTimeout(120_000)

const DAY = 86_400_000
/** A Shanghai morning `n` days from day `d`. */
const morning = (d: string, n: number) => new Date(Date.parse(`${d}T10:00:00+08:00`) + n * DAY)

/**
 * A suggestion's deadlines and 督办: the lead unit asks for another unit and for more time, the
 * office decides; 重点督办 with a leader and milestones on its own board; the timer's reminders two
 * weeks and three days before the due day, the overdue mark and the office's 督办 of it.
 */
describe.each(BACKENDS)('建议的期限与督办 on $name', (backend) => {
  const env = withTeam(backend)
  type R = { code: string; data: any; message: string }
  const sweep = async (at: Date) =>
    (await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db: env.db, demoLogins: true, now: () => at }, { kind: 'trigger' })).data as { suggestions: { reminded: number; overdue: number } }
  const heard = async (token: string, title: string) =>
    ((await env.call('messages', { action: 'list' }, token)).data.items as { title: string; body: string }[]).filter((m) => m.title === title).map((m) => m.body)

  /** A suggestion from one resident's case, accepted and handed to `lead`. */
  async function handedOut(title: string, lead: string, assists: string[] = []): Promise<any> {
    const { call, t } = env
    const resident = await accountWith(env.db, 'resident')
    const filed = (await call('cases', filing({ category: '道路交通', text: `${title}，附近居民反映了很久，希望尽快解决` }), resident.token)).data.id
    let x = s(await call('suggestions', { action: 'draft', title, category: '道路交通', situation: `${title}，群众多次反映。`, proposal: '请有关部门尽快研究解决。', caseIds: [filed] }, t.deputy.token))
    x = s(await call('suggestions', { action: 'submit', id: x.id, version: x.version }, t.deputy.token))
    x = s(await call('suggestions', { action: 'review', id: x.id, version: x.version, outcome: 'accept' }, t.office.token))
    return s(await call('suggestions', { action: 'assign', id: x.id, version: x.version, leadDepartmentId: lead, assistDepartmentIds: assists }, t.office.token))
  }

  it('a unit asks for another unit before signing and for more time; the office hands it out again and decides', async () => {
    const { call, t, db } = env
    const districtId = t.deputy.user.districtId
    const other = (await db.query<{ id: string }>('select id from departments where district_id = $1 and id <> $2 order by code limit 1', [districtId, t.department.user.departmentId]))[0].id
    const otherUnit = await accountWith(db, 'department', { department_id: other, district_id: districtId })
    let x = await handedOut('关于太东街道背街小巷硬化的建议', t.department.user.departmentId!)

    x = s(await call('suggestions', { action: 'redirect', id: x.id, reason: '小巷硬化属于街道办职责' }, t.department.token))
    expect(x.units[0]).toMatchObject({ role: 'lead', redirect: '小巷硬化属于街道办职责' })
    expect(await heard(t.office.token, '承办单位申请调整')).toEqual([expect.stringContaining('小巷硬化属于街道办职责')])
    expect(await call('suggestions', { action: 'redirect', id: x.id, reason: '再申请一次调整' }, t.department.token)).toMatchObject({ code: 'CONFLICT', message: '已经申请调整承办单位，请等待人大办重新交办' })
    // The office hands it to another unit: the first no longer reads it, the new one signs and cannot ask for a change after.
    x = s(await call('suggestions', { action: 'get', id: x.id }, t.office.token))
    x = s(await call('suggestions', { action: 'assign', id: x.id, version: x.version, leadDepartmentId: other }, t.office.token))
    expect(x.units).toEqual([expect.objectContaining({ id: other, role: 'lead', redirect: null })])
    expect(await call('suggestions', { action: 'get', id: x.id }, t.department.token)).toMatchObject({ code: 'NOT_FOUND' })
    s(await call('suggestions', { action: 'sign', id: x.id }, otherUnit.token))
    expect(await call('suggestions', { action: 'redirect', id: x.id, reason: '也不归我们管' }, otherUnit.token)).toMatchObject({ code: 'CONFLICT', message: '已经签收过了' })

    // More time: past six months of 交办 is refused; a good request waits for the office, one at a time.
    const due: string = x.dueOn
    expect(await call('suggestions', { action: 'extend', id: x.id, until: morning(due, 120).toISOString().slice(0, 10), reason: '需要纳入明年预算' }, otherUnit.token))
      .toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('交办起 6 个月') })
    expect(await call('suggestions', { action: 'extend', id: x.id, until: due, reason: '需要纳入明年预算' }, otherUnit.token)).toMatchObject({ code: 'VALIDATION' })
    const until = morning(due, 30).toISOString().slice(0, 10)
    x = s(await call('suggestions', { action: 'extend', id: x.id, until, reason: '需要纳入明年预算' }, otherUnit.token))
    expect(x.extensions).toEqual([expect.objectContaining({ until, reason: '需要纳入明年预算', approved: null })])
    expect(await call('suggestions', { action: 'extend', id: x.id, until, reason: '再申请一次延期' }, otherUnit.token)).toMatchObject({ code: 'CONFLICT', message: '已经申请延期，请等待人大办审批' })
    expect(await call('suggestions', { action: 'decideExtension', id: x.id, approve: true }, otherUnit.token)).toMatchObject({ code: 'FORBIDDEN' })
    x = s(await call('suggestions', { action: 'decideExtension', id: x.id, approve: true }, t.office.token))
    expect(x.dueOn >= until && x.dueOn < morning(until, 5).toISOString().slice(0, 10)).toBe(true)
    expect(x.extensions[0].approved).toBe(true)
    expect(await heard(otherUnit.token, '延期申请的审批结果')).toEqual([expect.stringContaining(`同意延期至 ${x.dueOn}`)])
    // A second request refused with a reason leaves the due day where it was.
    x = s(await call('suggestions', { action: 'extend', id: x.id, until: morning(x.dueOn, 10).toISOString().slice(0, 10), reason: '施工队伍紧张' }, otherUnit.token))
    expect(await call('suggestions', { action: 'decideExtension', id: x.id, approve: false }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '不同意延期请说明理由' })
    const kept = x.dueOn
    x = s(await call('suggestions', { action: 'decideExtension', id: x.id, approve: false, reason: '已延期一次' }, t.office.token))
    expect(x).toMatchObject({ dueOn: kept, extensions: [{ approved: true }, { approved: false, decision: '已延期一次' }] })
    expect(await call('suggestions', { action: 'decideExtension', id: x.id, approve: true }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '没有待审批的延期申请' })
  })

  it('重点督办: a leader and milestones on the key board, reached by progress reports; reminders, the overdue mark and 督办', async () => {
    const { call, t, db } = env
    const districtId = t.deputy.user.districtId
    const leader = await accountWith(db, 'office', { district_id: districtId })
    await db.query('update users set leader = true where id = $1', [leader.userId])
    let x = await handedOut('关于凌燕巷排水管网改造的建议', t.department.user.departmentId!)
    const quiet = await handedOut('关于增设公交站台座椅的建议', t.department.user.departmentId!)

    // Only a leader of the office supervises; the milestones come in order, the next overdue first on the board.
    expect(await call('suggestions', { action: 'prioritize', id: x.id, leaderUserId: t.office.user.id }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '督办领导应为本区人大办的领导' })
    expect(s(await call('suggestions', { action: 'get', id: x.id }, t.office.token)).leaderOptions).toEqual([expect.objectContaining({ id: leader.userId, label: expect.stringContaining('人大办领导') })])
    const milestones = [{ title: '完成管网勘察', due: morning(x.dueOn, -60).toISOString().slice(0, 10) }, { title: '完成管网施工', due: morning(x.dueOn, -10).toISOString().slice(0, 10) }]
    x = s(await call('suggestions', { action: 'prioritize', id: x.id, leaderUserId: leader.userId, milestones }, t.office.token))
    expect(x).toMatchObject({ key: true, leader: expect.stringContaining('人大办领导'), milestones: milestones.map((m) => ({ ...m, doneAt: null })) })
    expect(await heard(leader.token, '请督办重点建议')).toEqual([expect.stringContaining('关于凌燕巷排水管网改造的建议')])
    const board = async (which: string, token = t.office.token) => (await call('suggestions', { action: 'list', board: which }, token)) as R
    expect(s(await board('key')).items).toEqual([expect.objectContaining({ id: x.id, key: true, nextMilestone: { ...milestones[0], doneAt: null } })])
    expect(await board('key', t.department.token)).toMatchObject({ code: 'FORBIDDEN' })

    // The lead unit reports a milestone reached while handling; not twice, and it may not declare it done before answering.
    s(await call('suggestions', { action: 'sign', id: x.id }, t.department.token))
    x = s(await call('suggestions', { action: 'progress', id: x.id, percent: 30, note: '管网勘察完成，形成改造方案', milestoneIndex: 0 }, t.department.token))
    expect(x.milestones[0].doneAt).toEqual(expect.any(String))
    expect(x.events.at(-1)).toMatchObject({ label: '办理进展', note: '30%；完成节点「完成管网勘察」' })
    expect(await call('suggestions', { action: 'progress', id: x.id, percent: 40, note: '再报一次勘察', milestoneIndex: 0 }, t.department.token)).toMatchObject({ code: 'VALIDATION', message: '没有这个办理节点，或它已经完成' })
    expect(await call('suggestions', { action: 'progress', id: x.id, percent: 100, note: '全部完成了', done: true }, t.department.token)).toMatchObject({ code: 'VALIDATION', message: '答复之前不能宣布办结，请先答复' })
    expect(s(await board('key')).items[0].nextMilestone).toMatchObject({ title: '完成管网施工' })
    // A unit that has not signed within five days of 交办 shows as late; one that signed at once does not.
    await db.query(`update suggestions set assigned_at = assigned_at - interval '6 days' where id = $1`, [quiet.id])
    await db.query(`update suggestion_units set sign_by = sign_by - interval '6 days' where suggestion_id = $1`, [quiet.id])
    expect(s(await call('suggestions', { action: 'get', id: quiet.id }, t.office.token)).units[0]).toMatchObject({ signedAt: null, signLate: true })
    expect(x.units[0]).toMatchObject({ signedAt: expect.any(String), signLate: false })
    // One not key reports no progress before its answer.
    expect(await call('suggestions', { action: 'progress', id: quiet.id, percent: 10, note: '已经开始办理' }, t.department.token)).toMatchObject({ code: 'CONFLICT' })

    // Two weeks before the due day the units hear, once; three days before, again; a day after, it is overdue.
    expect(await call('suggestions', { action: 'supervise', id: x.id }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '这条建议还没有超期，不需要督办' })
    expect((await sweep(morning(x.dueOn, -15))).suggestions.reminded).toBe(0)
    expect((await sweep(morning(x.dueOn, -14))).suggestions.reminded).toBeGreaterThanOrEqual(1)
    await sweep(morning(x.dueOn, -13))
    const reminders = () => heard(t.department.token, '代表建议即将到期').then((all) => all.filter((b) => b.includes('排水管网')))
    expect(await reminders()).toEqual([expect.stringContaining('还有 14 天')])
    await sweep(morning(x.dueOn, -3))
    await sweep(morning(x.dueOn, -2))
    expect(await reminders()).toEqual([expect.stringContaining('还有 3 天'), expect.stringContaining('还有 14 天')])
    await sweep(morning(x.dueOn, 0))
    expect(s(await call('suggestions', { action: 'get', id: x.id }, t.office.token)).overdue).toBe(false)
    expect((await sweep(morning(x.dueOn, 1))).suggestions.overdue).toBeGreaterThanOrEqual(1)
    expect((await sweep(morning(x.dueOn, 2))).suggestions.overdue).toBe(0)
    expect((await heard(t.office.token, '代表建议已超期')).filter((b) => b.includes('排水管网'))).toHaveLength(1)
    expect(s(await board('overdue')).items.map((i: { id: string }) => i.id)).toContain(x.id)

    // 督办: the lead unit hears; once a day; a new due day clears the mark.
    x = s(await call('suggestions', { action: 'supervise', id: x.id, note: '请本周内答复' }, t.office.token))
    expect(x).toMatchObject({ overdue: true, events: expect.arrayContaining([expect.objectContaining({ label: '超期' }), expect.objectContaining({ label: '督办', note: '请本周内答复' })]) })
    expect(await heard(t.department.token, '人大办督办')).toEqual([expect.stringContaining('请本周内答复')])
    expect(await call('suggestions', { action: 'supervise', id: x.id }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '今天已经督办过这条建议了' })
    x = s(await call('suggestions', { action: 'assign', id: x.id, version: x.version, leadDepartmentId: t.department.user.departmentId }, t.office.token))
    expect(x.overdue).toBe(false)
    expect(s(await board('overdue')).items.map((i: { id: string }) => i.id)).not.toContain(x.id)
  })

  it('holds a suggestion whose words the check is unsure of for the office’s review: not published until released', async () => {
    const { call, t } = env
    const admin = (await call('auth', { action: 'devLogin', persona: 'admin' })).data.token
    s(await call('safety', { action: 'words', add: ['群体聚集'], outcome: 'hold' }, admin))
    const x = await handedOut('关于防止小区群体聚集纠纷的建议', t.department.user.departmentId!)
    const published = async () => ((await call('suggestions', { action: 'public' })).data.items as { id: string }[]).some((p) => p.id === x.id)
    expect(await published()).toBe(false)
    expect(await call('suggestions', { action: 'public', id: x.id })).toMatchObject({ code: 'NOT_FOUND' })
    // It is handled meanwhile; the office finds it in its 审核 queue (a station's staff do not) and releases it.
    expect(x.status).toBe('assigned')
    type Item = { id: string; kind: string; label: string; content: string; version: number }
    const ours = (i: Item) => i.kind === 'suggestion' && i.content.includes('关于防止小区群体聚集纠纷的建议')
    expect(((await call('safety', { action: 'queue' }, t.staff.token)).data.items as Item[]).some(ours)).toBe(false)
    const item = ((await call('safety', { action: 'queue' }, t.office.token)).data.items as Item[]).find(ours)!
    expect(item).toMatchObject({ kind: 'suggestion', label: '代表建议' })
    s(await call('safety', { action: 'release', id: item.id, version: item.version }, t.office.token))
    expect(await published()).toBe(true)
  })

  it('asks an assisting unit for its view three days before the month from 交办 ends, once; one that sent it is not asked', async () => {
    const { call, t, db } = env
    const districtId = t.deputy.user.districtId
    const [a, b] = await db.query<{ id: string }>('select id from departments where district_id = $1 and id <> $2 order by code limit 2', [districtId, t.department.user.departmentId])
    const [slow, quick] = await Promise.all([a, b].map((u) => accountWith(db, 'department', { department_id: u.id, district_id: districtId })))
    const x = await handedOut('关于增设小区充电桩的建议', t.department.user.departmentId!, [a.id, b.id])
    for (const token of [slow.token, quick.token]) s(await call('suggestions', { action: 'sign', id: x.id }, token))
    s(await call('suggestions', { action: 'assistView', id: x.id, text: '充电桩建设可结合老旧小区改造统筹安排。' }, quick.token))
    const asked = async (token: string) => (await heard(token, '协办意见即将到期')).filter((b) => b.includes('充电桩'))
    // A month from the Shanghai day of 交办, as the calendar counts it (the 31st's month may end on the 30th).
    const end = new Date(Date.parse(`${dayjs(shanghaiDay(new Date())).add(1, 'month').format('YYYY-MM-DD')}T10:00:00+08:00`))
    await sweep(new Date(end.getTime() - 4 * DAY))
    expect(await asked(slow.token)).toEqual([])
    await sweep(new Date(end.getTime() - 3 * DAY))
    await sweep(new Date(end.getTime() - 2 * DAY))
    expect(await asked(slow.token)).toEqual([expect.stringContaining('的协办意见应于')])
    expect(await asked(quick.token)).toEqual([])
    expect(await asked(t.department.token)).toEqual([])
  })

  it('asks a B answer’s unit for its progress when a quarter passed without a report, once; not one declared done', async () => {
    const { call, t } = env
    const answeredB = async (title: string) => {
      let x = await handedOut(title, t.department.user.departmentId!)
      s(await call('suggestions', { action: 'sign', id: x.id }, t.department.token))
      s(await call('suggestions', { action: 'contact', id: x.id, way: '电话', at: new Date().toISOString(), note: '电话联系代表' }, t.department.token))
      x = s(await call('suggestions', { action: 'get', id: x.id }, t.department.token))
      return s(await call('suggestions', { action: 'answer', id: x.id, version: x.version, grade: 'B', text: '已列入明年计划，分步实施。', public: true }, t.department.token))
    }
    await answeredB('关于改造北关街排水管网的建议')
    const done = await answeredB('关于北关街增设垃圾分类点的建议')
    s(await call('suggestions', { action: 'progress', id: done.id, percent: 100, note: '分类点已全部建成', done: true }, t.department.token))
    const asked = async () => (await heard(t.department.token, '请报告建议办理进展')).filter((b) => b.includes('北关街'))
    await sweep(new Date(Date.now() + 89 * DAY))
    expect(await asked()).toEqual([])
    await sweep(new Date(Date.now() + 91 * DAY))
    await sweep(new Date(Date.now() + 95 * DAY))
    expect(await asked()).toEqual([expect.stringContaining('关于改造北关街排水管网的建议')])
  })

  it("answers within the months and signs within the days the district's admin set, for suggestions handed out after the change", async () => {
    const { call, t, db } = env
    const admin = await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })
    const settings = s(await call('admin', { action: 'settings' }, admin.token))
    expect(settings.suggestionTerms).toEqual({ answerMonths: 3, signDays: 5 })
    expect(await call('admin', { action: 'saveSettings', ...settings, suggestionTerms: { answerMonths: 7, signDays: 5 } }, admin.token))
      .toMatchObject({ code: 'VALIDATION', message: '建议答复期限不能超过 6 个月' })
    expect(await call('admin', { action: 'saveSettings', ...settings, suggestionTerms: { answerMonths: 3, signDays: 0 } }, admin.token))
      .toMatchObject({ code: 'VALIDATION', message: '建议签收期限至少 1 天' })
    const before = await handedOut('关于北关街路灯维修的建议', t.department.user.departmentId!)
    const saved = s(await call('admin', { action: 'saveSettings', ...settings, suggestionTerms: { answerMonths: 2, signDays: 3 } }, admin.token))
    expect(saved.suggestionTerms).toEqual({ answerMonths: 2, signDays: 3 })
    const [entry] = (await call('audit', { action: 'search', kind: 'data.change' }, admin.token)).data.items
    expect(entry).toMatchObject({ detail: '本区设置', before: { 建议答复月数: 3, 建议签收天数: 5 }, after: { 建议答复月数: 2, 建议签收天数: 3 } })
    // Saving the cases' settings alone leaves the terms as they are.
    expect(s(await call('admin', { action: 'saveSettings', ...saved, suggestionTerms: undefined }, admin.token)).suggestionTerms).toEqual({ answerMonths: 2, signDays: 3 })

    const after = await handedOut('关于北关街增设休闲座椅的建议', t.department.user.departmentId!)
    // Due the months after today, moved at most past a long holiday to a working day.
    const today = dayjs(shanghaiDay(new Date()))
    const past = (x: { dueOn: string }, months: number) => dayjs(x.dueOn).diff(today.add(months, 'month'), 'day')
    expect(past(before, 3)).toBeGreaterThanOrEqual(0)
    expect(past(before, 3)).toBeLessThan(10)
    expect(past(after, 2)).toBeGreaterThanOrEqual(0)
    expect(past(after, 2)).toBeLessThan(10)
    // To be signed within the days in force when each was handed out: unsigned past them, it shows late.
    const signDays = async (id: string) =>
      (await db.query<{ days: number }>('select round(extract(epoch from u.sign_by - s.assigned_at) / 86400)::int as days from suggestion_units u join suggestions s on s.id = u.suggestion_id where s.id = $1', [id]))[0].days
    expect([await signDays(before.id), await signDays(after.id)]).toEqual([5, 3])
    await db.query(`update suggestion_units set sign_by = sign_by - interval '3 days' where suggestion_id = $1`, [after.id])
    expect(s(await call('suggestions', { action: 'get', id: after.id }, t.office.token)).units[0]).toMatchObject({ signedAt: null, signLate: true })
    expect(s(await call('suggestions', { action: 'get', id: before.id }, t.office.token)).units[0]).toMatchObject({ signedAt: null, signLate: false })
  })
})
