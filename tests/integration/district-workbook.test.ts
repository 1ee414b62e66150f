import { SHEETS } from '../../src/core/admin/workbook'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { filing, withTeam } from '../support/loop'
import { luzhouSized, sheetsOf, workbookOf } from '../support/workbook'

jest.setTimeout(120_000)

describe.each(BACKENDS)("a district's own lists from Excel on $name", (backend) => {
  const env = withTeam(backend)
  let admin: string
  beforeAll(async () => {
    admin = (await login(env.call, { persona: 'admin' })).token
  })
  const count = async (table: string) => (await env.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n
  const importing = (workbook: string, dryRun?: boolean) => env.call('admin', { action: 'import', workbook, ...(dryRun ? { dryRun } : {}) }, admin)

  it('hands out the template with the five sheets and their header rows, exactly; only to the admin', async () => {
    const t = await env.call('admin', { action: 'template' }, admin)
    expect(await sheetsOf(t.data.workbook)).toEqual(Object.fromEntries(Object.entries(SHEETS).map(([name, headers]) => [name, [[...headers]]])))
    for (const who of [env.t.office, env.t.staff, env.t.resident]) expect(await env.call('admin', { action: 'template' }, who.token)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it("imports a 潞州-sized workbook in one go, after a dry run that writes nothing; again, it changes nothing", async () => {
    const { call, db } = env
    const workbook = await workbookOf(luzhouSized())
    const [stations, deputies] = [await count('stations'), await count('deputies')]
    const dry = await importing(workbook, true)
    expect(dry.data).toEqual({
      errors: [],
      notices: [],
      counts: {
        站点: { created: 66, updated: 0, unchanged: 0 }, 代表: { created: 612, updated: 0, unchanged: 0 }, 部门: { created: 12, updated: 0, unchanged: 0 },
        类别: { created: 10, updated: 0, unchanged: 0 }, 节假日: { created: 8, updated: 0, unchanged: 0 },
      },
    })
    expect([await count('stations'), await count('deputies')]).toEqual([stations, deputies])

    const started = Date.now()
    const done = await importing(workbook)
    console.log(`${backend.name}: 66 stations and 612 deputies imported in ${Date.now() - started} ms`)
    expect(done.data).toEqual(dry.data)
    expect([await count('stations'), await count('deputies')]).toEqual([stations + 66, deputies + 612])
    const again = await importing(workbook)
    for (const sheet of Object.keys(SHEETS)) expect(again.data.counts[sheet]).toMatchObject({ created: 0, updated: 0 })

    // An imported deputy's code opens their page and takes cases; a retired one's says so.
    const page = await call('deputies', { action: 'get', code: 'ZD0002' })
    expect(page.data).toMatchObject({ name: '代表2', station: { name: '第2联络站' } })
    expect((await call('cases', filing({ deputyCode: 'ZD0002', category: '导入类别1' }), env.t.resident.token)).code).toBe('OK')
    expect((await db.query<{ active: boolean }>("select active from deputies where code = 'ZD0050'"))[0].active).toBe(false)
    const retired = await call('deputies', { action: 'get', code: 'ZD0050' })
    expect(retired.code).toBe('OK')
    expect(retired.data).toMatchObject({ name: '代表50', retired: true, station: { name: expect.stringMatching(/^第\d+联络站$/) }, bio: '', phone: null })
    const refused = await call('cases', filing({ deputyCode: 'ZD0050', category: '导入类别1' }), env.t.resident.token)
    expect(refused).toMatchObject({ code: 'CONFLICT', message: '这位代表已离任，请向所在联络站反映问题' })
    const options = await db.query<{ code: string }>(
      "select d.code from dispatch_catalogue c join departments d on d.id = c.department_id where c.category = '导入类别3'",
    )
    expect(options).toEqual([{ code: 'DP03' }])
  })

  it('exports the district in the same shape, so that export → import is a round trip', async () => {
    const exported = await env.call('admin', { action: 'export' }, admin)
    const sheets = await sheetsOf(exported.data.workbook)
    expect(sheets['代表'][0]).toEqual([...SHEETS['代表']])
    expect(sheets['站点'].find((r) => r[0] === 'ZS002')).toEqual(['ZS002', '第2联络站', '联络站', '第2街道', '第2社区', '潞州区某路 2 号', '36.101', '113.101', '工作日 9:00–17:00', '0355-1234567'])
    const back = await importing(exported.data.workbook)
    expect(back.data.errors).toEqual([])
    for (const sheet of Object.keys(SHEETS)) expect(back.data.counts[sheet]).toMatchObject({ created: 0, updated: 0 })
  })

  it('names every broken cell by sheet, row and column, and writes nothing when there is one', async () => {
    const before = await count('deputies')
    const broken = await workbookOf({
      站点: [['ZS900', '新站', '办事处', '街道', '', '地址', 95, 113, '', 'call me']],
      代表: [['ZD9001', '新代表', '国家', '', 'NOPE', '1381234', '在职'], ['ZD9001', '重复', '省', '', 'ZS001', '', '在任']],
      部门: [['DP 01', '']],
      类别: [['新类别', 'DP99']],
      节假日: [['2027-02-30', '放假', '']],
    })
    const r = await importing(broken)
    const where = (r.data.errors as { sheet: string; row: number; column: string }[]).map((e) => `${e.sheet}!${e.row}:${e.column}`)
    expect(where).toEqual(expect.arrayContaining([
      '站点!2:类型', '站点!2:纬度', '站点!2:联系电话', '代表!2:层级', '代表!2:手机', '代表!2:状态', '代表!2:所属站点编码', '代表!3:代表编码',
      '部门!2:部门编码', '部门!2:名称', '类别!2:派单部门编码', '节假日!2:日期', '节假日!2:类型',
    ]))
    expect(r.data.errors.find((e: { column: string }) => e.column === '层级').message).toBe('层级应为全国、省、市、县区、乡镇，几级用“、”隔开')
    expect(await count('deputies')).toBe(before)

    const noSheet = await workbookOf({}, { ...SHEETS, 代表: ['代表编码', '姓名'] as never })
    expect((await importing(noSheet)).data.errors).toEqual(expect.arrayContaining([{ sheet: '代表', row: 1, column: '层级', message: '没有“层级”列，请按模板补上这一列' }]))
    expect((await importing(Buffer.from('not a workbook').toString('base64'))).data.errors[0].message).toContain('导入只认 .xlsx')
    expect((await importing(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0xff, 0]).toString('base64'))).data.errors[0].message).toContain('无法读取这个文件')
  })
})
