import { DEFAULT_RULES } from '../../src/core/accountability/rules'
import type { DutyDraft, PointsView } from '../../src/core/accountability/types'
import type { TaskProgress } from '../../src/core/accountability/tasks'
import { shanghaiDay } from '../../src/core/time'
import suggestionRecord from '../../server/db/migrations/043-suggestion-record'
import { BACKENDS } from '../support/backends'
import { accountWith, dataOf as s } from '../support/call'
import { filing, withTeam } from '../support/loop'

jest.setTimeout(120_000)

/**
 * 履职 from the record: a submitted suggestion is an item of its 领衔 and 附议 deputies, worth
 * points by the rule table, counted by the monthly 提出意见建议 task and in the 述职 draft; an
 * 意见建议 activity about it is not counted again; a draft or a withdrawn one counts nothing.
 */
describe.each(BACKENDS)('建议 in the 履职 record on $name', (backend) => {
  const env = withTeam(backend)
  const today = () => shanghaiDay(new Date())
  const year = () => Number(today().slice(0, 4))
  const items = async (code: string) =>
    (s(await env.call('points', { action: 'get', deputyCode: code, from: `${year()}-01-01`, to: `${year()}-12-31` })) as PointsView).items

  it('counts a submitted suggestion for its 领衔 and 附议 deputies once, by the rules, in the task and the 述职 draft', async () => {
    const { call, t, db } = env
    const other = (await db.query<{ id: string }>(`select id from deputies where code = 'LZ002'`))[0]
    const colleague = await accountWith(db, 'deputy', { deputy_id: other.id, district_id: t.deputy.user.districtId })
    const resident = await accountWith(db, 'resident')
    const filed = (await call('cases', filing({ category: '道路交通', text: '东街路口没有斑马线，孩子上学过马路危险' }), resident.token)).data.id
    const base = { action: 'draft', category: '道路交通', situation: '东街路口没有斑马线，群众多次反映。', proposal: '请交警部门施划斑马线并设置提示牌。', caseIds: [filed] }
    let x = s(await call('suggestions', { ...base, title: '关于东街路口施划斑马线的建议', coDeputyCodes: ['LZ002'] }, t.deputy.token))
    s(await call('suggestions', { action: 'cosign', id: x.id, accept: true }, colleague.token))
    // A draft counts nothing; nor does one submitted and withdrawn.
    expect((await items('LZ001')).filter((i) => i.source === 'suggestion')).toEqual([])
    let gone = s(await call('suggestions', { ...base, title: '关于东街路口增设信号灯的建议' }, t.deputy.token))
    gone = s(await call('suggestions', { action: 'submit', id: gone.id, version: gone.version }, t.deputy.token))
    s(await call('suggestions', { action: 'withdraw', id: gone.id, version: gone.version }, t.deputy.token))
    x = s(await call('suggestions', { action: 'get', id: x.id }, t.deputy.token))
    x = s(await call('suggestions', { action: 'submit', id: x.id, version: x.version }, t.deputy.token))

    const lead = (await items('LZ001')).filter((i) => i.source === 'suggestion')
    expect(lead).toEqual([expect.objectContaining({ refId: x.id, kind: '领衔建议', points: 3, at: today(), label: `领衔提出建议 ${x.number}《关于东街路口施划斑马线的建议》` })])
    expect((await items('LZ002')).filter((i) => i.source === 'suggestion')).toEqual([expect.objectContaining({ refId: x.id, kind: '附议建议', points: 1 })])

    // An 意见建议 activity about it is not counted again; one about nothing is; one naming another's suggestion is refused.
    const record = (over: Record<string, unknown>) => call('activities', { action: 'record', kind: '意见建议', date: today(), title: '提出斑马线建议', ...over }, t.deputy.token)
    const about = s(await record({ suggestionId: x.id }))
    const plain = s(await record({ title: '向街道反映路灯问题' }))
    for (const a of [about, plain]) s(await call('activities', { action: 'verify', id: a.id }, t.staff.token))
    expect(await record({ suggestionId: gone.id })).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('关联的建议') })
    expect(await record({ kind: '视察', suggestionId: x.id })).toMatchObject({ code: 'VALIDATION' })
    const counted = (await items('LZ001')).map((i) => i.refId)
    expect(counted).toEqual(expect.arrayContaining([x.id, plain.id]))
    expect(counted).not.toContain(about.id)

    // The month's 提出意见建议 task counts it; the 述职 draft tells of it.
    const tasks = (s(await call('tasks', { action: 'progress', deputyCode: 'LZ002' }, colleague.token)).items as TaskProgress[])
    expect(tasks.find((p) => p.task.key === 'suggestion')).toMatchObject({ done: 1, counted: [expect.objectContaining({ source: 'suggestion', refId: x.id })] })
    const draft = s(await call('dutyReports', { action: 'draft', year: year() }, t.deputy.token)) as DutyDraft
    expect(draft.figures.formal).toEqual({ led: 1, joined: 0, answered: 0, grades: {} })
    expect(draft.text).toContain('领衔提出代表建议 1 件、附议 0 件，尚未答复。')
  })

  it('gives every stored rule version the new kinds at their defaults and counts them in its 提出意见建议 task', async () => {
    const { db, t } = env
    const kinds = Object.fromEntries(Object.entries(DEFAULT_RULES.kinds).filter(([k]) => k !== '领衔建议' && k !== '附议建议'))
    const tasks = DEFAULT_RULES.tasks.map((x) => (x.key === 'suggestion' ? { ...x, counts: ['意见建议'] } : x))
    await db.query(`insert into point_rules (district_id, version, effective_from, rules, created_by) values ($1, 90, '2025-01-01', $2, $3)`, [
      t.deputy.user.districtId, JSON.stringify({ ...DEFAULT_RULES, kinds, tasks }), t.office.user.id,
    ])
    // The migration's rewriting of stored versions, run again over the old-shaped one (the column it adds exists already).
    const statements = suggestionRecord.split('\n').filter((l) => !l.startsWith('--')).join('\n').split(';')
    for (const statement of statements.filter((x) => /update point_rules/.test(x))) await db.exec(statement)
    const [{ rules }] = await db.query<{ rules: typeof DEFAULT_RULES }>('select rules from point_rules where district_id = $1 and version = 90', [t.deputy.user.districtId])
    expect(rules.kinds).toMatchObject({ 领衔建议: { points: 3 }, 附议建议: { points: 1 }, 视察: { points: 3 } })
    expect(rules.tasks.find((x) => x.key === 'suggestion')!.counts).toEqual(['意见建议', '领衔建议', '附议建议'])
    expect(rules.tasks).toHaveLength(DEFAULT_RULES.tasks.length)
  })
})
