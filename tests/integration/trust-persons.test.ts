import { randomUUID } from 'node:crypto'
import type { DutyReportView } from '../../src/core/accountability/types'
import type { CaseDetail } from '../../src/core/cases/types'
import { HELD_TEXT } from '../../src/core/safety/types'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke, type Services } from '../../server/runtime/context'
import type { Database } from '../../server/db/queryable'
import { BACKENDS } from '../support/backends'
import { login, TEST_PHONE_KEY } from '../support/call'
import { act, filing, payloadFor, withTeam, type Call, type Team } from '../support/loop'

/** One person is one person, across deleting an account; what they download is what they may read; what deletion leaves names nobody. */
describe.each(BACKENDS)('a person across account deletion on $name', (backend) => {
  const env = withTeam(backend, { submitLimits: { perHour: 3, perDay: 10 } })
  let db: Database, call: Call, t: Team
  let admin: string
  beforeAll(async () => {
    ;({ db, call, t } = env)
    admin = (await login(call, { persona: 'admin' })).token
  })

  // In the cloud the caller is the OPENID WeChat vouches for: the same person every time they come.
  const services = (): Services => ({ db, demoLogins: false, now: () => new Date(), phoneKey: TEST_PHONE_KEY, submitLimits: { perHour: 3, perDay: 10 } })
  const asOpenid = (openid: string) => <T = any>(name: string, event: unknown) =>
    invoke(FUNCTIONS[name], event, services(), { kind: 'openid', openid }) as Promise<{ code: string; data: T; message: string }>
  const leave = async (as: ReturnType<typeof asOpenid>) => expect((await as('auth', { action: 'deleteAccount', confirm: '注销' })).data).toEqual({ deleted: true })

  it('counts a returning person’s 述职 vote, report and limits as theirs: deleting and returning five times moves no tally', async () => {
    const draft = (await call('dutyReports', { action: 'draft', year: new Date().getFullYear() }, t.deputy.token)).data
    expect((await call('dutyReports', { action: 'publish', id: draft.id, text: draft.text, version: draft.version }, t.deputy.token)).code).toBe('OK')
    const shown = (await call('cases', filing({ showPublicly: true, text: '小区门口的垃圾桶满了没人清运' }), t.resident.token)).data.id as string
    const me = asOpenid(`oWX-returning-${randomUUID()}`)
    const first = await me<DutyReportView>('dutyReports', { action: 'rate', id: draft.id, rating: '不满意', comment: '很少见到代表' })
    expect(first).toMatchObject({ code: 'OK', data: { online: { 不满意: 1, 满意: 0 }, mine: '不满意' } })
    const tally = first.data.ratings
    expect((await me('safety', { action: 'report', kind: 'case', id: shown, reason: '虚假不实' })).code).toBe('OK')
    for (let i = 0; i < 10; i++) expect((await me('auth', { action: 'bind', code: `WRONG${i}XYZ` })).code).toBe('VALIDATION')
    for (let i = 0; i < 3; i++) expect((await me('cases', filing())).code).toBe('OK')
    const accounts = new Set<string>()

    for (let round = 0; round < 5; round++) {
      accounts.add((await me<{ user: { id: string } }>('auth', { action: 'me' })).data.user.id)
      await leave(me)
      // A new, empty account: the deletion stands, the old cases stay detached.
      const back = await me<{ user: { id: string } }>('auth', { action: 'me' })
      expect(accounts.has(back.data.user.id)).toBe(false)
      expect((await me<{ items: unknown[] }>('cases', { action: 'listMine' })).data.items).toEqual([])
      // Still once per person.
      expect(await me('dutyReports', { action: 'rate', id: draft.id, rating: '满意' })).toMatchObject({ code: 'CONFLICT', message: '您已经评议过这份述职报告，每人只能评议一次' })
      const seen = await me<DutyReportView>('dutyReports', { action: 'get', deputyCode: 'LZ001' })
      expect(seen.data).toMatchObject({ ratings: tally, mine: '不满意' })
      expect((await me('safety', { action: 'report', kind: 'case', id: shown, reason: '虚假不实' })).code).toBe('OK')
      expect(await me('auth', { action: 'bind', code: 'WRONGAGAIN' })).toMatchObject({ code: 'RATE_LIMITED' })
      expect(await me('cases', filing())).toMatchObject({ code: 'RATE_LIMITED' })
    }
    const [reports] = await db.query<{ n: number }>(`select count(*)::int as n from content_reports r join screenings s on s.id = r.screening_id where s.ref_id = $1`, [shown])
    expect(reports.n).toBe(1)
    const [ratings] = await db.query<{ n: number }>('select count(*)::int as n from duty_report_ratings where report_id = $1', [draft.id])
    expect(ratings.n).toBe(1)
    // Only a keyed hash of the WeChat identity is kept, never the openid.
    expect(JSON.stringify(await db.query('select * from departed_identities'))).not.toContain('oWX-returning')
  })

  it('hands a person in myData exactly what their case view shows them: no handlers’ notes, no held words, no phone of someone staff recorded for', async () => {
    const me = await login(call, { openid: `reader-${randomUUID()}` })
    const filed = (await call('cases', filing({ phone: '13900005555', phoneConsent: true }), me.token)).data
    await act(call, db, t.staff.token, filed.id, 'accept', {})
    expect((await call('safety', { action: 'words', add: ['群体聚集'], outcome: 'hold' }, admin)).code).toBe('OK')
    expect((await act(call, db, t.staff.token, filed.id, 'dispatch', { ...payloadFor('dispatch', t), note: '内部：请优先处理，投诉人情绪激动' })).code).toBe('OK')
    expect((await act(call, db, t.department.token, filed.id, 'acceptOrder', {})).code).toBe('OK')
    expect((await act(call, db, t.deputy.token, filed.id, 'followUp', { text: '担心引发群体聚集，已提醒物业' })).code).toBe('OK')
    const recorded = await call('cases', { action: 'recordFor', submissionId: `rec-${randomUUID()}`, channel: 'phone', name: '李大爷', phone: '13900002222', category: '物业管理', text: '楼道灯坏了很久了没人修' }, t.staff.token)
    expect(recorded.code).toBe('OK')

    const view = (await call<CaseDetail>('cases', { action: 'get', id: filed.id }, me.token)).data!
    const mine = (await call('auth', { action: 'myData' }, me.token)).data
    expect(mine.cases).toEqual([{ ...view, phone: '13900005555' }])
    const words = JSON.stringify(mine)
    expect(words).not.toContain('投诉人情绪激动')
    expect(words).not.toContain('群体聚集')
    expect(mine.cases[0].events.map((e: { text: string | null }) => e.text)).toContain(HELD_TEXT)

    const staffs = JSON.stringify((await call('auth', { action: 'myData' }, t.staff.token)).data)
    expect(staffs).not.toContain('13900002222')
    expect(staffs).not.toContain(recorded.data.id)
  })

  it('leaves no way back to the person on their cases: the place coarsened, names for others gone, their later words redacted', async () => {
    const openid = `oWX-leaving-${randomUUID()}`
    const me = asOpenid(openid)
    const place = { latitude: 36.195312, longitude: 113.103487, name: '幸福小区3号楼', address: '西街街道幸福小区3号楼2单元' }
    const id = (await me('cases', filing({ location: place, text: '楼下井盖丢了一个月', phone: '13900006666', phoneConsent: true }))).data.id as string
    for (const [who, action] of [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve']] as const)
      expect((await act(call, db, t[who].token, id, action, payloadFor(action, t))).code).toBe('OK')
    const version = async () => (await db.query<{ version: number }>('select version from cases where id = $1', [id]))[0].version
    expect((await me('cases', { action: 'rate', id, version: await version(), resultRating: '不满意', followUpRating: '满意', comment: '我是王建国，电话13912345678，请回电' })).code).toBe('OK')
    expect((await me('cases', { action: 'reopen', id, version: await version(), reason: '井盖又丢了，就在3号楼2单元501门口' })).code).toBe('OK')
    // A case staff recorded for a neighbour, claimed by this person.
    const rec = await call('cases', { action: 'recordFor', submissionId: `rec-${randomUUID()}`, channel: 'walkin', name: '张秀兰', phone: '13900007777', category: '物业管理', text: '单元门禁坏了好几天，外人随便进出' }, t.staff.token)
    expect(rec).toMatchObject({ code: 'OK' })
    const recorded = rec.data.id as string
    await db.query('update cases set resident_id = (select id from users where openid = $2), claimable = false, claimed_at = now() where id = $1', [recorded, openid])

    await leave(me)
    const kept = (await call<CaseDetail>('cases', { action: 'get', id }, t.staff.token)).data!
    expect(kept.location).toEqual({ latitude: 36.195, longitude: 113.103, name: '幸福小区***' })
    expect(kept.phone).toBeNull()
    const words = JSON.stringify(kept.events)
    for (const gone of ['王建国', '13912345678', '3号楼2单元501']) expect(words).not.toContain(gone)
    expect(words).toContain('井盖又丢了')
    expect((await call<CaseDetail>('cases', { action: 'get', id: recorded }, t.staff.token)).data!.recordedFor).toBeNull()
  })
})
