import ExcelJS from 'exceljs'
import { IMPORT_COLUMNS } from '../../src/core/suggestions/import'
import { BACKENDS } from '../support/backends'
import { dataOf as s } from '../support/call'
import { withTeam } from '../support/loop'

jest.setTimeout(120_000)

/** A 代表建议 sheet as an office fills it from its paper files: a title row, the header, then the rows. */
async function workbookOf(rows: (string | Date | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('代表建议')
  ws.addRow(['2025 年代表建议办理情况（纸质）'])
  ws.addRow([...IMPORT_COLUMNS])
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

/**
 * `suggestions import`: a year's suggestions handled on paper come in whole or not at all —
 * every problem named by row and column first — numbered without clashing with the counter, and
 * count in the figures and on the public list like those handled here.
 */
describe.each(BACKENDS)('importing a year of paper suggestions on $name', (backend) => {
  const env = withTeam(backend)

  it('names every problem and writes nothing; then imports the year, keeps typed numbers and numbers the rest after them', async () => {
    const { call, t, db } = env
    const [unit] = await db.query<{ name: string }>('select name from departments where id = $1', [t.department.user.departmentId])
    const good = [
      ['LZ-JY-2025-0012', '关于老城区雨污分流改造的建议', '道路交通', 'LZ001', 'LZ002', '老城区雨天积水严重', '实施雨污分流改造', unit.name, '', new Date('2025-03-10T00:00:00Z'), 'A', '已完成改造一期工程。', '2025-06-01', '满意'],
      [null, '关于增设社区老年食堂的建议', '道路交通', 'LZ001', '', '', '', unit.name, '', '2025/5/10', '', '', '', ''],
    ]
    const bad = ['', '关于', '不存在的类别', 'LZ999', '', '', '', '不存在的单位', '', '2099-01-01', 'E', '', '', '满意']
    const refused = s(await call('suggestions', { action: 'import', workbook: await workbookOf([...good, bad]) }, t.office.token))
    expect(refused).toMatchObject({ rows: 3, imported: 0 })
    expect(refused.problems.map((p: { column: string }) => p.column)).toEqual(expect.arrayContaining(['标题', '类别', '领衔代表编码', '主办单位', '交办日期', '答复类别', '答复内容']))
    expect(refused.problems.every((p: { row: number }) => p.row === 5)).toBe(true)
    expect((await db.query('select 1 from suggestions where title = $1', ['关于老城区雨污分流改造的建议'])).length).toBe(0)

    const file = await workbookOf(good)
    expect(s(await call('suggestions', { action: 'import', workbook: file, dryRun: true }, t.office.token))).toEqual({ rows: 2, problems: [], imported: 0, dryRun: true })
    expect(await call('suggestions', { action: 'import', workbook: file }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(s(await call('suggestions', { action: 'import', workbook: file }, t.office.token))).toMatchObject({ imported: 2, problems: [] })

    const rows = await db.query<{ number: string; status: string; grade: string | null }>(`select number, status, grade from suggestions where title like '关于%' and number like 'LZ-JY-2025-%' order by number`)
    expect(rows).toEqual([{ number: 'LZ-JY-2025-0012', status: 'closed', grade: 'A' }, { number: 'LZ-JY-2025-0013', status: 'assigned', grade: null }])
    const figures = s(await call('suggestions', { action: 'figures', from: '2025-01-01', to: '2025-12-31' }, t.office.token))
    expect(figures.units.find((u: { name: string }) => u.name === unit.name)).toMatchObject({ lead: 2, answered: 1, answeredOnTime: 1, grades: { A: 1 }, satisfied: 1 })
    expect(figures.deputies.find((d: { code: string }) => d.code === 'LZ002')).toMatchObject({ joined: 1 })
    const published = (await call('suggestions', { action: 'public' })).data.items.find((x: { number: string }) => x.number === 'LZ-JY-2025-0012')
    expect(published).toMatchObject({ grade: 'A', answer: '已完成改造一期工程。', status: 'closed' })

    // The same file again: the typed number exists, the unnumbered row was imported before.
    const again = s(await call('suggestions', { action: 'import', workbook: file }, t.office.token))
    expect(again.problems.map((p: { message: string }) => p.message)).toEqual(['建议编号 LZ-JY-2025-0012 已经存在', '同一代表同一天交办的这条建议已经导入过'])
    // A .csv is refused with how to save it as .xlsx.
    const csv = Buffer.from('标题,类别\n关于,道路交通\n').toString('base64')
    expect(s(await call('suggestions', { action: 'import', workbook: csv }, t.office.token)).problems[0].message).toContain('.xlsx')
  })
})
