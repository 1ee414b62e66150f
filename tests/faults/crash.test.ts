import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import pg from 'pg'
import { opened, OPEN_MS } from '../support/hooks'
import { startHost, type RunningHost } from '../support/host-process'
import { filing, payloadFor } from '../support/loop'
import { scratchDatabase } from '../support/postgres'

const KILLS = 3
const CLIENTS = 8

/** The path each case takes, and who takes each step. */
const STEPS: ['staff' | 'department', string][] = [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve']]

const onPostgres = process.env.TEST_POSTGRES === '1' ? describe : describe.skip
onPostgres('the host killed mid-stream on PostgreSQL', () => {
  const database = opened(() => scratchDatabase(), (s) => s.drop())
  const dataDir = mkdtempSync(join(tmpdir(), 'ms-crash-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
  let host: RunningHost
  /** The host last started: what the end stops, even one still starting when a hook ran out of time. */
  let starting: Promise<RunningHost> | undefined
  const start = () => (starting = startHost({ DATABASE_URL: database.value.url, DEMO: '1', DATA_DIR: dataDir }))
  beforeAll(async () => void (host = await start()), OPEN_MS)
  afterAll(async () => (await starting?.catch(() => undefined))?.stop(), OPEN_MS)

  it(`keeps every case whole through ${KILLS} SIGKILLs during a stream of moves`, async () => {
    const call = async (fn: string, event: unknown, token?: string) => {
      const r = await fetch(`${host.base}/fn/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(event),
      })
      return (await r.json()) as { code: string; data: any; message: string }
    }
    const tokens: Record<string, string> = {}
    for (const who of ['staff', 'department']) tokens[who] = (await call('auth', { action: 'devLogin', persona: who })).data.token
    const departmentId = (await call('auth', { action: 'me' }, tokens.department)).data.user.departmentId
    const team = { department: { user: { departmentId } } } as never

    const acknowledged = new Set<string>()
    let moves = 0
    let failures = 0
    let running = true
    /** One resident after another files a case and staff and department move it along, retrying through crashes. */
    const client = async () => {
      while (running) {
        try {
          // Each case by a new resident: one person may file only a few an hour.
          const resident = (await call('auth', { action: 'devLogin', openid: `crash-${Math.random()}` })).data.token
          const filed = await call('cases', filing(), resident)
          if (filed.code !== 'OK') throw new Error(filed.message)
          acknowledged.add(filed.data.id)
          for (const [who, action] of STEPS) {
            const c = await call('cases', { action: 'get', id: filed.data.id }, tokens[who])
            if (c.code !== 'OK') throw new Error(c.message)
            const r = await call('cases', { action, id: filed.data.id, version: c.data.version, ...payloadFor(action, team) }, tokens[who])
            if (r.code === 'OK') moves++
          }
        } catch {
          // The host is down: wait for it.
          failures++
          await sleep(100)
        }
      }
    }
    const clients = Array.from({ length: CLIENTS }, client)
    for (let k = 0; k < KILLS; k++) {
      await sleep(1500 + Math.random() * 2500)
      await host.kill()
      host = await start()
    }
    await sleep(2000)
    running = false
    await Promise.all(clients)

    const db = new pg.Client({ connectionString: database.value.url })
    await db.connect()
    try {
      const mismatched = await db.query(
        `select c.id from cases c
           join lateral (select e.to_status from case_events e where e.case_id = c.id and e.to_status is not null order by e.seq desc limit 1) last on true
          where last.to_status <> c.status`,
      )
      const unfiled = await db.query(`select c.id from cases c where (select count(*) from case_events e where e.case_id = c.id and e.type = 'submit') <> 1`)
      const found = await db.query('select id from cases where id = any($1::uuid[])', [[...acknowledged]])
      const versions = await db.query(
        `select c.id from cases c where c.version <> 1 + (select count(*) from case_events e where e.case_id = c.id and e.type not in ('submit', 'overdue'))`,
      )
      console.log(
        `PostgreSQL, ${KILLS} SIGKILLs: ${acknowledged.size} cases acknowledged, ${moves} moves acknowledged, ${failures} calls failed while the host was down; ` +
          `${found.rowCount} acknowledged found, ${mismatched.rowCount} with a status unlike their last event, ${unfiled.rowCount} without exactly one filing, ${versions.rowCount} with a version unlike their steps`,
      )
      expect(found.rowCount).toBe(acknowledged.size)
      expect(mismatched.rowCount).toBe(0)
      expect(unfiled.rowCount).toBe(0)
      expect(versions.rowCount).toBe(0)
      expect(acknowledged.size).toBeGreaterThan(0)
    } finally {
      await db.end()
    }
  }, 600_000)
})
