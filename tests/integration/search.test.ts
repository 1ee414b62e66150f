import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { filing, inDays, versionOf, withTeam, type Call } from '../support/loop'

interface Item {
  id: string
  number: string
  text: string
  status: string
  category: string
  createdAt: string
}

describe.each(BACKENDS)('finding cases at volume, on $name', (backend) => {
  const env = withTeam(backend)

  /** Every page of a list, following its cursor to the end; `between` runs after each page, as others go on filing. */
  async function everyPage(call: Call, token: string, event: Record<string, unknown>, between: () => Promise<void> = async () => {}) {
    const pages: Item[][] = []
    let cursor: string | undefined
    do {
      const r = await call('cases', { ...event, cursor }, token)
      expect(r.code).toBe('OK')
      pages.push(r.data.items)
      cursor = r.data.cursor
      await between()
    } while (cursor)
    return pages
  }

  it('pages through 250 cases while new ones arrive: each exactly once, newest first, in pages of 20', async () => {
    const { call, db } = env
    const resident = await login(call, { openid: `r-paging-${backend.name}` })
    const filed: string[] = []
    for (let i = 0; i < 250; i++) filed.push((await call('cases', filing({ text: `第${i}件：小区里的健身器材坏了，需要维修更换` }), resident.token)).data.id)
    // Many filed within the same second: the order must not depend on the clock's resolution.
    await db.query("update cases set created_at = date_trunc('second', created_at) - interval '1 day' where id = any($1::uuid[])", [filed])
    let arriving = 0
    const fileMore = async () => {
      arriving++
      await call('cases', filing({ text: `新来的第${arriving}件：楼下的路灯晚上不亮了` }), resident.token)
    }
    for (const [who, event] of [
      [env.t.office.token, { action: 'inbox', filter: 'all' }],
      [resident.token, { action: 'listMine' }],
    ] as const) {
      const pages = await everyPage(call, who, event, fileMore)
      expect(pages.slice(0, -1).every((p) => p.length === 20)).toBe(true)
      const times = pages.flat().map((c) => c.createdAt)
      expect(times).toEqual([...times].sort().reverse())
      const seen = pages.flat().map((c) => c.id)
      const counts = new Map<string, number>()
      for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1)
      expect(filed.filter((id) => counts.get(id) !== 1)).toEqual([])
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
    }
  })

  it('finds a case by a word of its text, its number, or the phone that filed it, within the searcher’s own cases', async () => {
    const { call, t } = env
    const resident = await login(call, { openid: `r-search-${backend.name}` })
    const filed = await call('cases', filing({ category: '道路交通', text: '人民路口的井盖松动了，车一过就哐哐响', phone: '13912345678', phoneConsent: true }), resident.token)
    await call('cases', filing({ text: '百分之百的业主都反对：物业费涨了100%' }), resident.token)
    const { id, number } = filed.data
    const search = async (q: string, token = t.office.token, extra: object = {}) =>
      ((await call('cases', { action: 'inbox', filter: 'all', q, ...extra }, token)).data.items as Item[]).map((c) => c.id)

    expect(await search('井盖松动')).toEqual([id])
    expect(await search('  井盖  ')).toEqual([id])
    expect(await search(number)).toEqual([id])
    expect(await search(number.toLowerCase())).toEqual([id])
    expect(await search('13912345678')).toEqual([id])
    expect(await search('13912345679')).toEqual([])
    // LIKE's own characters are taken literally.
    expect((await search('100%')).length).toBe(1)
    expect(await search('_')).toEqual([])
    // The station and the deputy it went to find it; a department it was not dispatched to does not.
    expect(await search('井盖', t.staff.token)).toEqual([id])
    expect(await search('井盖', t.deputy.token)).toEqual([id])
    expect(await search('井盖', t.department.token)).toEqual([])
    expect(await call('cases', { action: 'inbox', q: '井盖' }, resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    // With the other narrowing: category, state, filing days, the holder.
    expect(await search('井盖', t.office.token, { category: '道路交通' })).toEqual([id])
    expect(await search('井盖', t.office.token, { category: '物业管理' })).toEqual([])
    expect(await search('井盖', t.office.token, { status: 'submitted' })).toEqual([id])
    expect(await search('井盖', t.office.token, { status: 'accepted' })).toEqual([])
    expect(await search('井盖', t.office.token, { from: inDays(0), to: inDays(0) })).toEqual([id])
    expect(await search('井盖', t.office.token, { from: inDays(1) })).toEqual([])
    expect(await search('井盖', t.office.token, { to: inDays(-1) })).toEqual([])
    expect(await search('井盖', t.office.token, { stationId: t.staff.user.stationId })).toEqual([id])
    // The tabs: the deputy's to-do and the open have it, taken or not; it is not overdue. Closed, it is neither.
    expect(await search('井盖', t.deputy.token, { filter: 'new' })).toEqual([id])
    await call('cases', { action: 'accept', id, version: await versionOf(env.db, id) }, t.deputy.token)
    expect(await search('井盖', t.deputy.token, { filter: 'new', status: 'accepted' })).toEqual([id])
    expect(await search('井盖', t.deputy.token, { filter: 'open' })).toEqual([id])
    expect(await search('井盖', t.deputy.token, { filter: 'overdue' })).toEqual([])
    await call('cases', { action: 'withdraw', id, version: await versionOf(env.db, id) }, resident.token)
    expect(await search('井盖', t.deputy.token, { filter: 'open' })).toEqual([])
    expect(await search('井盖', t.deputy.token, { filter: 'new' })).toEqual([])
    expect(await search('井盖', t.deputy.token)).toEqual([id])
  })

  it('answers a bad search with a clear message', async () => {
    const { call, t } = env
    const bad = (e: object) => call('cases', { action: 'inbox', ...e }, t.office.token)
    expect(await bad({ from: inDays(0), to: inDays(-3) })).toMatchObject({ code: 'VALIDATION', message: '开始日期不能晚于结束日期' })
    expect(await bad({ from: '2026-02-30' })).toMatchObject({ code: 'VALIDATION' })
    expect(await bad({ q: '字'.repeat(51) })).toMatchObject({ code: 'VALIDATION', message: '搜索内容最多 50 个字' })
    expect(await bad({ status: 'lost' })).toMatchObject({ code: 'VALIDATION', message: '不支持的状态' })
    expect(await bad({ stationId: 'S01' })).toMatchObject({ code: 'VALIDATION', message: '联络站格式不正确' })
    expect(await bad({ cursor: 'bm90IGEgY3Vyc29y' })).toMatchObject({ code: 'VALIDATION', message: '翻页参数无效，请刷新后再试' })
    expect(await call('cases', { action: 'listMine', cursor: 'x|y' }, t.resident.token)).toMatchObject({ code: 'VALIDATION', message: '翻页参数无效，请刷新后再试' })
  })
})
