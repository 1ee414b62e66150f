import { decryptPhone } from '../../server/privacy/phone'
import type { WorkbookError, WorkbookNotice } from '../../src/core/admin/workbook'
import { csvBytes, deputyRow, officeWorkbook, stationRow, typed, xlsBytes, type Cell } from '../fixtures/office-workbooks'
import { BACKENDS } from '../support/backends'
import { login, TEST_PHONE_KEY } from '../support/call'
import { withTeam } from '../support/loop'

jest.setTimeout(120_000)

const year = new Date().getUTCFullYear()
const where = (errors: WorkbookError[]) => errors.map((e) => `${e.sheet}!${e.row}:${e.column} ${e.message}`)

describe.each(BACKENDS)('a workbook as a county office types it, on $name', (backend) => {
  const env = withTeam(backend)
  let admin: string
  beforeAll(async () => {
    admin = (await login(env.call, { persona: 'admin' })).token
  })
  const importing = (workbook: string, dryRun?: boolean) => env.call('admin', { action: 'import', workbook, ...(dryRun ? { dryRun } : {}) }, admin)
  const count = async (sql: string, args: unknown[] = []) => (await env.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, args))[0].n

  it('refuses every value Excel changed from what was typed, saying what the cell holds and what to do; nothing else is blamed and nothing is stored', async () => {
    const before = [await count('stations'), await count('deputies'), await count('departments')]
    const r = await importing(
      await officeWorkbook({
        站点: {
          rows: [
            stationRow('WB001', { 名称: typed.notFound }),
            stationRow('WB002', { 开放时间: typed.time(9, 0) }),
            stationRow('WB003', { 社区: typed.formula('VLOOKUP(A4,社区!A:B,2,0)') }),
            stationRow('WB004', { 地址: typed.day(2026, 3, 1) }),
            stationRow(typed.dateFromCode(3, 1)),
          ],
        },
        代表: {
          rows: [
            deputyRow('WB0001', typed.dateFromCode(3, 1)),
            deputyRow(typed.scientific(1234567890123456), 'S01'),
            deputyRow('WB0003', typed.padded(1, 3)),
            deputyRow('WB0004', 'S01', { 状态: true }),
          ],
        },
        部门: { rows: [['007', '区第七局'], ['010', '区第十局'], [8, '区第八局'], [101, '区一〇一局']] },
      }),
      true,
    )
    expect(where(r.data.errors)).toEqual([
      '站点!2:名称 这一格是 Excel 的错误值 #N/A，请改成要填的内容',
      '站点!3:开放时间 这一格被 Excel 识别成了时间 9:00，请把这一列设为文本后重新输入',
      '站点!4:社区 这一格是公式（=VLOOKUP(A4,社区!A:B,2,0)），文件里没有它算出的值；请在 Excel 中打开后保存一次，或把公式换成它的值',
      '站点!5:地址 这一格被 Excel 识别成了日期 2026-03-01，请把这一列设为文本后重新输入',
      `站点!6:站点编码 这一格被 Excel 识别成了日期 ${year}-03-01，请把这一列设为文本后重新输入编码`,
      `代表!2:所属站点编码 这一格被 Excel 识别成了日期 ${year}-03-01，请把这一列设为文本后重新输入编码`,
      '代表!3:代表编码 这一格是数字 1234567890123456，Excel 按格式“0.00E+00”显示，显示的样子不是存下的内容；请把这一列设为文本后重新输入编码',
      '代表!4:所属站点编码 这一格是数字 1，Excel 按格式“000”显示，显示的样子不是存下的内容；请把这一列设为文本后重新输入编码',
      '代表!5:状态 这一格是逻辑值 TRUE，请改成要填的文字',
      '部门!4:部门编码 这一格是数字 8，这一列的其他编码是以 0 开头的 3 位，前面的 0 被 Excel 去掉了；请把这一列设为文本后重新输入编码',
    ])
    // A plain whole number is a fine code (部门 101); the refused rows' other cells are not blamed.
    expect((await importing(await officeWorkbook({ 部门: { rows: [[101, '区一〇一局']] } }), true)).data.errors).toEqual([])
    expect((await importing(await officeWorkbook({ 站点: { rows: [stationRow('WB001', { 名称: typed.notFound })] } }))).data.errors).toHaveLength(1)
    expect([await count('stations'), await count('deputies'), await count('departments')]).toEqual(before)
  })

  it('puts what is certain in its one form, tells each kind of change by sheet, and stores exactly that', async () => {
    const workbook = await officeWorkbook({
      站点: {
        title: '潞州区人大代表联络站一览表',
        blankRows: 1,
        rows: [stationRow('ＷＢ１０１', { 联系电话: '(0355)2021234', 名称: '凌燕巷联络站\u200B' })],
      },
      代表: {
        title: '潞州区人大代表名册',
        rows: [
          deputyRow('ＷＢ０１０１', 'ＷＢ１０１', { 姓名: '王　芳', 手机: '１３９-１２３４ ５６７８' }),
          deputyRow('WB0102', 'WB101', { 姓名: '买买提·艾力', 手机: '+86 139 0000 1111' }),
          deputyRow('WB0103\u200B', 'WB101', { 姓名: '李 建国', 手机: 13900002222 }),
        ],
      },
      节假日: { rows: [['2027/1/1', '休', '元旦'], ['2027年2月6日', '休', '春节'], ['2027.2.14', '班', '春节调休'], [typed.day(2027, 10, 1), '休', '国庆节']] },
    })
    const dry = await importing(workbook, true)
    expect(dry.data.errors).toEqual([])
    const notices = Object.fromEntries((dry.data.notices as WorkbookNotice[]).map((n) => [`${n.sheet}:${n.kind}`, n.count]))
    expect(notices).toEqual({
      '站点:表头位置': 1, '站点:全角字符': 1, '站点:电话写法': 1, '站点:不可见字符': 1,
      '代表:表头位置': 1, '代表:全角字符': 3, '代表:姓名空格': 2, '代表:电话写法': 2, '代表:不可见字符': 1,
      '节假日:日期写法': 3,
    })
    const header = (dry.data.notices as WorkbookNotice[]).find((n) => n.sheet === '站点' && n.kind === '表头位置')!
    expect(header.examples[0]).toMatchObject({ row: 3 })
    const phone = (dry.data.notices as WorkbookNotice[]).find((n) => n.sheet === '代表' && n.kind === '电话写法')!
    expect(phone.examples[0]).toEqual({ row: 3, column: '手机', from: '１３９-１２３４ ５６７８', to: '13912345678' })
    expect(dry.data.counts).toMatchObject({ 站点: { created: 1 }, 代表: { created: 3 } })

    expect((await importing(workbook)).data.errors).toEqual([])
    const [station] = await env.db.query<{ code: string; name: string; contact: string }>("select code, name, contact from stations where code = 'WB101'")
    expect(station).toEqual({ code: 'WB101', name: '凌燕巷联络站', contact: '0355-2021234' })
    const deputies = await env.db.query<{ code: string; name: string; phone_enc: string }>("select code, name, phone_enc from deputies where code like 'WB01%' order by code")
    expect(deputies.map((d) => [d.code, d.name, decryptPhone(d.phone_enc, TEST_PHONE_KEY)])).toEqual([
      ['WB0101', '王芳', '13912345678'], ['WB0102', '买买提·艾力', '13900001111'], ['WB0103', '李建国', '13900002222'],
    ])
    const days = await env.db.query<{ day: string; kind: string }>("select to_char(day, 'YYYY-MM-DD') as day, kind from holidays where day in ('2027-01-01', '2027-02-06', '2027-02-14', '2027-10-01') order by day")
    expect(days).toEqual([{ day: '2027-01-01', kind: '休' }, { day: '2027-02-06', kind: '休' }, { day: '2027-02-14', kind: '班' }, { day: '2027-10-01', kind: '休' }])
  })

  it('changes nothing when the same workbook, phones and all, or an export comes back: 0 updated, no audit entries', async () => {
    const workbook = await officeWorkbook({
      站点: { rows: [stationRow('WB201')] },
      代表: { rows: [deputyRow('WB0201', 'WB201', { 手机: '13911112222' }), deputyRow('WB0202', 'WB201', { 手机: '139 1111 3333' })] },
    })
    expect((await importing(workbook)).data.counts.代表).toEqual({ created: 2, updated: 0, unchanged: 0 })
    const audited = await count('audit_log')
    const again = await importing(workbook)
    expect(again.data.counts).toMatchObject({ 站点: { updated: 0 }, 代表: { created: 0, updated: 0, unchanged: 2 } })
    const exported = await env.call('admin', { action: 'export' }, admin)
    const back = await importing(exported.data.workbook)
    for (const sheet of ['站点', '代表', '部门', '类别', '节假日']) expect(back.data.counts[sheet]).toMatchObject({ created: 0, updated: 0 })
    expect(await count('audit_log')).toBe(audited)
    // The export holds no phones; the phones stay as they were.
    const [kept] = await env.db.query<{ phone_enc: string }>("select phone_enc from deputies where code = 'WB0202'")
    expect(decryptPhone(kept.phone_enc, TEST_PHONE_KEY)).toBe('13911113333')

    // A real change is one update and one audit entry, the phone not written out.
    const changed = await importing(await officeWorkbook({ 代表: { rows: [deputyRow('WB0201', 'WB201', { 手机: '13911119999' })] } }))
    expect(changed.data.counts.代表).toEqual({ created: 0, updated: 1, unchanged: 0 })
    expect(await count('audit_log')).toBe(audited + 1)
    const [entry] = await env.db.query<{ after: Record<string, string> }>("select after from audit_log where detail = '代表 WB0201（导入）' order by at desc limit 1")
    expect(entry.after.手机).toBe('（已更新）')
  })

  it('finds the header below a title and blank rows; a misspelt header is one error naming the closest, not one for every row it touches', async () => {
    const stations: Cell[][] = Array.from({ length: 20 }, (_, i) => stationRow(`WB3${String(i).padStart(2, '0')}`))
    const deputies: Cell[][] = Array.from({ length: 60 }, (_, i) => deputyRow(`WB3${String(i).padStart(3, '0')}`, `WB3${String(i % 20).padStart(2, '0')}`))
    const misspelt = [...stationRow('x').map((_, i) => ['站点编码', '站点名称', '类型', '街道乡镇', '社区', '地址', '纬度', '经度', '开放时间', '联系电话'][i])] as string[]
    const r = await importing(await officeWorkbook({ 站点: { title: '潞州区联络站', blankRows: 2, headers: misspelt, rows: stations }, 代表: { rows: deputies } }), true)
    expect(r.data.errors).toEqual([{ sheet: '站点', row: 4, column: '名称', message: '没有“名称”列；“站点名称”是不是它？请把表头改成“名称”' }])

    const unknown = await importing(await officeWorkbook({ 部门: { headers: ['编号', '单位'], rows: [['DP1', '区局']] } }), true)
    expect(where(unknown.data.errors)).toEqual(['部门!0: 前 10 行里找不到表头（部门编码、名称），请按模板的表头填写'])
    const oneMissing = await importing(await officeWorkbook({ 部门: { headers: ['部门编码', '单位'], rows: [['DP1', '区局']] } }), true)
    expect(where(oneMissing.data.errors)).toEqual(['部门!1:名称 没有“名称”列，请按模板补上这一列'])
  })

  it('refuses an .xls, .et or .csv file, saying how to save it as .xlsx', async () => {
    const xls = await importing(xlsBytes(), true)
    expect(xls.data.errors).toHaveLength(1)
    expect(xls.data.errors[0].message).toBe('这是旧版 Excel（.xls）、WPS 表格（.et）或设了打开密码的文件，导入只认 .xlsx：请在 Excel 或 WPS 中打开它，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件（有密码的先取消密码）')
    const csv = await importing(csvBytes(), true)
    expect(csv.data.errors[0].message).toBe('这是 CSV 或文本文件，导入只认 .xlsx：请用模板填写，或在 Excel 或 WPS 中打开它，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件')
  })
})
