import { groupCases, pairsOf, type GroupCandidate } from '../../src/core/suggestions/grouping'

let n = 0
/** A case of the deputy's, by default of 道路交通 with no place, filed on a day of December. */
const kase = (over: Partial<GroupCandidate>): GroupCandidate => {
  n++
  return { id: `c${n}`, number: `LZ-2026-${n}`, residentId: `r${n}`, category: '道路交通', text: '', latitude: null, longitude: null, createdAt: `2026-12-${String(n % 28 + 1).padStart(2, '0')}T08:00:00.000Z`, ...over }
}
// 凌燕巷, and a point about 150 m north of it; 太东街道's market, about 2 km away.
const LANE = { latitude: 36.1950, longitude: 113.1200 }
const NORTH = { latitude: 36.19635, longitude: 113.1200 }
const MARKET = { latitude: 36.2130, longitude: 113.1200 }

describe('the grouping helper', () => {
  it('joins cases of a category near each other, counts each resident once, and says where and since when', () => {
    const a = kase({ text: '路肩塌陷，下雨积水', ...LANE, createdAt: '2026-10-02T01:00:00.000Z' })
    const b = kase({ text: '人行道砖块松动', ...NORTH, createdAt: '2026-11-20T01:00:00.000Z' })
    const again = kase({ text: '路边排水沟堵了', ...LANE, residentId: a.residentId, createdAt: '2026-11-01T01:00:00.000Z' })
    const far = kase({ text: '菜市场门口没有红绿灯', ...MARKET })
    const otherKind = kase({ category: '环境卫生', text: '垃圾桶满了没人清', ...LANE })
    const [group, ...rest] = groupCases([a, b, again, far, otherKind])
    expect(rest).toEqual([])
    expect(group).toMatchObject({ category: '道路交通', residents: 2, span: { from: '2026-10-02T01:00:00.000Z', to: '2026-11-20T01:00:00.000Z' } })
    expect(group.caseIds.sort()).toEqual([a.id, b.id, again.id].sort())
    expect(group.points).toEqual([{ latitude: 36.195, longitude: 113.12 }, { latitude: 36.1964, longitude: 113.12 }, { latitude: 36.195, longitude: 113.12 }])
  })

  it('joins cases in much the same words wherever they are, and names the words they share; filler words join nothing', () => {
    const one = kase({ text: '凌燕巷的路灯坏了，晚上很黑' })
    const two = kase({ text: '凌燕巷路灯不亮，晚上出行不安全', ...MARKET })
    const three = kase({ text: '凌燕巷的路灯坏了半个月了' })
    const filler = [kase({ text: '已经反映过多次，希望尽快解决问题' }), kase({ text: '希望尽快解决，已经反映过多次了' })]
    const groups = groupCases([one, two, three, ...filler])
    expect(groups).toHaveLength(1)
    expect(groups[0].caseIds).toEqual([one.id, two.id, three.id])
    expect(groups[0].words).toEqual(expect.arrayContaining(['凌燕', '燕巷', '路灯']))
    expect(pairsOf('已经反映过多次，希望尽快解决问题').size).toBe(0)
  })

  it('puts the groups with the most residents first and shows no phone number or name in an excerpt', () => {
    const small = [kase({ text: '公交站台没有遮雨棚' }), kase({ text: '公交站台没有遮雨棚，下雨淋湿' })]
    const big = [1, 2, 3].map((i) => kase({ category: '供暖供水', text: `暖气不热，室温只有十几度，第${i}栋，电话13912345678` }))
    const groups = groupCases([...small, ...big])
    expect(groups.map((g) => g.residents)).toEqual([3, 2])
    expect(JSON.stringify(groups)).not.toContain('13912345678')
  })

  it('leaves a case alone when nothing like it was filed', () => {
    expect(groupCases([kase({ text: '社区医院挂号难' }), kase({ text: '广场舞音响声音太大' })])).toEqual([])
  })
})
