import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { caseIn, withTeam, type Call, type Team } from '../support/loop'

const DAY = 86_400_000

describe.each(BACKENDS)('deadlines and the timer on $name', (backend) => {
  const env = withTeam(backend)
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))

  /** The timer as CloudBase's trigger (or the host's ticker) runs it, at a given moment. */
  const sweep = async (at: Date) =>
    (await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => at }, { kind: 'trigger' }))
      .data as { overdue: number; closed: number }

  it('refuses to be run by a person', async () => {
    expect(await call('timer', {}, t.office.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('timer', {})).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('marks an overdue stage once, escalates it to the office, and shows it in the inbox', async () => {
    const id = await caseIn(call, db, t, 'submitted')
    const detail = (await call('cases', { action: 'get', id }, t.resident.token)).data
    expect(detail.dueAt).toEqual(expect.any(String))
    expect(detail.overdue).toBe(false)

    expect(await sweep(new Date())).toMatchObject({ overdue: 0, closed: 0 })
    const late = new Date(Date.parse(detail.dueAt) + 1000)
    expect((await sweep(late)).overdue).toBeGreaterThanOrEqual(1)
    expect(await sweep(new Date(late.getTime() + DAY))).toMatchObject({ overdue: 0, closed: 0 })

    const after = (await call('cases', { action: 'get', id }, t.staff.token)).data
    expect(after).toMatchObject({ overdue: true, status: 'submitted' })
    expect(after.events.filter((e: { type: string }) => e.type === 'overdue')).toHaveLength(1)
    const office = (await call('messages', { action: 'list' }, t.office.token)).data.items
    expect(office.filter((m: { caseId: string; title: string }) => m.caseId === id && m.title === '诉求已超期')).toHaveLength(1)
    const overdueBoard = (await call('cases', { action: 'inbox', filter: 'overdue' }, t.office.token)).data.items
    expect(overdueBoard.map((c: { id: string }) => c.id)).toContain(id)

    // The next stage starts a new clock without the overdue mark.
    const accepted = await call('cases', { action: 'accept', id, version: after.version }, t.staff.token)
    expect(accepted.data).toMatchObject({ status: 'accepted', overdue: false })
    expect(Date.parse(accepted.data.dueAt)).toBeGreaterThan(Date.now())
  })

  it('closes a resolved case as 未评价 when the rating window runs out', async () => {
    const id = await caseIn(call, db, t, 'resolved')
    expect((await sweep(new Date(Date.now() + 6 * DAY))).closed).toBe(0)
    expect((await sweep(new Date(Date.now() + 8 * DAY))).closed).toBeGreaterThanOrEqual(1)
    const closed = (await call('cases', { action: 'get', id }, t.resident.token)).data
    expect(closed.status).toBe('closed')
    expect(closed.events.at(-1)).toMatchObject({ type: 'close', actorRole: 'system', text: '评价期限已过，未评价' })
    const heard = (await call('messages', { action: 'list' }, t.resident.token)).data.items
    expect(heard[0]).toMatchObject({ caseId: id, title: '您的诉求已关闭' })
  })
})
