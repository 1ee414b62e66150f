import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { filing, withTeam } from '../support/loop'
import { workbookOf } from '../support/workbook'

jest.setTimeout(120_000)

// Thursday 4 February 2027: a year chinese-days does not know, so only the district's own calendar knows its Spring Festival.
let now = new Date('2027-02-04T10:00:00+08:00')

describe.each(BACKENDS)("a district's records edited one by one on $name", (backend) => {
  const env = withTeam(backend, { now: () => now })
  let admin: string
  beforeAll(async () => {
    admin = (await login(env.call, { persona: 'admin' })).token
  })
  const adminCall = (e: Record<string, unknown>) => env.call('admin', e, admin)
  const station = (over: Record<string, string> = {}) => ({
    站点编码: 'NEW01', 名称: '新建社区联络站', 类型: '联络站', 街道乡镇: '新城街道', 社区: '新风社区', 地址: '新城街道新风社区服务中心', 纬度: '36.2', 经度: '113.1', 开放时间: '工作日 9:00–17:00', 联系电话: '0355-1234567', ...over,
  })
  const changes = async () => (await env.call('audit', { action: 'search', kind: 'data.change' }, admin)).data.items

  it('saves the settings at the version read; a stale version or a bad prefix is refused; new deadlines apply to the next stage', async () => {
    const s = await adminCall({ action: 'settings' })
    expect(s.data).toMatchObject({ name: '潞州区', casePrefix: 'LZ', deadlines: { firstResponse: 2, ratingWindowDays: 7 }, version: 1 })
    const bad = await adminCall({ action: 'saveSettings', ...s.data, casePrefix: 'lz1' })
    expect(bad).toMatchObject({ code: 'VALIDATION', message: '诉求编号前缀应为 1–6 个大写字母' })
    const saved = await adminCall({ action: 'saveSettings', ...s.data, casePrefix: 'LZQ', deadlines: { ...s.data.deadlines, firstResponse: 3 } })
    expect(saved.data).toMatchObject({ casePrefix: 'LZQ', deadlines: { firstResponse: 3 }, version: 2 })
    expect(await adminCall({ action: 'saveSettings', ...s.data })).toMatchObject({ code: 'CONFLICT', message: '这条记录刚刚被其他人修改过，请刷新后再改' })
    const [entry] = await changes()
    expect(entry).toMatchObject({ detail: '本区设置', before: { 诉求编号前缀: 'LZ', firstResponse: 2 }, after: { 诉求编号前缀: 'LZQ', firstResponse: 3 } })

    const filed = await env.call('cases', filing(), env.t.resident.token)
    expect(filed.data.number).toBe('LZQ-2027-000001')
    // Three working days after Thursday 4 February 2027, by weekends only (the holidays are not entered yet): Tuesday 9 February.
    const [c] = await env.db.query<{ due: string }>(`select to_char(due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as due from cases where id = $1`, [filed.data.id])
    expect(c.due).toBe('2027-02-09')
  })

  it("counts a case's working days by the holidays the admin entered", async () => {
    const days = ['06', '07', '08', '09', '10', '11', '12'].map((d) => [`2027-02-${d}`, '休', '春节'])
    const r = await adminCall({ action: 'import', workbook: await workbookOf({ 节假日: [...days, ['2027-02-13', '班', '春节调休']] }) })
    expect(r.data.counts.节假日).toEqual({ created: 8, updated: 0, unchanged: 0 })
    const filed = await env.call('cases', filing(), env.t.resident.token)
    const [c] = await env.db.query<{ due: string }>(`select to_char(due_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as due from cases where id = $1`, [filed.data.id])
    // Friday 5, then the make-up Saturday 13, then Monday 15 February.
    expect(c.due).toBe('2027-02-15')
    // One day entered by hand; the list shows it with its version.
    expect((await adminCall({ action: 'save', sheet: '节假日', row: { 日期: '2027-04-05', 类型: '休', 名称: '清明节' } })).data).toMatchObject({ key: '2027-04-05', version: 1 })
    const list = await adminCall({ action: 'records', sheet: '节假日' })
    expect(list.data.items.map((i: { key: string }) => i.key)).toContain('2027-04-05')
  })

  it('makes a station, places it in the region tree, edits it at its version and refuses a stale one', async () => {
    const area = { type: 'Polygon', coordinates: [[[113.09, 36.19], [113.11, 36.19], [113.11, 36.21], [113.09, 36.19]]] }
    const made = await adminCall({ action: 'save', sheet: '站点', row: station(), serviceArea: area })
    expect(made.data).toMatchObject({ key: 'NEW01', version: 1, active: true, serviceArea: area, row: { 名称: '新建社区联络站', 社区: '新风社区' } })
    expect(await adminCall({ action: 'save', sheet: '站点', row: station() })).toMatchObject({ code: 'CONFLICT', message: '站点编码 NEW01已经存在，请修改已有的记录' })
    expect(await adminCall({ action: 'save', sheet: '站点', row: station({ 类型: '大厅', 纬度: '99' }), version: 1 })).toMatchObject({
      code: 'VALIDATION', message: '类型：类型应为代表之家、联络站、联络点、微站之一；纬度：纬度应为 -90 到 90 之间的数',
    })
    const edited = await adminCall({ action: 'save', sheet: '站点', row: station({ 名称: '新风社区联络站' }), version: 1, serviceArea: area })
    expect(edited.data).toMatchObject({ version: 2, row: { 名称: '新风社区联络站' } })
    expect(await adminCall({ action: 'save', sheet: '站点', row: station({ 名称: '旧名' }), version: 1 })).toMatchObject({ code: 'CONFLICT' })
    // A new service area alone is a change too: a new version, and a save at the old one is stale.
    const smaller = { type: 'Polygon', coordinates: [[[113.09, 36.19], [113.1, 36.19], [113.1, 36.2], [113.09, 36.19]]] }
    const reshaped = await adminCall({ action: 'save', sheet: '站点', row: station({ 名称: '新风社区联络站' }), version: 2, serviceArea: smaller })
    expect(reshaped.data).toMatchObject({ version: 3, serviceArea: smaller })
    expect(await adminCall({ action: 'save', sheet: '站点', row: station({ 名称: '新风社区联络站' }), version: 2, serviceArea: area })).toMatchObject({ code: 'CONFLICT' })

    const tree = (await adminCall({ action: 'regions' })).data.root
    expect(tree).toMatchObject({ name: '潞州区', level: 'district' })
    const street = tree.children.find((c: { name: string }) => c.name === '新城街道')
    expect(street).toMatchObject({ level: 'street', stations: 1, children: [{ name: '新风社区', level: 'community', stations: 1 }] })
    // The station's public page names its regions from the district down.
    const id = (await env.db.query<{ id: string }>("select id from stations where code = 'NEW01'"))[0].id
    expect((await env.call('stations', { action: 'get', id })).data.regions).toEqual(['潞州区', '新城街道', '新风社区'])

    const [area2, entry] = await changes()
    expect(area2).toMatchObject({ detail: '站点 NEW01 服务范围', after: { 服务范围: JSON.stringify(smaller) } })
    expect(entry).toMatchObject({ detail: '站点 NEW01', before: { 名称: '新建社区联络站' }, after: { 名称: '新风社区联络站' }, actorRole: 'admin' })
  })

  it('retires a station with open cases instead of deleting it, deletes one nothing refers to, and opens a retired one again', async () => {
    const s01 = (await adminCall({ action: 'records', sheet: '站点' })).data.items.find((i: { key: string }) => i.key === 'S01')
    const r = await adminCall({ action: 'remove', sheet: '站点', key: 'S01', version: s01.version })
    expect(r.data).toMatchObject({ removed: false, retired: true, message: expect.stringMatching(/^这个站点还有 \d+ 件诉求未办结，已停用而没有删除/) })
    const listed = (await env.call('stations', { action: 'list' })).data.items.map((s: { code: string }) => s.code)
    expect(listed).not.toContain('S01')
    const retired = (await adminCall({ action: 'records', sheet: '站点' })).data.items.find((i: { key: string }) => i.key === 'S01')
    expect(retired).toMatchObject({ active: false, version: s01.version + 1 })
    expect((await adminCall({ action: 'reopen', key: 'S01', version: retired.version })).data).toMatchObject({ active: true })
    expect((await env.call('stations', { action: 'list' })).data.items.map((s: { code: string }) => s.code)).toContain('S01')

    const fresh = (await adminCall({ action: 'save', sheet: '站点', row: station({ 站点编码: 'GONE1' }) })).data
    expect((await adminCall({ action: 'remove', sheet: '站点', key: 'GONE1', version: fresh.version })).data).toEqual({ removed: true })
    expect((await changes())[0]).toMatchObject({ detail: '站点 GONE1（删除）', before: { 名称: '新建社区联络站' }, after: null })
  })

  it('keeps a deputy in use and a department cases went to; a deputy leaves office by 状态; a category goes with its 派单目录 entry', async () => {
    const lz001 = (await adminCall({ action: 'records', sheet: '代表' })).data.items.find((i: { key: string }) => i.key === 'LZ001')
    expect(await adminCall({ action: 'remove', sheet: '代表', key: 'LZ001', version: lz001.version })).toMatchObject({
      code: 'CONFLICT', message: '这位代表已有诉求、接待或绑定记录，不能删除；离任请把状态改为“离任”',
    })
    const left = await adminCall({ action: 'save', sheet: '代表', row: { ...lz001.row, 状态: '离任' }, version: lz001.version })
    expect(left.data.row.状态).toBe('离任')
    expect((await env.call('deputies', { action: 'get', code: 'LZ001' })).data).toMatchObject({ retired: true })
    await adminCall({ action: 'save', sheet: '代表', row: { ...lz001.row, 状态: '在任' }, version: left.data.version })

    const departments = (await adminCall({ action: 'records', sheet: '部门' })).data.items
    const used = (await env.db.query<{ code: string }>('select d.code from departments d join dispatch_catalogue c on c.department_id = d.id limit 1'))[0].code
    const dep = departments.find((d: { key: string }) => d.key === used)
    expect(await adminCall({ action: 'remove', sheet: '部门', key: used, version: dep.version })).toMatchObject({ code: 'CONFLICT', message: '这个部门已有派单、绑定或派单目录记录，不能删除' })

    const cat = (await adminCall({ action: 'save', sheet: '类别', row: { 类别: '新类别', 派单部门编码: used } })).data
    expect(cat).toMatchObject({ key: '新类别', row: { 派单部门编码: used } })
    expect((await adminCall({ action: 'remove', sheet: '类别', key: '新类别', version: cat.version })).data).toEqual({ removed: true })
    expect((await adminCall({ action: 'records', sheet: '类别' })).data.items.map((i: { key: string }) => i.key)).not.toContain('新类别')
  })

  it('answers only the admin', async () => {
    for (const who of [env.t.office, env.t.staff, env.t.resident]) {
      for (const e of [{ action: 'records', sheet: '站点' }, { action: 'settings' }, { action: 'checklist' }, { action: 'save', sheet: '部门', row: { 部门编码: 'X1', 名称: '某局' } }]) {
        expect(await env.call('admin', e, who.token)).toMatchObject({ code: 'FORBIDDEN' })
      }
    }
  })

  it('lists the first-run steps with their counts', async () => {
    const { items } = (await adminCall({ action: 'checklist' })).data
    const by = Object.fromEntries(items.map((i: { key: string }) => [i.key, i]))
    expect(Object.keys(by)).toEqual(['settings', 'holidays', 'stations', 'deputies', 'departments', 'categories', 'catalogue', 'people', 'reception'])
    expect(by.settings).toMatchObject({ done: true, path: '/packages/admin/settings/index' })
    expect(by.holidays).toMatchObject({ count: 9, done: true })
    expect(by.stations.count).toBeGreaterThanOrEqual(9)
    expect(by.deputies).toMatchObject({ count: 36, done: true, path: '/packages/admin/records/index?sheet=代表' })
    expect(by.people.count).toBeGreaterThanOrEqual(5)
  })
})

afterAll(() => {
  now = new Date()
})
