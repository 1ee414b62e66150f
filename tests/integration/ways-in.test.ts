import gcoord from 'gcoord'
import { tencentLocationService } from '../../server/adapters/tencent/location-service'
import type { MapService } from '../../server/places/map-service'
import { BACKENDS } from '../support/backends'
import { accountWith, login } from '../support/call'
import { fakeTencentMaps } from '../support/fake-tencent-maps'
import { filing, withTeam } from '../support/loop'

/** S02 太东街道人大代表之家 stands at this GCJ-02 point, inside its own service area. */
const S02 = { latitude: 36.1921, longitude: 113.1302 }
/** The same point as a browser's geolocation tells it (WGS-84). */
const [S02_WGS_LNG, S02_WGS_LAT] = gcoord.transform([S02.longitude, S02.latitude], gcoord.GCJ02, gcoord.WGS84)
/** South of 淮海社区's area, in none: about 1.2 km from S03. */
const BETWEEN = { latitude: 36.17, longitude: 113.112 }
/** Forty kilometres away, near no station. */
const FAR = { latitude: 36.5, longitude: 113.5 }

describe.each(BACKENDS)('every way in, on $name', (backend) => {
  const env = withTeam(backend)
  /** Who is on duty at S01 today, as its public page says: the day's rotating deputy, else the first fixed one. */
  const onDuty = async () => {
    const s = (await env.call('stations', { action: 'get', code: 'S01' })).data
    const name = s.roster.today.rotating ?? s.roster.today.fixed[0]
    return { name, id: s.deputiesList.find((d: { name: string }) => d.name === name).id as string }
  }
  const stationOf = async (id: string) => (await env.db.query<{ code: string }>('select s.code from cases c join stations s on s.id = c.station_id where c.id = $1', [id]))[0]?.code ?? null

  it('previews where a concern goes, by the same rules that file it, for anyone', async () => {
    const { call } = env
    const byCode = (await call('cases', { action: 'route', stationCode: 'S01' })).data
    expect(byCode).toMatchObject({ to: 'station', by: 'code', station: { code: 'S01', name: '西街街道火车站社区人大代表联络站' }, onDuty: (await onDuty()).name, km: null })
    expect(byCode.categories).toContain('物业管理')
    // The form names every deputy the station's page says is on duty today, not only the one it suggests.
    const today = (await call('stations', { action: 'get', code: 'S01' })).data.roster.today as { fixed: string[]; rotating: string | null }
    expect(byCode.onDutyToday).toEqual([...today.fixed, ...(today.rotating ? [today.rotating] : [])])
    expect(byCode.onDutyToday.length).toBeGreaterThan(1)
    expect((await call('cases', { action: 'route', location: S02 })).data).toMatchObject({ to: 'station', by: 'area', station: { code: 'S02' }, onDuty: null })
    const nearest = (await call('cases', { action: 'route', location: BETWEEN })).data
    expect(nearest).toMatchObject({ to: 'station', by: 'nearest', station: { code: 'S03' } })
    expect(nearest.km).toBeGreaterThan(0.8)
    expect(nearest.km).toBeLessThan(1.6)
    expect((await call('cases', { action: 'route', location: FAR })).data).toMatchObject({ to: 'office', by: 'none', station: null })
    expect((await call('cases', { action: 'route' })).data).toMatchObject({ to: 'office', by: 'none', station: null })
    expect((await call('cases', { action: 'route', deputyCode: 'LZ002' })).data).toMatchObject({ to: 'deputy', by: 'deputy', station: { code: 'S02' } })
    expect(await call('cases', { action: 'route', stationCode: 'S99' })).toMatchObject({ code: 'NOT_FOUND', message: '没有找到这个联络站' })
    expect(await call('cases', { action: 'route', location: { latitude: 91, longitude: 0 } })).toMatchObject({ code: 'VALIDATION' })
    expect(await call('cases', { action: 'route', stationCode: 'S01', deputyCode: 'LZ001' })).toMatchObject({ code: 'VALIDATION', message: '请只选择一位代表、一个联络站或一个接待日' })
  })

  it('files from a station’s code to that station, suggested to the deputy on duty, who hears of it', async () => {
    const { call, t } = env
    const duty = await onDuty()
    const dutyDeputy = await accountWith(env.db, 'deputy', { deputy_id: duty.id })
    const filed = await call('cases', filing({ deputyCode: undefined, stationCode: 'S01' }), t.resident.token)
    expect(filed.code).toBe('OK')
    expect(await stationOf(filed.data.id)).toBe('S01')
    const seen = (await call('cases', { action: 'get', id: filed.data.id }, t.resident.token)).data
    expect(seen).toMatchObject({ stationName: '西街街道火车站社区人大代表联络站', suggestedDeputyName: duty.name, deputyName: '' })
    const heard = (await call('messages', { action: 'list' }, dutyDeputy.token)).data.items as { caseId: string }[]
    expect(heard.map((m) => m.caseId)).toContain(filed.data.id)
  })

  it('files 我要反映 with a place to the station the preview named: its area, else the nearest, else the office', async () => {
    const { call, t } = env
    for (const [location, station] of [[S02, 'S02'], [BETWEEN, 'S03'], [FAR, null]] as const) {
      const preview = (await call('cases', { action: 'route', location })).data
      const filed = await call('cases', filing({ deputyCode: undefined, location: { ...location, name: '小区门口', address: '潞州区某路' } }), t.resident.token)
      expect(filed.code).toBe('OK')
      expect(await stationOf(filed.data.id)).toBe(station)
      expect(preview.station?.code ?? null).toBe(station)
      // The place keeps its name and address for whoever goes there.
      const seen = (await call('cases', { action: 'get', id: filed.data.id }, t.resident.token)).data
      expect(seen.location).toMatchObject({ ...location, name: '小区门口', address: '潞州区某路' })
    }
    // A retired station takes no case by its code, and no longer holds its area.
    await env.db.query("update stations set active = false where code = 'S02'")
    try {
      expect(await call('cases', filing({ deputyCode: undefined, stationCode: 'S02' }), t.resident.token)).toMatchObject({ code: 'NOT_FOUND' })
    } finally {
      await env.db.query("update stations set active = true where code = 'S02'")
    }
  })

  it('names the place a person stands at from the district’s own gazetteer, converting a browser’s WGS-84', async () => {
    const { call, t } = env
    const here = await call('places', { action: 'here', latitude: S02_WGS_LAT, longitude: S02_WGS_LNG, coord: 'wgs84' }, t.resident.token)
    expect(here.code).toBe('OK')
    // Converted to GCJ-02: S02's own point again, within a metre.
    expect(here.data.latitude).toBeCloseTo(S02.latitude, 5)
    expect(here.data.longitude).toBeCloseTo(S02.longitude, 5)
    expect(here.data).toMatchObject({ name: '太东街道澳瑞特社区党群服务中心附近', address: '潞州区太东街道澳瑞特社区' })
    // Further from the station, the community names it.
    expect((await call('places', { action: 'here', latitude: 36.1921, longitude: 113.1352 }, t.resident.token)).data).toMatchObject({ name: '太东街道澳瑞特社区一带', address: '潞州区太东街道澳瑞特社区' })
    // That place, filed, goes to S02 by its area.
    expect((await call('cases', { action: 'route', location: here.data })).data.station.code).toBe('S02')
    // Far from every station the point is kept, plainly named.
    expect((await call('places', { action: 'here', ...FAR }, t.resident.token)).data).toEqual({ ...FAR, name: '已标注的位置', address: '' })
    const found = (await call('places', { action: 'search', keyword: '火车站', near: S02 }, t.resident.token)).data.items
    expect(found[0]).toMatchObject({ name: '西街街道火车站社区人大代表联络站', latitude: 36.1953, longitude: 113.1034 })
    expect(found[0].address).toContain('潞州区西街街道')
    expect((await call('places', { action: 'search', keyword: '100%_' }, t.resident.token)).data.items).toEqual([])
    expect(await call('places', { action: 'here', ...S02 })).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await call('places', { action: 'search', keyword: ' ' }, t.resident.token)).toMatchObject({ code: 'VALIDATION', message: '请输入地点名称' })
    expect(await call('places', { action: 'here', ...S02, coord: 'bd09' }, t.resident.token)).toMatchObject({ code: 'VALIDATION', message: '坐标类型不正确' })
  })

  it('lets one person look places up 30 times a minute, then asks them to wait', async () => {
    const { call } = env
    const someone = await login(call, { openid: `r-lookups-${backend.name}` })
    const answers = await Promise.all(Array.from({ length: 31 }, () => call('places', { action: 'here', ...S02 }, someone.token)))
    expect(answers.filter((a) => a.code === 'OK')).toHaveLength(30)
    expect(answers.filter((a) => a.code === 'RATE_LIMITED')).toEqual([expect.objectContaining({ message: '查找地点太频繁，请一分钟后再试' })])
  })
})

describe('places through Tencent’s location service (a local fake of its HTTP API)', () => {
  let fake: Awaited<ReturnType<typeof fakeTencentMaps>>
  let service: MapService
  beforeAll(async () => {
    fake = await fakeTencentMaps()
    service = tencentLocationService({ key: 'k-test', base: fake.base, region: '长治市' })
  })
  afterAll(() => fake.close())
  // The functions' map service is whichever adapter the test has set up last.
  const env = withTeam(BACKENDS[0], { maps: { reverse: (p) => service.reverse(p), search: (k, near) => service.search(k, near) } })

  it('names a point and finds typed places, and a failing service holds nobody up', async () => {
    const { call, t } = env
    const here = (await call('places', { action: 'here', latitude: 36.1946, longitude: 113.1021 }, t.resident.token)).data
    expect(here).toEqual({ latitude: 36.1946, longitude: 113.1021, name: '长治火车站附近', address: '山西省长治市潞州区西街街道站前路' })
    const asked = fake.asked.at(-1)!
    expect(asked.pathname).toBe('/ws/geocoder/v1/')
    expect(asked.searchParams.get('location')).toBe('36.1946,113.1021')
    const found = (await call('places', { action: 'search', keyword: '区人民政府', near: here }, t.resident.token)).data.items
    expect(found).toEqual([{ latitude: 36.1954, longitude: 113.1163, name: '长治市潞州区人民政府', address: '山西省长治市潞州区英雄中路1号' }])
    expect(fake.asked.at(-1)!.searchParams.get('region')).toBe('长治市')
    // A refused key (or a service down) leaves the point, plainly named, and an empty search.
    service = tencentLocationService({ key: 'k-wrong', base: fake.base })
    expect((await call('places', { action: 'here', latitude: 36.1946, longitude: 113.1021 }, t.resident.token)).data).toMatchObject({ name: '已标注的位置' })
    expect((await call('places', { action: 'search', keyword: '火车站' }, t.resident.token)).data.items).toEqual([])
  })
})
