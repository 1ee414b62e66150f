import { BACKENDS } from '../support/backends'
import { withTeam } from '../support/loop'

describe.each(BACKENDS)('stations on $name', (backend) => {
  const env = withTeam(backend)
  const idOf = async (code: string) => (await env.db.query<{ id: string }>('select id from stations where code = $1', [code]))[0].id

  it('lists every station without a login, searches, and sorts by distance from a place', async () => {
    const { call } = env
    const all = (await call('stations', { action: 'list' })).data.items
    expect(all).toHaveLength(8)
    expect(all[0]).toMatchObject({ code: 'S01', kind: '联络站', deputies: 5, distanceKm: null })
    expect((await call('stations', { action: 'list', q: '太东' })).data.items.map((s: { code: string }) => s.code)).toEqual(['S02', 'S05'])
    expect((await call('stations', { action: 'list', q: '100%_' })).data.items).toEqual([])
    const near = (await call('stations', { action: 'list', near: { latitude: 36.1921, longitude: 113.1302 } })).data.items
    expect(near[0]).toMatchObject({ code: 'S02', distanceKm: 0 })
    expect(near.map((s: { distanceKm: number }) => s.distanceKm)).toEqual([...near.map((s: { distanceKm: number }) => s.distanceKm)].sort((a, b) => a - b))
    expect(near[1].distanceKm).toBeGreaterThan(0)
  })

  it('shows a station with its regions, its deputies and levels, and who is on duty today', async () => {
    const { call } = env
    const s = (await call('stations', { action: 'get', id: await idOf('S01') })).data
    expect(s.regions).toEqual(['潞州区', '西街街道', '火车站社区'])
    expect(s.deputiesList.map((d: { code: string }) => d.code)).toEqual(['LZ001', 'LZ009', 'LZ017', 'LZ025', 'LZ033'])
    expect(s.deputiesList[0].levels.length).toBeGreaterThan(0)
    expect(s.openHours).toContain('每月11日')
    expect(s.roster).toMatchObject({ period: 'week', startsOn: '2026-01-05' })
    expect(s.roster.fixed.map((d: { code: string }) => d.code)).toEqual(['LZ001'])
    expect(s.roster.rotating.map((d: { code: string }) => d.code)).toEqual(['LZ009', 'LZ017', 'LZ025', 'LZ033'])
    expect(s.roster.today.fixed).toEqual([s.deputiesList[0].name])
    expect(s.deputiesList.map((d: { name: string }) => d.name)).toContain(s.roster.today.rotating)
    expect(await call('stations', { action: 'get', id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('lets staff keep their own station’s roster, with its own deputies only', async () => {
    const { call, t } = env
    const id = await idOf('S01')
    const deputies = (await call('stations', { action: 'get', id })).data.deputiesList.map((d: { id: string }) => d.id)
    const roster = { action: 'saveRoster', id, fixed: [deputies[1]], rotating: [deputies[0], deputies[2]], period: 'month', startsOn: '2026-11-01' }
    const saved = await call('stations', roster, t.staff.token)
    expect(saved.code).toBe('OK')
    expect(saved.data.roster).toMatchObject({ period: 'month', startsOn: '2026-11-01' })
    expect(saved.data.roster.fixed.map((d: { id: string }) => d.id)).toEqual([deputies[1]])

    const elsewhere = (await call('stations', { action: 'get', id: await idOf('S02') })).data.deputiesList[0].id
    expect(await call('stations', { ...roster, rotating: [elsewhere] }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '值班表里只能安排本站的代表' })
    expect(await call('stations', { ...roster, rotating: [deputies[1]] }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '同一位代表不能重复排班' })
    expect(await call('stations', { ...roster, id: await idOf('S02'), fixed: [], rotating: [elsewhere] }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    for (const who of [t.resident, t.deputy, t.department, t.office]) {
      expect(await call('stations', roster, who.token)).toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(await call('stations', roster)).toMatchObject({ code: 'UNAUTHENTICATED' })
    // Nothing the refused calls sent was kept.
    expect((await call('stations', { action: 'get', id })).data.roster.period).toBe('month')
  })
})
