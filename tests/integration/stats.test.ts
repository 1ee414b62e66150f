import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { BACKENDS } from '../support/backends'
import { act, filing, payloadFor, withTeam, type Call, type Team } from '../support/loop'

/** What happens to each case of the replayed set, in order. */
type Script = [keyof Team, string, Record<string, unknown>?][]

const rate = (resultRating: string) => ['resident', 'rate', { resultRating, followUpRating: '满意' }] as [keyof Team, string, Record<string, unknown>]
const toDepartment: Script = [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve']]

const SCRIPTS: Script[] = [
  [],
  [['staff', 'accept']],
  [['deputy', 'answer'], rate('满意')],
  [['staff', 'accept'], ['staff', 'dispatch']],
  [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'sendBack']],
  [...toDepartment],
  [...toDepartment, rate('满意')],
  [...toDepartment, rate('基本满意')],
  [...toDepartment, rate('不满意')],
  [...toDepartment, rate('不满意'), ['resident', 'reopen'], ['department', 'resolve'], rate('满意')],
  [['resident', 'withdraw']],
  [['staff', 'decline']],
]

describe.each(BACKENDS)('stats.funnel on $name', (backend) => {
  const env = withTeam(backend)
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))

  it('gives exactly the counts a replayed set of cases implies', async () => {
    // A fresh station with its own deputy, so the set is all the station holds.
    const [station] = await db.query<{ id: string }>(
      `insert into stations (district_id, code, name, kind, street, address)
       select district_id, $1, '统计测试联络站', '联络站', '西街街道', '测试地址' from stations where code = 'S01' returning id`,
      [`T${randomUUID().slice(0, 6)}`],
    )
    const code = `ST${randomUUID().slice(0, 6)}`
    await db.query(`insert into deputies (code, name, levels, station_id) values ($1, '统计代表', '{区人大代表}', $2)`, [code, station.id])
    await db.query(`update users set station_id = $1 where id = $2`, [station.id, t.staff.user.id])
    const [deputy] = await db.query<{ id: string }>('select id from deputies where code = $1', [code])
    await db.query(`update users set deputy_id = $1, station_id = $2 where id = $3`, [deputy.id, station.id, t.deputy.user.id])

    const categories = ['物业管理', '停车', '环境卫生']
    for (const [i, script] of SCRIPTS.entries()) {
      const id = (await call('cases', filing({ deputyCode: code, category: categories[i % 3] }), t.resident.token)).data.id
      for (const [who, action, payload] of script) {
        const r = await act(call, db, t[who].token, id, action, payload ?? payloadFor(action, t))
        if (r.code !== 'OK') throw new Error(`${action}: ${r.message}`)
      }
    }

    const f = (await call('stats', { action: 'funnel', stationId: station.id }, t.office.token)).data
    expect(f).toMatchObject({ received: 12, dispatched: 7, accepted: 5, rated: 5, satisfied: 4, overdue: 0 })
    expect(f.satisfactionRate).toBeCloseTo(4 / 5)
    expect(f.byStatus).toEqual({ submitted: 1, accepted: 2, dispatched: 1, resolved: 1, rated: 1, closed: 4, withdrawn: 1, declined: 1 })
    expect(f.byCategory).toEqual({ 物业管理: 4, 停车: 4, 环境卫生: 4 })

    // Staff see their own station's figures and no one else's; a deputy their own.
    expect((await call('stats', { action: 'funnel' }, t.staff.token)).data.received).toBe(12)
    expect((await call('stats', { action: 'funnel', deputyId: deputy.id }, t.deputy.token)).data.received).toBe(12)
    const [s01] = await db.query<{ id: string }>(`select id from stations where code = 'S01'`)
    expect(await call('stats', { action: 'funnel', stationId: s01.id }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('stats', { action: 'funnel' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('stats', { action: 'funnel' }, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })

    // The window counts by the day a case was received, in Shanghai.
    const empty = (await call('stats', { action: 'funnel', stationId: station.id, from: '2000-01-01', to: '2000-12-31' }, t.office.token)).data
    expect(empty).toMatchObject({ received: 0, rated: 0, satisfactionRate: null })
    expect(await call('stats', { action: 'funnel', from: '1/1/2026' }, t.office.token)).toMatchObject({
      code: 'VALIDATION', message: '开始日期格式应为 YYYY-MM-DD',
    })
  })
})
