import { setTimeout as sleep } from 'node:timers/promises'
import type { Database } from '../../server/db/queryable'
import { districtById, soleDistrict } from '../../server/districts/districts'
import { tell } from '../../server/messaging/inbox'
import { createHash, randomUUID } from 'node:crypto'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke } from '../../server/runtime/context'
import { BACKENDS, withDatabase } from '../support/backends'
import { caller, login } from '../support/call'
import { act, filing, withTeam } from '../support/loop'

const within = <T>(ms: number, p: Promise<T>, what: string) =>
  Promise.race([p, sleep(ms).then(() => Promise.reject(new Error(`${what}: no answer within ${ms} ms`)))])

describe.each(BACKENDS)('the store under faults on $name', (backend) => {
  const database = withDatabase(backend)
  let db: Database
  beforeAll(() => void (db = database.db))

  it("never makes a transaction wait for a read queued behind it (a district's settings, loaded cold)", async () => {
    const id = (await soleDistrict(db))!
    // A transaction is running; a read outside it (a public page) asks for the district's
    // settings, then the transaction asks for them too.
    const inside = db.tx(async (tx) => {
      await tx.query('select 1')
      const outside = districtById(db, id)
      const own = await within(5000, districtById(tx, id), 'the transaction')
      return { own, outside }
    })
    const { own, outside } = await within(10_000, inside, 'the call')
    expect(own.id).toBe(id)
    expect((await within(5000, outside, 'the outside read')).id).toBe(id)
  })

  if (backend.name === 'PostgreSQL')
    it('survives a connection dropped in the middle of a transaction, and keeps serving', async () => {
      const attempt = db.tx(async (tx) => {
        const [{ pid }] = await tx.query<{ pid: number }>('select pg_backend_pid() as pid')
        await db.query('select pg_terminate_backend($1)', [pid])
        // The connection is gone while the transaction waits on something else.
        await sleep(300)
        await tx.query('select 1')
      })
      await expect(attempt).rejects.toThrow()
      expect(await db.query('select 1 as one')).toEqual([{ one: 1 }])
    })
})

describe.each(BACKENDS)('a careless or hostile caller on $name', (backend) => {
  const env = withTeam(backend)

  it('approves only the proposal staff read: a newer one supersedes it under a new id', async () => {
    const { call, t } = env
    const propose = (bio: string) => call('deputies', { action: 'proposeProfile', bio, contactHours: '', phone: '', phonePublic: false }, t.deputy.token)
    expect((await propose('第一版简介')).code).toBe('OK')
    const seen = (await call('deputies', { action: 'profileChanges' }, t.staff.token)).data.items[0]
    expect(seen.proposed.bio).toBe('第一版简介')
    // The deputy changes it again while staff are reading.
    expect((await propose('第二版简介：未经审核的内容')).code).toBe('OK')
    expect(await call('deputies', { action: 'decideProfile', id: seen.id, approve: true }, t.staff.token)).toMatchObject({ code: 'CONFLICT' })
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data.bio).not.toContain('未经审核')
    const [now] = (await call('deputies', { action: 'profileChanges' }, t.staff.token)).data.items
    expect(now.proposed.bio).toBe('第二版简介：未经审核的内容')
    expect(now.id).not.toBe(seen.id)
  })

  it('counts parallel submissions against the limit, whatever their submission ids', async () => {
    const { db } = env
    const limited = caller(db, { submitLimits: { perHour: 3, perDay: 20 } })
    const { token } = await login(limited, { openid: `flood-${randomUUID()}` })
    const answers = await Promise.all(Array.from({ length: 10 }, () => limited('cases', filing(), token)))
    expect(answers.filter((a) => a.code === 'OK')).toHaveLength(3)
    expect(answers.filter((a) => a.code === 'RATE_LIMITED')).toHaveLength(7)
    // A retry of one that went through still answers with its case.
    const same = filing()
    const twice = await Promise.all([limited('cases', same, (await login(limited, { openid: `retry-${randomUUID()}` })).token)])
    expect(twice[0].code).toBe('OK')
  })

  it('ends sessions that have run out, and keeps no token anyone could reuse', async () => {
    const { call, db } = env
    const { token } = await login(call, { openid: `s-${randomUUID()}` })
    expect((await call('auth', { action: 'me' }, token)).code).toBe('OK')
    expect(await db.query('select 1 from sessions where token_hash = $1', [token])).toEqual([])
    const hash = createHash('sha256').update(token).digest('hex')
    await db.query(`update sessions set expires_at = now() - interval '1 second' where token_hash = $1`, [hash])
    expect(await call('auth', { action: 'me' }, token)).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it("lets a device's demo sign-in be only that device's resident, never a persona", async () => {
    const { call } = env
    const signedIn = await login(call, { openid: 'demo-admin' })
    expect(signedIn.user.role).toBe('resident')
    const production = caller(env.db, { demoLogins: false })
    expect(await production('auth', { action: 'devLogin', persona: 'admin' })).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('refuses days that do not exist and texts with no words, with a clear message', async () => {
    const { call, t } = env
    for (const text of ['。。。。。', '😡😡😡😡😡', '！？…… 。']) {
      const r = await call('cases', filing({ text }), t.resident.token)
      // Emoji and punctuation are what the text holds: the message says they do not count.
      expect(r).toMatchObject({ code: 'VALIDATION', message: '诉求内容至少 5 个字（表情和标点不算字）' })
    }
    // An emoji counts as one character toward the maximum.
    expect((await call('cases', filing({ text: `路灯坏了很久${'😡'.repeat(990)}` }), t.resident.token)).code).toBe('OK')
    const bad = await call('stats', { action: 'funnel', from: '2025-02-30' }, t.office.token)
    expect(bad).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('不是一个有效的日期') })
  })

  it("does not let staff merge into another station's case", async () => {
    const { call, db, t } = env
    const mine = (await call('cases', filing(), t.resident.token)).data.id
    const elsewhere = (await call('cases', filing({ deputyCode: undefined, stationCode: 'S02' }), t.resident.token)).data.id
    expect(await act(call, db, t.staff.token, mine, 'merge', { intoId: elsewhere })).toMatchObject({ code: 'VALIDATION' })
    expect((await call('cases', { action: 'get', id: mine }, t.staff.token)).data.status).toBe('submitted')
  })

  it('pages 消息 by cursor to the oldest, none twice and none skipped while new ones arrive', async () => {
    const { call, db } = env
    const who = await login(call, { openid: `m-${randomUUID()}` })
    for (let i = 0; i < 120; i++) await tell(db, [who.user.id], `通知 ${i}`, '内容')
    const seen: string[] = []
    let cursor: string | undefined
    for (let page = 0; ; page++) {
      const r = (await call('messages', { action: 'list', ...(cursor ? { cursor } : {}) }, who.token)).data
      seen.push(...r.items.map((m: { title: string }) => m.title))
      // Something new arrives while the person scrolls.
      if (page === 0) await tell(db, [who.user.id], '新的通知', '内容')
      cursor = r.cursor
      if (!cursor) break
    }
    expect(seen).toHaveLength(120)
    expect(new Set(seen)).toEqual(new Set(Array.from({ length: 120 }, (_, i) => `通知 ${i}`)))
    // Newest first (messages written in the same instant may come in either order).
    expect(seen.indexOf('通知 119')).toBeLessThan(seen.indexOf('通知 60'))
    expect(seen.indexOf('通知 60')).toBeLessThan(seen.indexOf('通知 0'))
    expect(await call('messages', { action: 'list', cursor: 'not-a-cursor' }, who.token)).toMatchObject({ code: 'VALIDATION', message: '翻页参数无效，请刷新后再试' })
  })

  it('goes on with the sweep when one case cannot be dealt with', async () => {
    const { call, db, t } = env
    const late = new Date(Date.now() + 30 * 86_400_000)
    const ids = await Promise.all([1, 2, 3].map(async () => (await call('cases', filing(), t.resident.token)).data.id as string))
    // One case cannot take its overdue step (the store refuses any event of it).
    await db.query(`alter table case_events add constraint poison_check check (case_id <> '${ids[1]}') not valid`)
    try {
      const r = await invoke(FUNCTIONS.timer, {}, { db, demoLogins: false, now: () => late }, { kind: 'trigger' })
      expect(r.code).toBe('OK')
      expect(r.data).toMatchObject({ failed: [], passedOver: 1 })
      expect((r.data as { overdue: number }).overdue).toBeGreaterThanOrEqual(2)
      const marked = await db.query<{ id: string }>('select id from cases where id = any($1::uuid[]) and overdue_at is not null', [ids])
      expect(marked.map((m) => m.id).sort()).toEqual([ids[0], ids[2]].sort())
    } finally {
      await db.query('alter table case_events drop constraint poison_check')
    }
  })
})

describe.each(BACKENDS)('who read what, on $name', (backend) => {
  const env = withTeam(backend)

  it("writes down every read of a resident's whole phone and every staff opening, for the admin to search, and keeps it its time", async () => {
    const { call, db, t } = env
    const filed = (await call('cases', filing({ phone: '13900003333', phoneConsent: true }), t.resident.token)).data
    expect((await call('cases', { action: 'get', id: filed.id }, t.resident.token)).data.phone).toBe('139****3333')
    expect((await call('cases', { action: 'get', id: filed.id }, t.staff.token)).data.phone).toBe('13900003333')
    expect((await call('cases', { action: 'get', id: filed.id }, t.office.token)).data.phone).toBe('139****3333')
    const admin = await login(call, { persona: 'admin' })
    const trail = (await call('audit', { action: 'search', subjectId: filed.id }, admin.token)).data.items
    expect(trail.map((e: { kind: string; actorRole: string; detail: string }) => [e.kind, e.actorRole, e.detail])).toEqual([
      ['case.open', 'office', filed.number],
      ['phone.read', 'staff', filed.number],
      ['case.open', 'staff', filed.number],
    ])
    expect((await call('audit', { action: 'search', kind: 'phone.read', actorId: t.staff.user.id }, admin.token)).data.items.length).toBeGreaterThanOrEqual(1)
    expect(await call('audit', { action: 'search' }, t.office.token)).toMatchObject({ code: 'FORBIDDEN' })

    // Kept more than six months, then removed by the timer.
    const at = (days: number) => new Date(Date.now() + days * 86_400_000)
    await invoke(FUNCTIONS.timer, {}, { db, demoLogins: false, now: () => at(190) }, { kind: 'trigger' })
    expect((await call('audit', { action: 'search', subjectId: filed.id }, admin.token)).data.items).toHaveLength(3)
    await invoke(FUNCTIONS.timer, {}, { db, demoLogins: false, now: () => at(401) }, { kind: 'trigger' })
    expect((await call('audit', { action: 'search', subjectId: filed.id }, admin.token)).data.items).toHaveLength(0)
  })
})

describe.each(BACKENDS)("a person's own data on $name", (backend) => {
  const env = withTeam(backend)

  it('hands a resident everything held about them, then deletes the account and keeps the cases for the record, anonymized', async () => {
    const { call, db, t } = env
    const me = await login(call, { openid: `leaving-${randomUUID()}` })
    const filed = (await call('cases', filing({ text: '我叫王小明，住3号楼2单元501室，楼道灯坏了很久', phone: '13900004444', phoneConsent: true }), me.token)).data
    await act(call, db, t.staff.token, filed.id, 'accept', {})
    const mine = (await call('auth', { action: 'myData' }, me.token)).data
    expect(mine.account.id).toBe(me.user.id)
    expect(mine.cases).toEqual([expect.objectContaining({ number: filed.number, phone: '13900004444', text: expect.stringContaining('王小明') })])
    expect(mine.cases[0].events.map((s: { type: string }) => s.type)).toEqual(['submit', 'accept'])
    expect(mine.messages.map((m: { title: string }) => m.title)).toEqual(['您的诉求已受理'])

    expect(await call('auth', { action: 'deleteAccount' }, me.token)).toMatchObject({ code: 'VALIDATION' })
    expect(await call('auth', { action: 'deleteAccount', confirm: '注销' }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect((await call('auth', { action: 'deleteAccount', confirm: '注销' }, me.token)).data).toEqual({ deleted: true })
    // Signed out everywhere; the same WeChat identity would start afresh.
    expect(await call('auth', { action: 'me' }, me.token)).toMatchObject({ code: 'UNAUTHENTICATED' })
    // The case stays with its handlers, without the phone or the name and door in its words.
    const kept = (await call('cases', { action: 'get', id: filed.id }, t.staff.token)).data
    expect(kept).toMatchObject({ status: 'accepted', phone: null })
    expect(kept.text).toBe('我叫***，住***，楼道灯坏了很久')
    expect(JSON.stringify(kept.events)).not.toContain('王小明')
    const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from messages where user_id = $1', [me.user.id])
    expect(n).toBe(0)
  })
})
