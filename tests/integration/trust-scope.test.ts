import { randomUUID } from 'node:crypto'
import type { PointsView } from '../../src/core/accountability/types'
import type { CaseDetail, CaseSummary } from '../../src/core/cases/types'
import type { Database } from '../../server/db/queryable'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, caseIn, filing, withTeam, type Call, type Team } from '../support/loop'

/** A role's scope is the current record's, read on every call; what the public reads names no case. */
describe.each(BACKENDS)('scopes that follow the record on $name', (backend) => {
  const env = withTeam(backend)
  let db: Database, call: Call, t: Team
  let admin: string
  beforeAll(async () => {
    ;({ db, call, t } = env)
    admin = (await login(call, { persona: 'admin' })).token
  })

  const stationId = async (code: string) => (await db.query<{ id: string }>('select id from stations where code = $1', [code]))[0].id
  const saveDeputy = async (code: string, over: Record<string, string>, version?: number) =>
    call('admin', { action: 'save', sheet: '代表', row: { 代表编码: code, 姓名: '流动代表', 层级: '县区', 职务: '', 所属站点编码: 'S01', 手机: '', 状态: '在任', ...over }, ...(version ? { version } : {}) }, admin)
  const versionOf = async (code: string) =>
    ((await call<{ items: { key: string; version: number }[] }>('admin', { action: 'records', sheet: '代表' }, admin)).data!.items.find((r) => r.key === code))!.version
  const bindDeputy = async (code: string) => {
    const issued = await call<{ code: string }>('admin', { action: 'issueBinding', role: 'deputy', deputyCode: code }, admin)
    return issued.data!.code
  }
  const signedInAs = async (bindingCode: string) => {
    const person = await login(call, { openid: `moving-${randomUUID()}` })
    const bound = await call<{ token: string }>('auth', { action: 'bind', code: bindingCode }, person.token)
    return bound.data?.token ?? person.token
  }
  const inbox = async (token: string) => (await call<{ items: CaseSummary[] }>('cases', { action: 'inbox', filter: 'all' }, token))

  it('moves a deputy’s reach with the record: moved to another station, the old station’s cases and phones are gone at once; retired, none', async () => {
    const code = `MV${randomUUID().slice(0, 4)}`
    expect((await saveDeputy(code, {})).code).toBe('OK')
    const token = await signedInAs(await bindDeputy(code))
    const waiting = await bindDeputy(code)
    const filed = await call('cases', filing({ deputyCode: undefined, stationCode: 'S01', phone: '13900001111', phoneConsent: true }), t.resident.token)
    const seen = await call<CaseDetail>('cases', { action: 'get', id: filed.data.id }, token)
    expect(seen).toMatchObject({ code: 'OK', data: { phone: '13900001111' } })
    expect((await inbox(token)).data!.items.map((c) => c.id)).toContain(filed.data.id)

    expect((await saveDeputy(code, { 所属站点编码: 'S02' }, await versionOf(code))).code).toBe('OK')
    expect(await call('auth', { action: 'me' }, token)).toMatchObject({ data: { user: { role: 'deputy', stationId: await stationId('S02') } } })
    expect(await call('cases', { action: 'get', id: filed.data.id }, token)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await inbox(token)).data!.items.map((c) => c.id)).not.toContain(filed.data.id)
    expect(await act(call, db, token, filed.data.id, 'answer', { text: '已联系社区处理' })).toMatchObject({ code: 'NOT_FOUND' })

    expect((await saveDeputy(code, { 所属站点编码: 'S02', 状态: '离任' }, await versionOf(code))).code).toBe('OK')
    expect(await call('auth', { action: 'me' }, token)).toMatchObject({ data: { user: { role: 'resident' } } })
    expect(await inbox(token)).toMatchObject({ code: 'FORBIDDEN' })
    // A code issued while the deputy was in office no longer binds anyone as them.
    const latecomer = await login(call, { openid: `late-${randomUUID()}` })
    expect(await call('auth', { action: 'bind', code: waiting }, latecomer.token)).toMatchObject({ code: 'CONFLICT', message: '这位代表已离任，不能绑定' })
    expect(await call('auth', { action: 'me' }, latecomer.token)).toMatchObject({ data: { user: { role: 'resident' } } })
  })

  it('moves a staff member with their new binding: the new station’s cases only', async () => {
    const staff = await signedInAs((await call<{ code: string }>('admin', { action: 'issueBinding', role: 'staff', stationCode: 'S01' }, admin)).data!.code)
    const atS01 = await caseIn(call, db, t, 'submitted')
    expect((await inbox(staff)).data!.items.map((c) => c.id)).toContain(atS01)
    // The same person takes the new station's code.
    const code = (await call<{ code: string }>('admin', { action: 'issueBinding', role: 'staff', stationCode: 'S02' }, admin)).data!.code
    const moved = await call<{ token: string; user: { stationId: string } }>('auth', { action: 'bind', code }, staff)
    expect(moved).toMatchObject({ code: 'OK', data: { user: { stationId: await stationId('S02') } } })
    expect(await call('cases', { action: 'get', id: atS01 }, moved.data!.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await inbox(moved.data!.token)).data!.items.map((c) => c.id)).not.toContain(atS01)
  })

  it('hands the public no case id: a deputy’s public points name their cases by a reference of the list only', async () => {
    const rated = await caseIn(call, db, t, 'rated')
    const answered = await caseIn(call, db, t, 'submitted')
    expect((await act(call, db, t.deputy.token, answered, 'answer', { text: '已联系物业今天修好' })).code).toBe('OK')
    const year = new Date().getFullYear()
    const publicPoints = (await call<PointsView>('points', { action: 'get', deputyCode: 'LZ001', from: `${year}-01-01`, to: `${year}-12-31` })).data!
    const caseItems = publicPoints.items.filter((i) => i.source === 'case')
    expect(caseItems.length).toBeGreaterThan(0)
    const ids = new Set((await db.query<{ id: string }>('select id from cases')).map((c) => c.id))
    for (const i of caseItems) {
      expect(ids.has(i.refId)).toBe(false)
      expect(i.refId).toMatch(/^case-\d+$/)
      expect(i.label).not.toMatch(/LZ-\d{4}-/)
    }
    expect(new Set(caseItems.map((i) => `${i.refId}${i.kind}`)).size).toBe(caseItems.length)
    // The deputy themself reads their own items whole.
    const own = (await call<PointsView>('points', { action: 'get', deputyCode: 'LZ001', from: `${year}-01-01`, to: `${year}-12-31` }, t.deputy.token)).data!
    expect(own.items.map((i) => i.refId)).toEqual(expect.arrayContaining([answered, rated]))
  })

  it('follows only a case its author made public, or one “similar” offered that person; any other is not there', async () => {
    const stranger = await login(call, { openid: `follower-${randomUUID()}` })
    const hidden = (await call('cases', filing({ text: `单元门禁坏了${randomUUID().slice(0, 4)}，外人随便进` }), t.resident.token)).data.id as string
    const shown = (await call('cases', filing({ showPublicly: true, text: '小区路灯不亮，晚上很黑' }), t.resident.token)).data.id as string
    const missing = await call('cases', { action: 'follow', id: randomUUID() }, stranger.token)
    expect(await call('cases', { action: 'follow', id: hidden }, stranger.token)).toEqual(missing)
    expect(missing).toMatchObject({ code: 'NOT_FOUND' })
    expect(await call('cases', { action: 'follow', id: shown }, stranger.token)).toMatchObject({ code: 'OK' })

    const offered = await call<{ items: { id: string; excerpt: string }[] }>('cases', { action: 'similar', deputyCode: 'LZ001', category: '物业管理' }, stranger.token)
    expect(offered.data!.items.find((c) => c.id === hidden)).toMatchObject({ excerpt: '' })
    expect(await call('cases', { action: 'follow', id: hidden }, stranger.token)).toMatchObject({ code: 'OK', data: { text: '' } })
  })
})
