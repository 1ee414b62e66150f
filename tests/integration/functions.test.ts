import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { migrate } from '../../server/db/migrate'
import { seedDemoDistrict } from '../../server/seed/demo-district'
import { SUBMIT_LIMITS } from '../../src/core/limits'
import { BACKENDS, withDatabase } from '../support/backends'
import { accountWith, caller, login } from '../support/call'

const submission = (over: Record<string, unknown> = {}) => ({
  action: 'submit',
  submissionId: `sub-${randomUUID()}`,
  deputyCode: 'LZ001',
  category: '停车',
  text: '小区东门每天晚上都有车堵住消防通道',
  ...over,
})

describe.each(BACKENDS)('functions on $name', (backend) => {
  const database = withDatabase(backend)
  let db: Database
  let call: ReturnType<typeof caller>

  beforeAll(() => {
    db = database.db
    call = caller(db)
  })

  describe('storage', () => {
    it('applies migrations once and seeds once', async () => {
      expect(await migrate(db)).toEqual([])
      expect(await seedDemoDistrict(db)).toBe(false)
      const [counts] = await db.query<Record<string, number>>(`select
        (select count(*)::int from stations) as stations,
        (select count(distinct street)::int from stations) as streets,
        (select count(*)::int from deputies) as deputies,
        (select count(distinct l)::int from deputies, unnest(levels) l) as levels,
        (select count(*)::int from departments) as departments,
        (select count(*)::int from categories) as categories`)
      expect(counts.stations).toBeGreaterThanOrEqual(6)
      expect(counts.streets).toBeGreaterThanOrEqual(4)
      expect(counts.deputies).toBeGreaterThanOrEqual(30)
      expect(counts.levels).toBe(3)
      expect(counts.departments).toBeGreaterThanOrEqual(8)
      expect(counts.categories).toBe(10)
    })
  })

  describe('auth', () => {
    it('signs in a seeded persona and an unknown openid as a new resident', async () => {
      const deputy = await login(call, { persona: 'deputy' })
      expect(deputy.user.role).toBe('deputy')
      expect(deputy.user.deputyId).toEqual(expect.any(String))
      const fresh = await login(call, { openid: `new-${randomUUID()}` })
      expect(fresh.user.role).toBe('resident')
      const again = await login(call, { openid: 'same-person' })
      expect((await login(call, { openid: 'same-person' })).user.id).toBe(again.user.id)
    })

    it('refuses demo sign-in in production mode', async () => {
      const prod = caller(db, { demoLogins: false })
      const r = await prod('auth', { action: 'devLogin', persona: 'admin' })
      expect(r).toMatchObject({ code: 'FORBIDDEN', data: null, message: '正式环境不提供演示登录' })
    })

    it('answers a malformed event with a Chinese message', async () => {
      expect(await call('auth', { action: 'devLogin', persona: 'king' })).toMatchObject({ code: 'VALIDATION', message: '未知的身份' })
      expect(await call('auth', { action: 'fly' })).toMatchObject({ code: 'VALIDATION', message: '不支持的操作' })
    })

    it('asks the browser to type the phone: only WeChat can read it from a button tap', async () => {
      const me = await login(call, { openid: 'phone-typer' })
      expect(await call('auth', { action: 'phoneNumber', code: 'abc' }, me.token)).toMatchObject({ code: 'VALIDATION', message: '这里不能读取微信手机号，请直接填写' })
    })
  })

  describe('deputies', () => {
    it('gives a deputy profile without login, and NOT_FOUND for an unknown code', async () => {
      const r = await call('deputies', { action: 'get', code: 'LZ001' })
      expect(r.code).toBe('OK')
      expect(r.data).toMatchObject({ code: 'LZ001', levels: expect.any(Array), station: { name: expect.stringContaining('联络站') } })
      expect(r.data.categories).toContain('物业管理')
      expect(await call('deputies', { action: 'get', code: 'NOPE9' })).toMatchObject({ code: 'NOT_FOUND' })
      expect(await call('deputies', { action: 'get', code: '<script>' })).toMatchObject({ code: 'VALIDATION' })
    })

    it('pages the list 100 at a time with a cursor', async () => {
      const [station] = await db.query<{ id: string }>('select id from stations limit 1')
      await db.query(
        `insert into deputies (code, name, levels, station_id)
         select 'PG' || lpad(i::text, 3, '0'), '测试代表' || i, array['区人大代表'], $1 from generate_series(1, 80) i`,
        [station.id],
      )
      const first = await call('deputies', { action: 'list' })
      expect(first.data.items).toHaveLength(100)
      expect(first.data.cursor).toEqual(expect.any(String))
      const second = await call('deputies', { action: 'list', cursor: first.data.cursor })
      expect(second.data.cursor).toBeUndefined()
      const codes = [...first.data.items, ...second.data.items].map((d: { code: string }) => d.code)
      expect(new Set(codes).size).toBe(codes.length)
      expect(codes.length).toBe(116)
    })
  })

  describe('cases', () => {
    it('files a case with a readable number, once per submission id, even when retried at once', async () => {
      const me = await login(call, { openid: `r-${randomUUID()}` })
      const event = submission()
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => call('cases', event, me.token)))
      expect(a.code).toBe('OK')
      expect(a.data.number).toMatch(/^LZ-\d{4}-\d{6}$/)
      expect(a.data.status).toBe('submitted')
      expect(b.data.id).toBe(a.data.id)
      expect(c.data.id).toBe(a.data.id)
      const mine = await call('cases', { action: 'listMine' }, me.token)
      expect(mine.data.items).toHaveLength(1)
    })

    it('limits submissions per person, 5 an hour by default, with a clear message', async () => {
      const limited = caller(db, { submitLimits: SUBMIT_LIMITS })
      const me = await login(limited, { openid: `r-${randomUUID()}` })
      const first = submission()
      for (const event of [first, submission(), submission(), submission(), submission()]) {
        expect((await limited('cases', event, me.token)).code).toBe('OK')
      }
      expect(await limited('cases', submission(), me.token)).toMatchObject({
        code: 'RATE_LIMITED',
        message: '提交太频繁：每小时最多提交 5 条诉求，请稍后再试。您填写的内容已保存。',
      })
      // A retry of a case already filed still answers with it; a neighbour is not held back.
      expect((await limited('cases', first, me.token)).code).toBe('OK')
      const neighbour = await login(limited, { openid: `r-${randomUUID()}` })
      expect((await limited('cases', submission(), neighbour.token)).code).toBe('OK')
      expect((await limited('cases', { action: 'listMine' }, me.token)).data.items).toHaveLength(5)

      const daily = caller(db, { submitLimits: { perHour: 100, perDay: 2 } })
      const busy = await login(daily, { openid: `r-${randomUUID()}` })
      await daily('cases', submission(), busy.token)
      await daily('cases', submission(), busy.token)
      expect(await daily('cases', submission(), busy.token)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('每天最多提交 2 条') })
    })

    it('says what is wrong with bad input and writes nothing', async () => {
      const me = await login(call, { openid: `r-${randomUUID()}` })
      const cases = [
        [{ text: '太短' }, '诉求内容至少 5 个字'],
        [{ text: '长'.repeat(1001) }, '诉求内容不能超过 1000 个字'],
        [{ category: '天气' }, '请选择列表中的类别'],
        [{ location: { latitude: 200, longitude: 113 } }, '位置纬度不正确'],
      ] as const
      for (const [over, message] of cases) {
        expect(await call('cases', submission(over), me.token)).toMatchObject({ code: 'VALIDATION', message })
      }
      expect(await call('cases', submission({ deputyCode: 'GONE1' }), me.token)).toMatchObject({ code: 'NOT_FOUND' })
      expect(await call('cases', submission())).toMatchObject({ code: 'UNAUTHENTICATED' })
      expect((await call('cases', { action: 'listMine' }, me.token)).data.items).toHaveLength(0)
    })

    it('answers on the spot: the deputy answers, the resident reads it with its version', async () => {
      const resident = await login(call, { openid: `r-${randomUUID()}` })
      const deputy = await login(call, { persona: 'deputy' })
      const filed = await call('cases', submission({ location: { latitude: 36.19, longitude: 113.1, name: '凌燕巷' } }), resident.token)

      const inbox = await call('cases', { action: 'inbox' }, deputy.token)
      expect(inbox.data.items.map((c: { id: string }) => c.id)).toContain(filed.data.id)

      const answered = await call('cases', { action: 'answer', id: filed.data.id, version: 1, text: '已联系物业，本周内清理通道' }, deputy.token)
      expect(answered.code).toBe('OK')

      const seen = await call('cases', { action: 'get', id: filed.data.id }, resident.token)
      expect(seen.data).toMatchObject({ status: 'answered', version: 2, location: { name: '凌燕巷' }, resolvedBy: 'deputy', mine: true })
      expect(seen.data.events.map((e: { type: string }) => e.type)).toEqual(['submit', 'answer'])
      expect(seen.data.events[1]).toMatchObject({ text: '已联系物业，本周内清理通道', actorRole: 'deputy', actorName: '王建国' })

      // Answering again is no longer a move from here.
      const again = await call('cases', { action: 'answer', id: filed.data.id, version: 2, text: '物业已回复' }, deputy.token)
      expect(again).toMatchObject({ code: 'CONFLICT', message: '这条诉求当前已答复，不能答复' })
    })

    it('keeps every case to its resident and its deputy', async () => {
      const owner = await login(call, { openid: `r-${randomUUID()}` })
      const stranger = await login(call, { openid: `r-${randomUUID()}` })
      const filed = await call('cases', submission(), owner.token)
      const id = filed.data.id

      expect(await call('cases', { action: 'get', id }, stranger.token)).toMatchObject({ code: 'NOT_FOUND' })
      expect((await call('cases', { action: 'listMine' }, stranger.token)).data.items).toHaveLength(0)
      expect(await call('cases', { action: 'inbox' }, stranger.token)).toMatchObject({ code: 'FORBIDDEN' })
      expect(await call('cases', { action: 'answer', id, version: 1, text: '我来答' }, stranger.token)).toMatchObject({ code: 'NOT_FOUND' })

      // A deputy of another station may neither read nor answer it.
      const [other] = await db.query<{ id: string }>(`select id from deputies where code = 'LZ002'`)
      const otherDeputy = await accountWith(db, 'deputy', { deputy_id: other.id })
      expect(await call('cases', { action: 'get', id }, otherDeputy.token)).toMatchObject({ code: 'NOT_FOUND' })
      expect(await call('cases', { action: 'answer', id, version: 1, text: '越权答复' }, otherDeputy.token)).toMatchObject({ code: 'NOT_FOUND' })
      expect((await call('cases', { action: 'inbox' }, otherDeputy.token)).data.items).toHaveLength(0)

      const untouched = await call('cases', { action: 'get', id }, owner.token)
      expect(untouched.data).toMatchObject({ status: 'submitted', version: 1 })
      expect(untouched.data.events).toHaveLength(1)
    })

    it('numbers cases in sequence within the district and year', async () => {
      const me = await login(call, { openid: `r-${randomUUID()}` })
      const a = await call('cases', submission(), me.token)
      const b = await call('cases', submission(), me.token)
      const seq = (n: string) => Number(n.slice(-6))
      expect(seq(b.data.number)).toBe(seq(a.data.number) + 1)
    })
  })
})
