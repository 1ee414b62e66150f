import ExcelJS from 'exceljs'
import { shanghaiDay } from '../../src/core/time'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { accountWith, dataOf as s } from '../support/call'
import { filing, withTeam } from '../support/loop'
import { scratchMedia } from '../support/media'

jest.setTimeout(120_000)

const media = scratchMedia()
const DAY = 86_400_000

/**
 * 建议办理's figures: the 建议办理情况汇总表 by unit (handed, signed in time, answered in time after
 * contact, classes, the 领衔 deputy's rating, re-handled, overdue), by deputy, and its Excel export
 * with every suggestion and its answer.
 */
describe.each(BACKENDS)('建议办理统计 on $name', (backend) => {
  const env = withTeam(backend, { media })
  const today = shanghaiDay(new Date())
  const year = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }

  it('counts each unit’s and deputy’s handling, shows a unit only its own row, and exports the table and every answer', async () => {
    const { call, t, db } = env
    const districtId = t.deputy.user.districtId
    const lead = t.department.user.departmentId!
    const assist = (await db.query<{ id: string; name: string }>('select id, name from departments where district_id = $1 and id <> $2 order by code limit 1', [districtId, lead]))[0]
    const assistant = await accountWith(db, 'department', { department_id: assist.id, district_id: districtId })
    const resident = await accountWith(db, 'resident')
    const handed = async (title: string, assists: string[] = []) => {
      const filed = (await call('cases', filing({ category: '道路交通', text: `${title}，附近居民反映了很久` }), resident.token)).data.id
      let x = s(await call('suggestions', { action: 'draft', title, category: '道路交通', situation: `${title}，群众多次反映。`, proposal: '请有关部门尽快研究解决。', caseIds: [filed] }, t.deputy.token))
      x = s(await call('suggestions', { action: 'submit', id: x.id, version: x.version }, t.deputy.token))
      x = s(await call('suggestions', { action: 'review', id: x.id, version: x.version, outcome: 'accept' }, t.office.token))
      return s(await call('suggestions', { action: 'assign', id: x.id, version: x.version, leadDepartmentId: lead, assistDepartmentIds: assists }, t.office.token))
    }
    // One signed by both units, answered B after contact, sent back, answered A, 基本满意.
    let x = await handed('关于东关街人行道修缮的建议', [assist.id])
    s(await call('suggestions', { action: 'sign', id: x.id }, t.department.token))
    s(await call('suggestions', { action: 'sign', id: x.id }, assistant.token))
    s(await call('suggestions', { action: 'contact', id: x.id, way: '电话', at: new Date().toISOString(), note: '电话联系代表' }, t.department.token))
    x = s(await call('suggestions', { action: 'get', id: x.id }, t.department.token))
    x = s(await call('suggestions', { action: 'answer', id: x.id, version: x.version, grade: 'B', text: '已列入明年人行道修缮计划，先行临时修补。', public: true }, t.department.token))
    x = s(await call('suggestions', { action: 'evaluate', id: x.id, version: x.version, rating: '不满意', contactRating: '满意', comment: '希望今年修' }, t.deputy.token))
    s(await call('suggestions', { action: 'contact', id: x.id, way: '走访', at: new Date().toISOString(), note: '当面沟通修缮时间' }, t.department.token))
    x = s(await call('suggestions', { action: 'get', id: x.id }, t.department.token))
    x = s(await call('suggestions', { action: 'answer', id: x.id, version: x.version, grade: 'A', text: '人行道已于本月全部修缮完毕并通过验收。', public: true }, t.department.token))
    s(await call('suggestions', { action: 'evaluate', id: x.id, version: x.version, rating: '基本满意', contactRating: '满意' }, t.deputy.token))
    // Another never signed nor answered, overdue.
    const late = await handed('关于东关街增设停车位的建议')
    await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => new Date(Date.parse(`${late.dueOn}T10:00:00+08:00`) + DAY) }, { kind: 'trigger' })

    const figures = s(await call('suggestions', { action: 'figures', ...year }, t.office.token))
    const unit = figures.units.find((u: { name: string }) => u.name === x.units[0].name)
    expect(unit).toEqual({
      name: x.units[0].name, lead: 2, assist: 0, signedOnTime: 1, answered: 1, answeredOnTime: 1, contacted: 1, grades: { A: 1, B: 0, C: 0, D: 0 },
      rated: 1, satisfied: 1, satisfactionRate: 1, rehandled: 1, overdue: 1,
    })
    expect(figures.units.find((u: { name: string }) => u.name === assist.name)).toMatchObject({ lead: 0, assist: 1, signedOnTime: 1, answered: 0 })
    expect(figures.total).toMatchObject({ lead: 2, assist: 1, answered: 1, grades: { A: 1 }, satisfactionRate: 1 })
    expect(figures.deputies).toEqual([expect.objectContaining({ code: 'LZ001', led: 2, joined: 0, answered: 1, rated: 1, satisfied: 1, satisfactionRate: 1 })])

    // A unit reads only its own row; a resident nothing; a period before any 交办 is empty.
    expect(s(await call('suggestions', { action: 'figures', ...year }, assistant.token)).units.map((u: { name: string }) => u.name)).toEqual([assist.name])
    expect(await call('suggestions', { action: 'figures', ...year }, resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(s(await call('suggestions', { action: 'figures', from: '2020-01-01', to: '2020-12-31' }, t.office.token)).units).toEqual([])
    expect(await call('suggestions', { action: 'figures', from: year.to, to: year.from }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '开始日期不能晚于结束日期' })

    // The export: the summary table with its total, by deputy, and every suggestion with its final answer.
    expect(await call('reports', { action: 'export', kind: 'suggestions', ...year }, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })
    const made = s(await call('reports', { action: 'export', kind: 'suggestions', ...year }, t.office.token))
    expect(made).toMatchObject({ rows: 2, name: `代表建议办理情况_${year.from}至${year.to}.xlsx` })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await media.read(made.url.slice(1).split('?')[0])) as unknown as ArrayBuffer)
    const rows = (name: string) => wb.getWorksheet(name)!.getSheetValues().filter(Boolean).map((r) => (r as ExcelJS.CellValue[]).slice(1))
    const summary = rows('建议办理情况汇总表')
    expect(summary[0][0]).toBe(`代表建议办理情况汇总表（${year.from} 至 ${year.to} 交办）`)
    expect(summary[1].slice(0, 4)).toEqual(['承办单位', '主办', '协办', '按时签收'])
    expect(summary.at(-1)!.slice(0, 3)).toEqual(['合计', 2, 1])
    const lines = rows('建议及答复明细')
    expect(lines).toHaveLength(3)
    expect(lines.find((l) => l[1] === '关于东关街人行道修缮的建议')).toEqual(expect.arrayContaining(['A', '人行道已于本月全部修缮完毕并通过验收。', '基本满意', 2]))
    expect(rows('按代表')[1].slice(0, 4)).toEqual(['LZ001', '王建国', 2, 0])
  })
})
