import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { CASE_ACTIONS, transitionOf } from '../../src/core/cases/transitions'
import { BACKENDS, withDatabase } from '../support/backends'
import { OPEN_MS } from '../support/hooks'
import { accountWith, caller } from '../support/call'
import { act, caseIn, filing, MOVES, payloadFor, team, type Team } from '../support/loop'

/** People of every role who have nothing to do with the demo district's S01 cases. */
async function outsiders(db: Database) {
  const [s02] = await db.query<{ id: string; deputy: string }>(
    `select s.id, (select d.id from deputies d where d.station_id = s.id order by code limit 1) as deputy
       from stations s where s.code = 'S02'`,
  )
  const [transport] = await db.query<{ id: string }>(`select id from departments where name = '区交通运输局'`)
  const [elsewhere] = await db.query<{ id: string }>(
    `insert into districts (code, name, case_prefix) values ($1, '外区', 'WQ') returning id`,
    [randomUUID().slice(0, 6)],
  )
  const people: [string, string, Record<string, string | null>][] = [
    ['resident', 'resident', {}],
    ['deputy', 'deputy', { deputy_id: s02.deputy, station_id: s02.id }],
    ['staff', 'staff', { station_id: s02.id }],
    ['department', 'department', { department_id: transport.id }],
    ['office', 'office', { district_id: elsewhere.id }],
    ['admin', 'admin', {}],
  ]
  const out: { who: string; token: string }[] = []
  for (const [who, role, scope] of people) out.push({ who, token: (await accountWith(db, role, scope)).token })
  return out
}

describe.each(BACKENDS)('authorization of every move on $name', (backend) => {
  const database = withDatabase(backend)
  let db: Database
  let call: ReturnType<typeof caller>
  let t: Team
  let strangers: { who: string; token: string }[]

  beforeAll(async () => {
    db = database.db
    call = caller(db)
    t = await team(call)
    strangers = await outsiders(db)
  }, OPEN_MS)

  it('covers every action of the table', () => {
    expect(Object.keys(MOVES).sort()).toEqual([...CASE_ACTIONS].sort())
  })

  it.each(Object.entries(MOVES))('%s: another person’s case yields FORBIDDEN or NOT_FOUND and changes nothing', async (action, { from, by }) => {
    const id = await caseIn(call, db, t, from)
    const other = action === 'merge' ? (await call('cases', filing(), t.resident.token)).data.id : undefined
    const snapshot = async () =>
      db.query(`select c.status, c.version, (select count(*)::int from case_events e where e.case_id = c.id) as events,
                       (select count(*)::int from messages m where m.case_id = c.id) as messages
                  from cases c where c.id = $1`, [id])
    const before = await snapshot()
    for (const s of strangers) {
      const r = await act(call, db, s.token, id, action, payloadFor(action, t, other))
      expect({ who: s.who, code: r.code }).toEqual({ who: s.who, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) })
    }
    // The team members whose role may not make this move are refused too.
    const roles: readonly string[] = transitionOf(action)!.roles
    for (const [who, member] of Object.entries(t)) {
      if (roles.includes(member.user.role)) continue
      const r = await act(call, db, member.token, id, action, payloadFor(action, t, other))
      expect({ who, code: r.code }).toEqual({ who, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) })
    }
    expect(await snapshot()).toEqual(before)
    // And the one who may, can (催办 and 督办 once the stage has run late: the timer marks it).
    if (action === 'urge' || action === 'supervise') await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => new Date(Date.now() + 10 * 86_400_000) }, { kind: 'trigger' })
    const ok = await act(call, db, t[by].token, id, action, payloadFor(action, t, other))
    expect({ action, code: ok.code }).toEqual({ action, code: 'OK' })
  })
})
