import { randomUUID } from 'node:crypto'
import { Agent } from 'node:http'
import type { Database } from '../../server/db/queryable'
import { BACKENDS, withDatabase } from '../support/backends'
import { withFunctionHost } from '../support/function-host'
import { filing, inDays } from '../support/loop'
import { postJson } from '../support/raw-http'

const CLIENTS = 100
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const WITHIN_MS = 5000

type Call = (fn: string, event: unknown, token?: string) => Promise<{ code: string; data: any }>

/** Each caller is one phone: one connection of its own, kept alive. */
const phone = (base: string): Call => {
  const own = new Agent({ keepAlive: true, maxSockets: 1 })
  return (fn, event, token) => postJson(base, `/fn/${fn}`, event, token, own)
}

describe('PGlite under load', () => {
  const database = withDatabase(BACKENDS[0])
  const host = withFunctionHost(database)
  let db: Database
  let base: string
  beforeAll(() => {
    db = database.db
    base = host.base
  })

  it(`answers every one of ${CLIENTS} concurrent mixed callers within ${WITHIN_MS / 1000} s, for ${SECONDS} s`, async () => {
    const desk = phone(base)
    const staff = (await desk('auth', { action: 'devLogin', persona: 'staff' })).data.token
    const office = (await desk('auth', { action: 'devLogin', persona: 'office' })).data.token
    const [station] = await db.query<{ id: string }>(`select id from stations where code = 'S01'`)
    const [deputy] = await db.query<{ id: string }>('select id from deputies where station_id = $1 order by code limit 1', [station.id])
    const notice = (await desk('notices', {
      action: 'post', stationId: station.id, theme: '约见代表', place: '接待室', deputyIds: [deputy.id], slotCapacity: 3, slotMinutes: 30,
      schedule: { rule: { kind: 'once', date: inDays(5) }, start: '09:00', end: '11:00', workdayShift: false },
    }, staff)).data
    // What residents and staff do all day.
    const mix: [string, (call: Call, me: string) => Promise<{ code: string }>][] = [
      ['deputies.get', (call) => call('deputies', { action: 'get', code: 'LZ001' })],
      ['deputies.figures', (call) => call('deputies', { action: 'figures', code: 'LZ001' })],
      ['stations.list', (call) => call('stations', { action: 'list' })],
      ['notices.list', (call) => call('notices', { action: 'list' })],
      ['cases.submit', (call, me) => call('cases', filing(), me)],
      ['cases.listMine', (call, me) => call('cases', { action: 'listMine' }, me)],
      ['cases.similar', (call, me) => call('cases', { action: 'similar', deputyCode: 'LZ001', category: '物业管理', location: { latitude: 36.19, longitude: 113.1 } }, me)],
      ['messages.list', (call, me) => call('messages', { action: 'list' }, me)],
      ['cases.inbox (staff)', (call) => call('cases', { action: 'inbox', filter: 'all' }, staff)],
      ['stats.funnel (office)', (call) => call('stats', { action: 'funnel' }, office)],
      ['appointments.slots', (call, me) => call('appointments', { action: 'slots', noticeId: notice.id }, me)],
    ]
    const latencies: number[] = []
    const slowest: Record<string, number> = {}
    const codes: Record<string, number> = {}
    const until = Date.now() + SECONDS * 1000
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const call = phone(base)
        const me = (await call('auth', { action: 'devLogin', openid: `load-${randomUUID()}` })).data.token
        while (Date.now() < until) {
          const [kind, act] = mix[Math.floor(Math.random() * mix.length)]
          const started = performance.now()
          const r = await act(call, me)
          const took = performance.now() - started
          latencies.push(took)
          slowest[kind] = Math.max(slowest[kind] ?? 0, Math.round(took))
          codes[r.code] = (codes[r.code] ?? 0) + 1
        }
      }),
    )
    latencies.sort((a, b) => a - b)
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0)
    console.log(
      `PGlite, ${CLIENTS} concurrent callers for ${SECONDS} s: ${latencies.length} calls (${(latencies.length / SECONDS).toFixed(0)}/s), ` +
        `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${latencies.at(-1)!.toFixed(0)} ms; ${JSON.stringify(codes)}; slowest by call ${JSON.stringify(slowest)}`,
    )
    expect(latencies.at(-1)!).toBeLessThan(WITHIN_MS)
    expect(codes.INTERNAL ?? 0).toBe(0)
  }, (SECONDS + 120) * 1000)
})
