import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import type { Role } from '../../src/core/identity/roles'
import { CASE_ACTIONS, transitionOf, type CaseFacts } from '../../src/core/cases/transitions'
import { planMove } from '../../src/core/cases/plan'
import { BACKENDS, withDatabase } from '../support/backends'
import { caller, login } from '../support/call'
import { OPEN_MS } from '../support/hooks'
import { filing, payloadFor, team, type Team } from '../support/loop'

type Who = keyof Team | 'stranger'

const WHO: Who[] = ['resident', 'deputy', 'staff', 'department', 'office', 'stranger']

/**
 * A step is either anything at all, or (more often, so that runs reach deep states) a move
 * the table offers from wherever the case is, by someone of a role it names.
 */
const step = fc.record({
  anything: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  action: fc.nat(),
  who: fc.nat(),
  stale: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  twice: fc.boolean(),
})

type Generated = typeof step extends fc.Arbitrary<infer T> ? T : never

function choose(s: Generated, status: string, t: Team): { action: string; who: Who } {
  if (s.anything) return { action: CASE_ACTIONS[s.action % CASE_ACTIONS.length], who: WHO[s.who % WHO.length] }
  const offered = CASE_ACTIONS.filter((a) => (transitionOf(a)!.from as readonly string[]).includes(status))
  if (offered.length === 0) return { action: CASE_ACTIONS[s.action % CASE_ACTIONS.length], who: WHO[s.who % WHO.length] }
  const action = offered[s.action % offered.length]
  const roles: readonly string[] = transitionOf(action)!.roles
  const able = WHO.filter((w) => w !== 'stranger' && roles.includes(t[w].user.role))
  return { action, who: able[s.who % able.length] }
}

describe.each(BACKENDS)('random moves by random people on $name', (backend) => {
  const database = withDatabase(backend)
  let db: Database
  let call: ReturnType<typeof caller>
  let t: Team
  let stranger: string

  beforeAll(async () => {
    db = database.db
    call = caller(db)
    t = await team(call)
    stranger = (await login(call, { openid: `stranger-${randomUUID()}` })).token
  }, OPEN_MS)

  const row = async (id: string) => {
    const [r] = await db.query<{ status: CaseFacts['status']; version: number; result_rating: CaseFacts['resultRating']; reopen_count: number; resolved_by: CaseFacts['resolvedBy']; overdue: boolean; urged: boolean; events: number }>(
      `select status, version, result_rating, reopen_count, resolved_by, overdue_at is not null as overdue, urged,
              (select count(*)::int from case_events e where e.case_id = c.id) as events
         from cases c where id = $1`,
      [id],
    )
    return r
  }

  it('never leave the transitions table, never lose an event, never notify twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
        const id = (await call('cases', filing(), t.resident.token)).data.id as string
        const other = (await call('cases', filing(), t.resident.token)).data.id as string
        let moves = 1
        for (const generated of steps) {
          const before = await row(id)
          const s = { ...generated, ...choose(generated, before.status, t) }
          const token = s.who === 'stranger' ? stranger : t[s.who].token
          const role: Role = s.who === 'stranger' ? 'resident' : t[s.who].user.role
          const version = s.stale ? before.version + 7 : before.version
          const event = { action: s.action, id, version, ...payloadFor(s.action, t, other) }
          const results = await Promise.all((s.twice ? [1, 2] : [1]).map(() => call('cases', event, token)))
          const after = await row(id)
          const ok = results.filter((r) => r.code === 'OK').length
          expect(ok).toBeLessThanOrEqual(1)
          if (ok === 0) {
            expect(after).toEqual(before)
            continue
          }
          const facts = { status: before.status, resultRating: before.result_rating, reopenCount: before.reopen_count, resolvedBy: before.resolved_by, overdue: before.overdue, urged: before.urged }
          const plan = planMove(s.action, facts, role)
          expect(plan.ok).toBe(true)
          expect(s.stale).toBe(false)
          // A final rating moves on to closed in the same call.
          const closedToo = s.action === 'rate' && after.status === 'closed'
          expect(after.status).toBe(closedToo ? 'closed' : plan.ok && plan.to)
          moves += closedToo ? 2 : 1
          expect(after.events).toBe(moves)
        }
        const events = await db.query<{ seq: number; type: string; from_status: string; to_status: string }>(
          'select seq, type, from_status, to_status from case_events where case_id = $1 order by seq',
          [id],
        )
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1))
        for (const e of events.slice(1)) {
          const tr = transitionOf(e.type)!
          expect((tr.from as readonly string[]).includes(e.from_status)).toBe(true)
          if (typeof tr.to === 'string' && tr.to !== 'same') expect(e.to_status).toBe(tr.to)
          if (tr.to === 'same') expect(e.to_status).toBe(e.from_status)
        }
        const twice = await db.query(
          `select m.event_id, m.user_id from messages m join case_events e on e.id = m.event_id
            where e.case_id = $1 group by 1, 2 having count(*) > 1`,
          [id],
        )
        expect(twice).toEqual([])
      }),
      { numRuns: 30 },
    )
  })
})
