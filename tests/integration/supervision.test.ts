import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, filing, payloadFor, withTeam, type Call, type Team } from '../support/loop'

interface Message {
  caseId: string
  title: string
  body: string
}

/** The functions' clock: real until a test sets it. */
let clock: Date | null = null
const at = (iso: string) => new Date(iso)

describe.each(BACKENDS)('the overdue board acts: 督办 and escalation, on $name', (backend) => {
  const env = withTeam(backend, { now: () => clock ?? new Date() })
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))
  afterEach(() => void (clock = null))

  const sweep = async (when: Date) => {
    clock = when
    return (await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => when }, { kind: 'trigger' })).data as { overdue: number }
  }
  const messagesOf = async (token: string, caseId: string): Promise<Message[]> =>
    ((await call('messages', { action: 'list' }, token)).data.items as Message[]).filter((m) => m.caseId === caseId)
  /** A new case whose first stage was due on a given day (end of day, Shanghai). */
  const dueOn = async (day: string) => {
    const id = (await call('cases', filing({ text: `小区门口的路灯坏了很久了${randomUUID().slice(0, 4)}` }), t.resident.token)).data.id as string
    await db.query('update cases set due_at = $2 where id = $1', [id, at(`${day}T23:59:59.999+08:00`)])
    return id
  }

  it('shows on the board how many working days late a case is and who holds it', async () => {
    const id = await dueOn('2026-03-06')
    await sweep(at('2026-03-13T10:00:00+08:00'))
    // Due Friday 6 March; Monday 9 to Friday 13 are five working days, the weekend between none.
    const board = (await call('cases', { action: 'inbox', filter: 'overdue' }, t.office.token)).data.items
    const [deputy] = await db.query<{ name: string }>(`select name from deputies where code = 'LZ001'`)
    expect(board.find((c: { id: string }) => c.id === id)).toMatchObject({ overdue: true, status: 'submitted', late: { days: 5, holder: deputy.name } })
    // Dispatched, the stage is the department's.
    for (const action of ['accept', 'dispatch']) expect((await act(call, db, t.staff.token, id, action, payloadFor(action, t))).code).toBe('OK')
    await db.query('update cases set due_at = $2 where id = $1', [id, at('2026-03-10T23:59:59.999+08:00')])
    await sweep(at('2026-03-13T11:00:00+08:00'))
    const [department] = await db.query<{ name: string }>('select name from departments where id = $1', [t.department.user.departmentId])
    const again = (await call('cases', { action: 'inbox', filter: 'overdue' }, t.office.token)).data.items.find((c: { id: string }) => c.id === id)
    expect(again).toMatchObject({ status: 'dispatched', late: { days: 3, holder: department.name } })
  })

  it('lets the office press the holder of an overdue case once a day, on the timeline, the resident not told', async () => {
    const onTime = (await call('cases', filing(), t.resident.token)).data.id
    expect(await act(call, db, t.office.token, onTime, 'supervise', {})).toMatchObject({ code: 'CONFLICT', message: '这件诉求还在办理时限内，超期后才能督办' })

    const id = await dueOn('2026-03-06')
    await sweep(at('2026-03-10T09:00:00+08:00'))
    expect(await act(call, db, t.staff.token, id, 'supervise', {})).toMatchObject({ code: 'FORBIDDEN' })
    clock = at('2026-03-10T10:00:00+08:00')
    const pressed = await act(call, db, t.office.token, id, 'supervise', { note: '请本周五前答复群众' })
    expect(pressed).toMatchObject({ code: 'OK', data: { status: 'submitted' } })
    expect(pressed.data.events.at(-1)).toMatchObject({ type: 'supervise', actorRole: 'office', text: '人大办督办：请本周五前答复群众' })
    for (const holder of [t.deputy, t.staff]) {
      expect((await messagesOf(holder.token, id)).map((m) => m.title)).toContain('人大办督办')
    }
    expect((await messagesOf(t.resident.token, id)).map((m) => m.title)).not.toContain('人大办督办')

    clock = at('2026-03-10T17:00:00+08:00')
    expect(await act(call, db, t.office.token, id, 'supervise', {})).toMatchObject({ code: 'CONFLICT', message: '今天已督办过这件诉求，明天可再次督办' })
    clock = at('2026-03-11T08:30:00+08:00')
    const next = await act(call, db, t.office.token, id, 'supervise', {})
    expect(next.code).toBe('OK')
    expect(next.data.events.filter((e: { type: string }) => e.type === 'supervise')).toHaveLength(2)
  })

  it('sends a case that runs late a second time up to the office’s leaders, whom the admin names by a binding code', async () => {
    const admin = (await login(call, { persona: 'admin' })).token
    expect(await call('admin', { action: 'issueBinding', role: 'staff', stationCode: 'S01', leader: true }, admin)).toMatchObject({
      code: 'VALIDATION', message: '只有人大办人员可以设为领导',
    })
    const issued = (await call('admin', { action: 'issueBinding', role: 'office', leader: true }, admin)).data
    const person = await login(call, { openid: `leader-${randomUUID()}` })
    const bound = await call('auth', { action: 'bind', code: issued.code }, person.token)
    expect(bound).toMatchObject({ code: 'OK', data: { user: { role: 'office' } } })
    const leader = bound.data.token as string
    const people = (await call('admin', { action: 'people' }, admin)).data.items
    expect(people.find((p: { id: string }) => p.id === person.user.id).scopeName).toMatch(/（领导）$/)

    const id = await dueOn('2026-03-06')
    await sweep(at('2026-03-09T09:00:00+08:00'))
    // Late once: the office hears, the leader as one of it.
    expect((await messagesOf(leader, id)).map((m) => m.title)).toEqual(['诉求已超期'])

    clock = at('2026-03-09T10:00:00+08:00')
    expect((await act(call, db, t.staff.token, id, 'accept', {})).code).toBe('OK')
    const [{ due_at: due }] = await db.query<{ due_at: Date }>('select due_at from cases where id = $1', [id])
    expect((await sweep(new Date(due.getTime() + 1000))).overdue).toBeGreaterThanOrEqual(1)
    const second = (await messagesOf(leader, id)).find((m) => m.title === '诉求再次超期，请领导督办')
    expect(second?.body).toContain('本件已第 2 次超期')
    expect((await messagesOf(t.office.token, id)).map((m) => m.title)).toEqual(['诉求已超期', '诉求已超期'])
    const timeline = (await call('cases', { action: 'get', id }, t.office.token)).data.events
    expect(timeline.filter((e: { type: string }) => e.type === 'overdue').map((e: { text: string }) => e.text)).toEqual([
      '已提交阶段已超过办理期限',
      '已受理阶段已超过办理期限，本件已第 2 次超期，已报人大办领导',
    ])
  })
})
