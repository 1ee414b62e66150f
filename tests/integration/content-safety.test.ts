import { randomUUID } from 'node:crypto'
import { HELD_TEXT } from '../../src/core/safety/types'
import { cloudMedia, type CloudStorageSdk } from '../../server/adapters/wechat/cloud-media'
import { wechatContentCheck, type SecuritySdk } from '../../server/adapters/wechat/content-security'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke, type Services } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { login, TEST_PHONE_KEY } from '../support/call'
import { act, filing, inDays, withTeam } from '../support/loop'
import { fixture } from '../support/media'

// The WeChat cloud cannot run here: its content security is the fake of wx-server-sdk's surface.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wx = require('../support/fake-wx-server-sdk.js') as SecuritySdk & CloudStorageSdk & {
  __mediaChecks(): { traceId: string; openid: string; mediaUrl: string }[]
  __putFile(id: string, bytes: Buffer): void
}

const once = (date: string) => ({ rule: { kind: 'once', date }, start: '09:00', end: '11:30', workdayShift: false })

describe.each(BACKENDS)('content safety with the word list on $name', (backend) => {
  const env = withTeam(backend)
  let admin: string
  const resident = async () => (await login(env.call, { openid: `r-${randomUUID()}` })).token
  const titles = async (token: string) => ((await env.call('messages', { action: 'list' }, token)).data.items as { title: string; body: string }[])
  const queue = async (token: string) => (await env.call('safety', { action: 'queue' }, token)).data.items as any[]
  const s01 = async () => (await env.db.query<{ id: string }>("select id from stations where code = 'S01'"))[0].id

  beforeAll(async () => {
    admin = (await login(env.call, { persona: 'admin' })).token
    const added = await env.call('safety', { action: 'words', add: ['假药代购', '高利贷'], outcome: 'refuse' }, admin)
    expect(added.code).toBe('OK')
    expect((await env.call('safety', { action: 'words', add: ['群体聚集'], outcome: 'hold' }, admin)).code).toBe('OK')
  })

  it('lets only the admin keep the word list, which the next check uses at once', async () => {
    const { call, t } = env
    for (const who of [t.resident, t.staff, t.office]) expect(await call('safety', { action: 'words', add: ['随便'] }, who.token)).toMatchObject({ code: 'FORBIDDEN' })
    const list = (await call('safety', { action: 'words' }, admin)).data.items
    expect(list).toEqual(
      expect.arrayContaining([{ word: '假药代购', outcome: 'refuse', system: false }, { word: '群体聚集', outcome: 'hold', system: false }, { word: '代开发票', outcome: 'refuse', system: true }]),
    )
    expect(await call('safety', { action: 'words', add: [''] }, admin)).toMatchObject({ code: 'VALIDATION' })
    // The system's own words stay, whatever a district's admin removes.
    expect((await call('safety', { action: 'words', remove: ['代开发票'] }, admin)).data.items).toContainEqual({ word: '代开发票', outcome: 'refuse', system: true })

    // A word removed no longer refuses; added back, it does again.
    const text = '小区门口有人发传单推销临时词语甲，很烦人'
    expect((await call('safety', { action: 'words', add: ['临时词语甲'] }, admin)).code).toBe('OK')
    expect(await call('cases', filing({ text }), t.resident.token)).toMatchObject({ code: 'VALIDATION' })
    expect((await call('safety', { action: 'words', remove: ['临时词语甲'] }, admin)).data.items).not.toContainEqual(expect.objectContaining({ word: '临时词语甲' }))
    expect((await call('cases', filing({ text }), t.resident.token)).code).toBe('OK')
    // Every change of the list is in the audit trail, newest first; removing a system word changed nothing and is not.
    const changes = (await call('audit', { action: 'search', kind: 'words.change' }, admin)).data.items.map((e: { detail: string }) => e.detail)
    expect(changes.slice(0, 2)).toEqual(['删除：临时词语甲', '添加拒绝词：临时词语甲'])
    expect(changes.join('|')).not.toContain('代开发票')
  })

  it('refuses a risky case with a clear message and writes nothing, however the word is spaced or written', async () => {
    const { call, db, t } = env
    const before = (await db.query<{ n: number }>('select count(*)::int as n from cases'))[0].n
    for (const text of ['楼下小卖部在卖假药代购的东西，请查一查', '有人在群里放高 利 贷，利息很高', '小区里有人代·开·发·票，还贴小广告', '有人ｄａｉ开发票：代开发票！！']) {
      expect(await call('cases', filing({ text }), t.resident.token)).toMatchObject({
        code: 'VALIDATION',
        message: '诉求内容含有不宜发布的内容，请修改后再提交。您填写的内容已保存。',
      })
    }
    expect((await db.query<{ n: number }>('select count(*)::int as n from cases'))[0].n).toBe(before)
  })

  it('holds a doubtful case from other residents until staff release it; its handlers read it meanwhile', async () => {
    const { call, t } = env
    const text = '小区物业要求业主群体聚集到物业办公室讨说法，电话13812345678'
    const filed = await call('cases', filing({ text, showPublicly: true, category: '物业管理' }), t.resident.token)
    expect(filed).toMatchObject({ code: 'OK', data: { held: true } })
    const id = filed.data.id

    // The deputy handling it reads every word; another resident finds it but reads nothing of it.
    expect((await call('cases', { action: 'get', id }, t.deputy.token)).data.text).toBe(text)
    const neighbour = await resident()
    const similar = async () =>
      ((await call('cases', { action: 'similar', deputyCode: 'LZ001', category: '物业管理' }, neighbour)).data.items as { id: string; excerpt: string }[]).find((c) => c.id === id)
    expect((await similar())?.excerpt).toBe('')
    const followed = await call('cases', { action: 'follow', id }, neighbour)
    expect(followed.data.text).toBe('')

    // Staff of its station see it in 审核 with why; nobody else, and residents have no queue.
    const item = (await queue(t.staff.token)).find((i) => i.content === text)
    expect(item).toMatchObject({ kind: 'case', label: '诉求内容', cause: 'check', why: ['待审词：群体聚集'], reports: 0 })
    expect(await call('safety', { action: 'queue' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect((await queue(t.office.token)).map((i) => i.id)).toContain(item.id)
    expect(await call('safety', { action: 'release', id: item.id, version: item.version }, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('safety', { action: 'release', id: item.id, version: item.version + 1 }, t.staff.token)).toMatchObject({ code: 'CONFLICT' })

    expect(await call('safety', { action: 'release', id: item.id, version: item.version }, t.staff.token)).toMatchObject({ code: 'OK', data: { state: 'shown' } })
    expect(await call('safety', { action: 'release', id: item.id, version: item.version }, t.staff.token)).toMatchObject({ code: 'CONFLICT' })
    expect((await titles(t.resident.token))[0]).toMatchObject({ title: '诉求内容已通过审核' })
    // Released, other residents read the words the author allowed, without the phone.
    expect((await similar())?.excerpt).toContain('群体聚集')
    expect((await similar())?.excerpt).not.toContain('13812345678')
    expect((await queue(t.staff.token)).map((i) => i.id)).not.toContain(item.id)
  })

  it("holds a doubtful answer from the resident; refused, its author hears why and it stays hidden, never deleted", async () => {
    const { call, db, t } = env
    const id = (await call('cases', filing(), t.resident.token)).data.id
    const answer = '已了解，请业主不要群体聚集，我们明天上午来维修'
    expect((await act(call, db, t.deputy.token, id, 'answer', { text: answer })).code).toBe('OK')

    const mine = (await call('cases', { action: 'get', id }, t.resident.token)).data
    expect(mine.events.find((e: { type: string }) => e.type === 'answer').text).toBe(HELD_TEXT)
    expect((await titles(t.resident.token)).some((m) => m.body.includes('群体聚集'))).toBe(false)
    expect((await call('cases', { action: 'get', id }, t.staff.token)).data.events.find((e: { type: string }) => e.type === 'answer')).toMatchObject({ text: answer, held: true })

    // The deputy wrote it, so the deputy cannot decide on it; the station's staff can.
    const item = (await queue(t.staff.token)).find((i) => i.content === answer)
    expect(item).toMatchObject({ kind: 'note', label: '办理记录' })
    expect(await call('safety', { action: 'refuse', id: item.id, version: item.version, reason: '措辞不妥，请重新答复' }, t.staff.token)).toMatchObject({ code: 'OK', data: { state: 'refused' } })
    const told = (await titles(t.deputy.token))[0]
    expect(told).toMatchObject({ title: '办理记录未通过审核' })
    expect(told.body).toContain('措辞不妥，请重新答复')
    expect((await call('cases', { action: 'get', id }, t.resident.token)).data.events.find((e: { type: string }) => e.type === 'answer').text).toBe(HELD_TEXT)
    expect((await db.query<{ note: string }>("select note from case_events where case_id = $1 and type = 'answer'", [id]))[0].note).toBe(answer)

    // A risky result is refused outright and the case does not move.
    const other = (await call('cases', filing(), t.resident.token)).data.id
    expect(await act(call, db, t.deputy.token, other, 'answer', { text: '可以找人办理假证解决' })).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('填写的内容含有不宜发布的内容') })
    expect((await call('cases', { action: 'get', id: other }, t.resident.token)).data.status).toBe('submitted')
  })

  it('holds a doubtful notice from the public, unannounced, until the office releases it', async () => {
    const { call, t } = env
    const stationId = await s01()
    const theme = '关于群体聚集问题的接待'
    const posted = await call('notices', { action: 'post', stationId, theme, place: '联络站', schedule: once(inDays(3)) }, t.staff.token)
    expect(posted).toMatchObject({ code: 'OK', data: { held: true } })
    const publicList = async () => ((await call('notices', { action: 'list', stationId })).data.items as { id: string }[]).map((n) => n.id)
    expect(await publicList()).not.toContain(posted.data.id)
    expect(await call('notices', { action: 'get', id: posted.data.id }, t.resident.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await call('notices', { action: 'list', stationId }, t.staff.token)).data.items.map((n: { id: string }) => n.id)).toContain(posted.data.id)

    // Staff wrote it: the office decides.
    expect((await queue(t.staff.token)).some((i) => i.content.startsWith(theme))).toBe(false)
    const item = (await queue(t.office.token)).find((i) => i.content.startsWith(theme))
    expect(item).toMatchObject({ kind: 'notice', label: '接待公告' })
    expect((await call('safety', { action: 'release', id: item.id, version: item.version }, t.office.token)).code).toBe('OK')
    expect(await publicList()).toContain(posted.data.id)
    expect(await call('notices', { action: 'post', stationId, theme: '出售枪支接待', place: '联络站', schedule: once(inDays(3)) }, t.staff.token)).toMatchObject({
      code: 'VALIDATION', message: '接待公告含有不宜发布的内容，请修改后再提交。您填写的内容已保存。',
    })
  })

  it("holds doubtful minutes from the deputies, and flags a doubtful bio for the staff who approve it", async () => {
    const { call, t } = env
    const today = inDays(0)
    const notice = (await call('notices', { action: 'post', stationId: await s01(), theme: '物业服务面对面', place: '联络站', schedule: once(today), deputyIds: [t.deputy.user.deputyId] }, t.staff.token)).data
    const minutes = '群众反映有人组织群体聚集，代表当场做了解释工作。'
    expect((await call('notices', { action: 'record', id: notice.id, day: today, minutes, attendance: 8, deputiesPresent: [t.deputy.user.deputyId], requests: [] }, t.staff.token)).code).toBe('OK')
    expect((await call('notices', { action: 'records', id: notice.id }, t.deputy.token)).data.records[0]).toMatchObject({ minutes: HELD_TEXT, held: true })
    expect((await call('notices', { action: 'records', id: notice.id }, t.staff.token)).data.records[0]).toMatchObject({ minutes, held: true })

    const propose = (bio: string) => call('deputies', { action: 'proposeProfile', bio, contactHours: '', phone: '', phonePublic: false }, t.deputy.token)
    expect(await propose('专门帮人代开发票')).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('代表资料含有不宜发布的内容') })
    expect((await propose('长期关注群体聚集引发的邻里矛盾调解')).code).toBe('OK')
    const change = (await call('deputies', { action: 'profileChanges' }, t.staff.token)).data.items[0]
    expect(change.flagged).toEqual(['待审词：群体聚集'])
    expect((await call('deputies', { action: 'decideProfile', id: change.id, approve: true }, t.staff.token)).code).toBe('OK')
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data.bio).toBe('长期关注群体聚集引发的邻里矛盾调解')
  })

  it('hides public content three different people report until it is reviewed; one person counts once', async () => {
    const { call, t } = env
    // A bio on the public page.
    await call('deputies', { action: 'proposeProfile', bio: '联系群众，认真履职。', contactHours: '', phone: '', phonePublic: false }, t.deputy.token)
    const change = (await call('deputies', { action: 'profileChanges' }, t.staff.token)).data.items[0]
    await call('deputies', { action: 'decideProfile', id: change.id, approve: true }, t.staff.token)
    const deputyId = t.deputy.user.deputyId
    const bio = async () => (await call('deputies', { action: 'get', code: 'LZ001' })).data.bio

    const [a, b, c] = [await resident(), await resident(), await resident()]
    const report = (token: string, reason = '虚假不实') => call('safety', { action: 'report', kind: 'bio', id: deputyId, reason }, token)
    expect(await report(a, '随便写的理由')).toMatchObject({ code: 'VALIDATION', message: '请选择举报理由' })
    expect(await call('safety', { action: 'report', kind: 'bio', id: deputyId, reason: '虚假不实' })).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect((await report(a)).code).toBe('OK')
    expect((await report(a)).code).toBe('OK')
    expect((await report(b, '广告骚扰')).code).toBe('OK')
    expect(await bio()).toBe('联系群众，认真履职。')
    expect((await report(c)).code).toBe('OK')
    expect(await bio()).toBe('')

    const item = (await queue(t.staff.token)).find((i) => i.kind === 'bio')
    expect(item).toMatchObject({ cause: 'reports', reports: 3, content: '联系群众，认真履职。' })
    expect([...item.why].sort()).toEqual(['广告骚扰', '虚假不实'])
    expect((await call('safety', { action: 'release', id: item.id, version: item.version }, t.staff.token)).code).toBe('OK')
    expect(await bio()).toBe('联系群众，认真履职。')
    // Released, it takes three new people to hide it again; the earlier ones do not count twice.
    expect((await report(a)).code).toBe('OK')
    expect(await bio()).toBe('联系群众，认真履职。')

    // What a person reported is part of what the product holds about them.
    expect((await call('auth', { action: 'myData' }, a)).data.reports).toEqual([{ kind: 'bio', reason: '虚假不实', createdAt: expect.any(String) }])

    // Only what others can read may be reported.
    const privateCase = (await call('cases', filing(), t.resident.token)).data.id
    expect(await call('safety', { action: 'report', kind: 'case', id: privateCase, reason: '违法违规' }, a)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await call('safety', { action: 'report', kind: 'notice', id: randomUUID(), reason: '违法违规' }, a)).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('hides a reported public case from other residents, and shows it again when released', async () => {
    const { call, t } = env
    const text = '公园东门的健身器材坏了好几件，老人锻炼不安全'
    const id = (await call('cases', filing({ text, showPublicly: true, category: '道路交通' }), t.resident.token)).data.id
    const neighbour = await resident()
    const excerpt = async () =>
      ((await call('cases', { action: 'similar', deputyCode: 'LZ001', category: '道路交通' }, neighbour)).data.items as { id: string; excerpt: string }[]).find((c) => c.id === id)?.excerpt
    expect(await excerpt()).toContain('健身器材')
    for (let i = 0; i < 3; i++) expect((await call('safety', { action: 'report', kind: 'case', id, reason: '泄露个人隐私' }, await resident())).code).toBe('OK')
    expect(await excerpt()).toBe('')
    // The author still reads their own case in full.
    expect((await call('cases', { action: 'get', id }, t.resident.token)).data.text).toBe(text)
    const item = (await queue(t.staff.token)).find((i) => i.kind === 'case' && i.content === text)
    expect((await call('safety', { action: 'refuse', id: item.id, version: item.version, reason: '含有他人隐私' }, t.staff.token)).code).toBe('OK')
    expect(await excerpt()).toBe('')
    expect((await titles(t.resident.token))[0].body).toContain('含有他人隐私')
  })
})

describe.each(BACKENDS)("WeChat's content security behind the port on $name", (backend) => {
  // Photos in cloud storage, as the check reads them by their temporary https addresses.
  const media = cloudMedia(wx)
  let uploads = 0
  const put = (userId: string, bytes: Buffer) => {
    const key = `cloud://test-env.7465/media/${userId}/photo-${++uploads}.jpg`
    wx.__putFile(key, bytes)
    return key
  }
  const env = withTeam(backend, { media, contentCheck: wechatContentCheck(wx) })
  let services: Services
  beforeAll(() => {
    services = { db: env.db, demoLogins: true, now: () => new Date(), submitLimits: { perHour: 1000, perDay: 1000 }, phoneKey: TEST_PHONE_KEY, media, contentCheck: wechatContentCheck(wx) }
  })
  // In the cloud the caller is the OPENID, which WeChat's check is asked about.
  const asOpenid = (openid: string) => (name: string, event: unknown) => invoke(FUNCTIONS[name], event, services, { kind: 'openid', openid }) as Promise<any>

  it("refuses what msgSecCheck calls risky, holds what it doubts, and holds everything when it cannot answer", async () => {
    const me = asOpenid(`oWX-${randomUUID()}`)
    expect(await me('cases', filing({ text: '这段话【机审违规】应当被拒绝' }))).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('诉求内容含有不宜发布的内容') })
    expect(await me('cases', filing({ text: '这段话【机审存疑】应当等人审核' }))).toMatchObject({ code: 'OK', data: { held: true } })
    expect(await me('cases', filing({ text: '这段话【机审故障】检测不了时也要等人审核' }))).toMatchObject({ code: 'OK', data: { held: true } })
    expect(await me('cases', filing({ text: '这段话没有问题，正常提交' }))).toMatchObject({ code: 'OK', data: { id: expect.any(String) } })
    const why = (await env.db.query<{ why: string[] }>("select why from screenings where content like '%【机审故障】%'"))[0].why
    expect(why).toEqual(['内容检测暂不可用，待人工审核'])
  })

  it('hides photos from everyone but their uploader until the pushed picture check passes them', async () => {
    const openid = `oWX-${randomUUID()}`
    const me = asOpenid(openid)
    const myId = (await me('auth', { action: 'login' })).data.user.id
    const upload = async () => (await me('media', { action: 'register', key: put(myId, fixture('photo.jpg')) })).data.id as string
    const [first, second, third] = [await upload(), await upload(), await upload()]
    const filed = await me('cases', filing({ media: [first, second, third] }))
    expect(filed.code).toBe('OK')
    const checks = wx.__mediaChecks().filter((c) => c.openid === openid)
    expect(checks).toHaveLength(3)

    const shown = async () => ((await env.call('cases', { action: 'get', id: filed.data.id }, env.t.deputy.token)).data.media as { id: string }[]).map((m) => m.id)
    expect(await shown()).toEqual([])
    expect((await me('cases', { action: 'get', id: filed.data.id })).data.media).toHaveLength(3)
    // Awaiting WeChat, not a person.
    expect((await env.call('safety', { action: 'queue' }, env.t.staff.token)).data.items.filter((i: { kind: string }) => i.kind === 'photo')).toEqual([])

    // Only WeChat's push reaches mediaResult: a caller, even one who guessed a trace id, is refused.
    const anyone = (name: string, event: unknown) => invoke(FUNCTIONS[name], event, services, { kind: 'push' })
    const keys = await env.db.query<{ id: string; trace_id: string }>("select ref_id as id, trace_id from screenings where kind = 'photo' and ref_id = any($1)", [[first, second, third]])
    const traceOf = (id: string) => keys.find((k) => k.id === id)!.trace_id
    expect(checks.map((c) => c.traceId).sort()).toEqual(keys.map((k) => k.trace_id).sort())
    const caller = asOpenid(`oWX-${randomUUID()}`)
    expect(await caller('safety', { action: 'mediaResult', traceId: traceOf(first), suggest: 'pass' })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await invoke(FUNCTIONS.safety, { action: 'mediaResult', traceId: traceOf(first), suggest: 'pass' }, services, { kind: 'anonymous' })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await shown()).toEqual([])
    // The push names a trace id only WeChat was told; an unknown one changes nothing.
    expect(await anyone('safety', { action: 'mediaResult', traceId: 'trace-guessed', suggest: 'pass' })).toMatchObject({ code: 'NOT_FOUND' })

    expect(await anyone('safety', { action: 'mediaResult', traceId: traceOf(first), suggest: 'pass' })).toMatchObject({ code: 'OK', data: { state: 'shown' } })
    expect(await anyone('safety', { action: 'mediaResult', traceId: traceOf(second), suggest: 'risky', label: 20002 })).toMatchObject({ code: 'OK', data: { state: 'refused' } })
    expect(await anyone('safety', { action: 'mediaResult', traceId: traceOf(third), suggest: 'review' })).toMatchObject({ code: 'OK', data: { state: 'held' } })
    // A repeated push is answered the same and changes nothing.
    expect(await anyone('safety', { action: 'mediaResult', traceId: traceOf(first), suggest: 'risky' })).toMatchObject({ data: { state: 'shown' } })
    expect(await shown()).toEqual([first])
    expect(((await me('messages', { action: 'list' })).data.items as { title: string }[]).map((m) => m.title)).toContain('照片未通过审核')

    // The doubtful one waits for a person, who sees it by its signed address.
    const item = (await env.call('safety', { action: 'queue' }, env.t.staff.token)).data.items.find((i: { kind: string }) => i.kind === 'photo')
    expect(item).toMatchObject({ label: '照片', cause: 'check', mediaUrl: expect.stringContaining('https://tmp.example/') })
    expect((await env.call('safety', { action: 'release', id: item.id, version: item.version }, env.t.staff.token)).code).toBe('OK')
    expect((await shown()).sort()).toEqual([first, third].sort())
  })

  it('sends photos it could not send at once when the timer runs', async () => {
    const openid = `oWX-${randomUUID()}`
    const me = asOpenid(openid)
    const myId = (await me('auth', { action: 'login' })).data.user.id
    const photo = (await me('media', { action: 'register', key: put(myId, fixture('photo.png')) })).data.id
    // WeChat is unreachable while the case is filed.
    const sdk = wx.openapi.security
    const real = sdk.mediaCheckAsync
    sdk.mediaCheckAsync = async () => Promise.reject(Object.assign(new Error('errCode: -1 | errMsg: system error'), { errCode: -1 }))
    try {
      expect((await me('cases', filing({ media: [photo] }))).code).toBe('OK')
    } finally {
      sdk.mediaCheckAsync = real
    }
    expect(wx.__mediaChecks().filter((c) => c.openid === openid)).toHaveLength(0)
    const timer = await invoke(FUNCTIONS.timer, {}, services, { kind: 'trigger' })
    expect(timer).toMatchObject({ code: 'OK', data: { photosSent: 1, failed: [] } })
    expect(wx.__mediaChecks().filter((c) => c.openid === openid)).toHaveLength(1)
  })
})
