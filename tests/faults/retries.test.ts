import { randomUUID } from 'node:crypto'
import { connect, createServer, type Server } from 'node:net'
import type { Database } from '../../server/db/queryable'
import { BACKENDS, withDatabase } from '../support/backends'
import { withFunctionHost } from '../support/function-host'
import { filing } from '../support/loop'
import { postJson as post } from '../support/raw-http'

const SUBMISSIONS = 2000
const DROP_RATE = 0.3
const MAX_TRIES = 6

/**
 * A network that loses answers: a proxy in front of the host that, for 30% of connections,
 * lets the request through and then cuts the connection as the answer starts to come back —
 * the server has done the work, the phone never hears of it.
 */
function lossyProxy(target: string): Promise<{ base: string; dropped(): number; close(): void }> {
  const { port } = new URL(target)
  let dropped = 0
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), '127.0.0.1')
    const drop = Math.random() < DROP_RATE
    client.pipe(upstream)
    upstream.on('data', (chunk) => {
      if (drop) {
        dropped++
        client.destroy()
        upstream.destroy()
      } else client.write(chunk)
    })
    upstream.on('end', () => client.end())
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number }
      ok({ base: `http://127.0.0.1:${p}`, dropped: () => dropped, close: () => server.close() })
    }),
  )
}

describe.each(BACKENDS)('submissions over a network that loses answers, on $name', (backend) => {
  const database = withDatabase(backend)
  const host = withFunctionHost(database, { submitLimits: { perHour: 1e6, perDay: 1e6 } })
  let db: Database
  let base: string
  beforeAll(() => {
    db = database.db
    base = host.base
  })

  it(`files each of ${SUBMISSIONS.toLocaleString('en')} submissions exactly once, 30% of answers lost, retried with the same id`, async () => {
    const proxy = await lossyProxy(base)
    const residents = await Promise.all(
      Array.from({ length: 20 }, async () => (await post(base, '/fn/auth', { action: 'devLogin', openid: `lossy-${randomUUID()}` })).data.token as string),
    )
    const acknowledged = new Map<string, string>()
    let retries = 0
    let gaveUp = 0
    const submitOne = async (i: number) => {
      const event = filing({ text: `楼道灯坏了，第 ${i} 次反映` })
      const token = residents[i % residents.length]
      for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
        try {
          const r = await post(proxy.base, '/fn/cases', event, token)
          if (r.code === 'OK') acknowledged.set(event.submissionId as string, r.data.id)
          return
        } catch {
          if (attempt === MAX_TRIES) gaveUp++
          else retries++
        }
      }
    }
    for (let i = 0; i < SUBMISSIONS; i += 25) await Promise.all(Array.from({ length: 25 }, (_, j) => submitOne(i + j)))
    proxy.close()

    const rows = await db.query<{ submission_id: string; n: number; id: string }>(
      `select submission_id, count(*)::int as n, min(id::text) as id from cases where submission_id like 'sub-%' and text like '楼道灯坏了，第%'
        group by submission_id`,
    )
    const duplicates = rows.filter((r) => r.n > 1).length
    const byId = new Map(rows.map((r) => [r.submission_id, r.id]))
    const lost = [...acknowledged].filter(([sub, id]) => byId.get(sub) !== id).length
    console.log(
      `${backend.name}: ${SUBMISSIONS} submissions, ${proxy.dropped()} answers lost, ${retries} retries, ${gaveUp} given up after ${MAX_TRIES} tries; ` +
        `${rows.length} cases filed, ${acknowledged.size} acknowledged, ${duplicates} duplicates, ${lost} acknowledged but missing`,
    )
    expect(duplicates).toBe(0)
    expect(lost).toBe(0)
    // Every request reached the server (the network lost answers, not requests): each submission was filed once,
    // including those whose every answer was lost; the phone's draft files them again with the same id later.
    expect(rows.length).toBe(SUBMISSIONS)
    expect(acknowledged.size).toBe(SUBMISSIONS - gaveUp)
  }, 600_000)
})
