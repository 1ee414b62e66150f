import { saveRoster } from '../stations/roster'
import { addNotice } from '../reception/notices'
import { DEFAULT_CATEGORIES } from '../../src/core/cases/categories'
import type { Database } from '../db/queryable'
import { personaOpenid } from '../identity/personas'

/**
 * A demo district modelled on 潞州区 as the seeds describe it: stations in streets and
 * townships, deputies of three levels grouped into them, the departments cases go to.
 * Names of people are made up.
 */
const STATIONS = [
  { code: 'S01', community: '火车站社区', name: '西街街道火车站社区人大代表联络站', kind: '联络站', street: '西街街道', address: '西街街道火车站社区党群服务中心二楼', lat: 36.1953, lng: 113.1034 },
  { code: 'S02', community: '澳瑞特社区', name: '太东街道人大代表之家', kind: '代表之家', street: '太东街道', address: '太东街道澳瑞特社区党群服务中心', lat: 36.1921, lng: 113.1302 },
  { code: 'S03', community: '淮海社区', name: '延南街道淮海社区人大代表联络站', kind: '联络站', street: '延南街道', address: '延南街道淮海社区居委会一楼', lat: 36.1805, lng: 113.1121 },
  { code: 'S04', community: '解放西社区', name: '英南街道解放西社区人大代表联络点', kind: '联络点', street: '英南街道', address: '英南街道解放西社区服务站', lat: 36.1868, lng: 113.0957 },
  { code: 'S05', community: '久安社区', name: '太东街道久安瑞华苑代表接待微站', kind: '微站', street: '太东街道', address: '久安瑞华苑小区物业楼一层', lat: 36.1987, lng: 113.1388 },
  { code: 'S06', community: null, name: '老顶山镇人大代表联络站', kind: '联络站', street: '老顶山镇', address: '老顶山镇人民政府便民服务中心', lat: 36.2156, lng: 113.1725 },
  { code: 'S07', community: null, name: '堠北庄镇人大代表联络站', kind: '联络站', street: '堠北庄镇', address: '堠北庄镇人民政府院内', lat: 36.2412, lng: 113.0843 },
  { code: 'S08', community: null, name: '黄碾镇人大代表联络站', kind: '联络站', street: '黄碾镇', address: '黄碾镇综合文化站', lat: 36.1389, lng: 113.0624 },
] as const

/** The streets and townships of the demo district, in code order (administrative codes, made up). */
const STREETS = ['西街街道', '太东街道', '延南街道', '英南街道', '老顶山镇', '堠北庄镇', '黄碾镇'] as const

/** Opening hours and a contact line, as stations post them on the wall. */
const OPEN_HOURS = '周一至周五 9:00–12:00、14:30–17:30；每月11日接待选民日'
const contactOf = (i: number) => `0355-2${String(100000 + i * 1111).slice(0, 6)}`

const DEPARTMENTS = [
  '区住房和城乡建设局', '区交通运输局', '区城市管理局', '区市场监督管理局', '区民政局',
  '区教育局', '区卫生健康局', '区人力资源和社会保障局', '区司法局', '市公安局潞州分局交警大队',
]

/** The 派单目录: which department the dispatcher is offered first for each category. */
const CATALOGUE: Record<string, string> = {
  物业管理: '区住房和城乡建设局',
  道路交通: '区交通运输局',
  供暖供水: '区住房和城乡建设局',
  停车: '市公安局潞州分局交警大队',
  环境卫生: '区城市管理局',
  养老助残: '区民政局',
  教育医疗: '区教育局',
  就业创业: '区人力资源和社会保障局',
  矛盾纠纷: '区司法局',
}

/** A square service area around a station: about half a kilometre in town, two in a township. */
function serviceArea(s: (typeof STATIONS)[number]): [number, number][] {
  const r = s.street.endsWith('镇') ? 0.02 : 0.005
  return [[s.lng - r, s.lat - r], [s.lng + r, s.lat - r], [s.lng + r, s.lat + r], [s.lng - r, s.lat + r]]
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾'
const GIVEN = ['建国', '秀兰', '志强', '丽华', '晓东', '海燕', '国庆', '慧娟', '永旺', '文华', '红梅', '卫东',
  '春花', '振华', '玉兰', '明亮', '桂英', '晋生', '俊峰', '凤英', '宏伟', '淑芬', '德胜', '丽萍', '保平',
  '金凤', '天明', '晓红', '立新', '雪梅', '宇婷', '继卿']
const LEVELS = [['市人大代表', '区人大代表'], ['区人大代表'], ['区人大代表'], ['乡镇人大代表']]
const DUTIES = ['社区党支部书记', '社区居委会主任', '物业公司经理', '中学教师', '社区医生', '企业职工',
  '个体工商户', '村党支部书记', '农民专业合作社理事长', '退休干部']

/** 36 deputies: codes LZ001…, four or five to a station. */
export function demoDeputies() {
  return Array.from({ length: 36 }, (_, i) => {
    const station = STATIONS[i % STATIONS.length]
    const township = station.street.endsWith('镇')
    return {
      code: `LZ${String(i + 1).padStart(3, '0')}`,
      // 30 surnames by 32 given names: no two of the 36 share a name.
      name: SURNAMES[i % 30] + GIVEN[i % GIVEN.length],
      levels: township && i % 2 === 0 ? ['乡镇人大代表'] : LEVELS[i % LEVELS.length],
      stationCode: station.code,
      duties: DUTIES[i % DUTIES.length],
    }
  })
}

export const DEMO_DEPUTY_CODE = 'LZ001'

/** The demo rotation's first week: a Monday. */
export const ROSTER_START = '2026-01-05'

/** Seeds the demo district when the database holds none. Returns whether it seeded. */
export async function seedDemoDistrict(db: Database): Promise<boolean> {
  return db.tx(async (q) => {
    const [{ n }] = await q.query<{ n: number }>('select count(*)::int as n from districts')
    if (n > 0) return false
    const [district] = await q.query<{ id: string }>(
      `insert into districts (code, name, case_prefix) values ('140403', '潞州区', 'LZ') returning id`,
    )
    // The region tree: 潞州区 → its streets and townships → the communities with a station.
    const region = async (code: string, name: string, level: string, parent: string | null) =>
      (await q.query<{ id: string }>('insert into regions (code, name, level, parent_id) values ($1, $2, $3, $4) returning id', [code, name, level, parent]))[0].id
    const districtRegion = await region('140403', '潞州区', 'district', null)
    await q.query('update districts set region_id = $1 where id = $2', [districtRegion, district.id])
    const streetRegions = new Map<string, { id: string; code: string; communities: number }>()
    for (const [i, name] of STREETS.entries()) {
      const code = `140403${String(i + 1).padStart(3, '0')}`
      streetRegions.set(name, { id: await region(code, name, 'street', districtRegion), code, communities: 0 })
    }
    const stationIds = new Map<string, string>()
    for (const [i, s] of STATIONS.entries()) {
      const street = streetRegions.get(s.street)!
      const regionId = s.community ? await region(`${street.code}${String(++street.communities).padStart(3, '0')}`, s.community, 'community', street.id) : street.id
      const [row] = await q.query<{ id: string }>(
        `insert into stations (district_id, code, name, kind, street, address, latitude, longitude, service_area, region_id, open_hours, contact)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
        [district.id, s.code, s.name, s.kind, s.street, s.address, s.lat, s.lng, JSON.stringify(serviceArea(s)), regionId, OPEN_HOURS, contactOf(i)],
      )
      stationIds.set(s.code, row.id)
    }
    let firstDeputyId = ''
    const byStation = new Map<string, string[]>()
    for (const d of demoDeputies()) {
      const [row] = await q.query<{ id: string }>(
        `insert into deputies (code, name, levels, station_id, duties) values ($1, $2, $3, $4, $5) returning id`,
        [d.code, d.name, d.levels, stationIds.get(d.stationCode), d.duties],
      )
      firstDeputyId ||= row.id
      byStation.set(d.stationCode, [...(byStation.get(d.stationCode) ?? []), row.id])
    }
    // Each station: its first deputy always on duty, the others in turn a week each.
    for (const [code, [fixed, ...rotating]] of byStation) {
      await saveRoster(q, stationIds.get(code)!, { fixed: [fixed], rotating, period: 'week', startsOn: ROSTER_START })
    }
    // Reception days to book: every Wednesday morning at the first two stations, with their first two deputies.
    for (const [code, theme] of [['S01', '听取群众对老旧小区改造的意见'], ['S02', '物业服务与停车问题面对面']]) {
      const [first, second] = byStation.get(code) ?? []
      await addNotice(q, stationIds.get(code)!, {
        theme,
        place: '联络站一楼接待室',
        schedule: { rule: { kind: 'weekly', weekday: 3 }, start: '09:00', end: '11:30', workdayShift: true },
        deputyIds: [first, second].filter(Boolean),
        slotMinutes: 30,
        slotCapacity: 2,
      })
    }
    const departmentIds = new Map<string, string>()
    for (const [i, name] of DEPARTMENTS.entries()) {
      const [row] = await q.query<{ id: string }>(
        'insert into departments (district_id, code, name) values ($1, $2, $3) returning id',
        [district.id, `BM${String(i + 1).padStart(2, '0')}`, name],
      )
      departmentIds.set(name, row.id)
    }
    for (const [i, name] of DEFAULT_CATEGORIES.entries()) {
      await q.query('insert into categories (district_id, name, sort) values ($1, $2, $3)', [district.id, name, i])
      const department = CATALOGUE[name]
      if (department) {
        await q.query('insert into dispatch_catalogue (district_id, category, department_id) values ($1, $2, $3)', [
          district.id, name, departmentIds.get(department),
        ])
      }
    }
    const personas: [string, Record<string, string | null>][] = [
      ['resident', {}],
      ['deputy', { deputy_id: firstDeputyId, station_id: stationIds.get('S01')! }],
      ['staff', { station_id: stationIds.get('S01')! }],
      ['department', { department_id: departmentIds.get(DEPARTMENTS[0])! }],
      ['office', {}],
      ['admin', {}],
    ]
    for (const [role, scope] of personas) {
      await q.query(
        `insert into users (openid, role, deputy_id, station_id, department_id, district_id, bound_at)
         values ($1, $2, $3, $4, $5, $6, case when $2 = 'resident' then null else now() end)`,
        [personaOpenid(role), role, scope.deputy_id ?? null, scope.station_id ?? null, scope.department_id ?? null,
          role === 'resident' ? null : district.id],
      )
    }
    return true
  })
}
