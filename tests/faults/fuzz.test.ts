import fc from 'fast-check'
import type { z } from 'zod'
import { auditEvent } from '../../src/core/audit/schemas'
import { casesQueryEvent, moveEvent } from '../../src/core/cases/schemas'
import { CASE_ACTIONS, transitionOf } from '../../src/core/cases/transitions'
import { deputiesEvent } from '../../src/core/deputies/schemas'
import { authEvent } from '../../src/core/identity/schemas'
import { mediaEvent } from '../../src/core/media/schemas'
import { messagesEvent } from '../../src/core/messaging/schemas'
import { appointmentsEvent, noticesEvent } from '../../src/core/reception/schemas'
import { statsEvent } from '../../src/core/stats/schemas'
import { reportsEvent } from '../../src/core/stats/exports'
import { safetyEvent } from '../../src/core/safety/schemas'
import { adminEvent } from '../../src/core/admin/schemas'
import { placesEvent } from '../../src/core/places/schemas'
import { stationsEvent } from '../../src/core/stations/schemas'
import { suggestionsEvent } from '../../src/core/suggestions/schemas'
import { legislationEvent } from '../../src/core/legislation/schemas'
import { studyEvent } from '../../src/core/study/schemas'
import { oversightEvent } from '../../src/core/oversight/schemas'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { invoke, type Caller, type Services } from '../../server/runtime/context'
import { BACKENDS, withDatabase } from '../support/backends'
import { withFunctionHost } from '../support/function-host'
import { OPEN_MS } from '../support/hooks'
import { caller, login, TEST_PHONE_KEY } from '../support/call'
import { caseIn, filing, inDays, team, type Team } from '../support/loop'
import { scratchMedia } from '../support/media'
import { activitiesEvent, dutyReportsEvent, pointsEvent, tasksEvent } from '../../src/core/accountability/schemas'
import { DEFAULT_RULES } from '../../src/core/accountability/rules'

/** Every function's actions, and the fields each takes, read from its schema. */
type Union = z.ZodDiscriminatedUnion<readonly z.ZodObject[]>
const shapes = (u: unknown) => (u as Union).options.map((o) => ({ action: (o.shape.action as z.ZodLiteral).value as string, fields: Object.keys(o.shape) }))
const ACTIONS: Record<string, { action: string; fields: string[] }[]> = {
  admin: shapes(adminEvent),
  auth: shapes(authEvent),
  audit: shapes(auditEvent),
  cases: [...shapes(casesQueryEvent), ...CASE_ACTIONS.map((a) => ({ action: a, fields: Object.keys((moveEvent(transitionOf(a)!) as z.ZodObject).shape) }))],
  deputies: shapes(deputiesEvent),
  media: shapes(mediaEvent),
  messages: shapes(messagesEvent),
  notices: shapes(noticesEvent),
  appointments: shapes(appointmentsEvent),
  safety: shapes(safetyEvent),
  places: shapes(placesEvent),
  stations: shapes(stationsEvent),
  suggestions: shapes(suggestionsEvent),
  legislation: shapes(legislationEvent),
  study: shapes(studyEvent),
  oversight: shapes(oversightEvent),
  stats: shapes(statsEvent),
  reports: shapes(reportsEvent),
  activities: shapes(activitiesEvent),
  points: shapes(pointsEvent),
  tasks: shapes(tasksEvent),
  dutyReports: shapes(dutyReportsEvent),
  timer: [{ action: 'sweep', fields: [] }],
}
/** Fields no schema names, sent anyway. */
const STRAY = ['__proto__', 'constructor', 'role', 'residentId', 'status', 'userId', 'openid']

const EVENTS_PER_FUNCTION = Number(process.env.FUZZ_EVENTS ?? 10_000)

describe.each(BACKENDS)('random events to every function on $name', (backend) => {
  const database = withDatabase(backend)
  let db: Database
  let t: Team
  let admin: string
  let ids: string[]
  let services: Services
  /** Events that would succeed, by function: the fuzzer spoils one field of them at a time. */
  let valid: Record<string, Record<string, unknown>[]>
  beforeAll(async () => {
    db = database.db
    const call = caller(db)
    t = await team(call)
    admin = (await login(call, { persona: 'admin' })).token
    await caseIn(call, db, t, 'in_progress')
    await caseIn(call, db, t, 'rated')
    // Real ids of every kind: other people's cases, stations, deputies, notices, slots, uploads.
    const rows = await db.query<{ id: string }>(
      `select id from cases union all select id from stations union all select id from deputies union all select id from departments
       union all select id from users union all select id from reception_notices union all select id from districts`,
    )
    ids = rows.map((r) => r.id)
    const open = await caseIn(call, db, t, 'accepted')
    const [version] = await db.query<{ version: number }>('select version from cases where id = $1', [open])
    const [station] = await db.query<{ id: string }>(`select id from stations where code = 'S01'`)
    const notice = (await call('notices', {
      action: 'post', stationId: station.id, theme: '约见代表', place: '接待室', deputyIds: [t.deputy.user.deputyId], slotCapacity: 2, slotMinutes: 30,
      schedule: { rule: { kind: 'once', date: inDays(9) }, start: '09:00', end: '10:00', workdayShift: false },
    }, t.staff.token)).data
    const slot = (await call('appointments', { action: 'slots', noticeId: notice.id }, t.resident.token)).data.items[0]
    const draft = { action: 'draft', title: '关于修整凌燕巷路肩的建议', category: '道路交通', situation: '凌燕巷路肩塌陷多处，居民多次反映', proposal: '建议区住建局统筹修整凌燕巷路肩', caseIds: [open] }
    const suggestion = (await call('suggestions', draft, t.deputy.token)).data
    ids.push(suggestion.id)
    await call('legislation', { action: 'setPoint', stationCode: 'S01', on: true }, admin)
    const law = { action: 'create', title: '阳泉市电动自行车管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: inDays(30), text: '第一章　总则\n第一条　为了加强管理，制定本条例。\n第二条　本条例自公布之日起施行。', stationCodes: ['S01'] }
    const consultation = (await call('legislation', law, t.office.token)).data
    ids.push(consultation.id, consultation.articles[0].id)
    const [unit] = await db.query<{ code: string }>('select code from departments where id = $1', [t.department.user.departmentId])
    const official = (await call('oversight', { action: 'saveOfficial', name: '李局长', post: '住建局局长', departmentCode: unit.code, appointedOn: '2026-01-01' }, t.office.token)).data
    await db.query('update users set member_of = district_id where id = $1', [t.office.user.id])
    const ballot = (await call('oversight', { action: 'openBallot', title: '满意度测评', officialIds: [official.id], memberIds: [t.office.user.id], closesAt: '2099-01-01T00:00:00+08:00' }, t.office.token)).data
    ids.push(official.id, ballot.id)
    valid = {
      oversight: [
        { action: 'officials' }, { action: 'saveOfficial', name: '王局长', post: '水务局局长', departmentCode: unit.code, appointedOn: '2026-02-01', termEnds: '2031-02-01' },
        { action: 'saveOfficial', id: official.id, version: 1, name: '李局长', post: '住建局局长', departmentCode: unit.code, appointedOn: '2026-01-01' },
        { action: 'commitments', officialId: official.id, year: 2026 },
        { action: 'saveCommitments', officialId: official.id, year: 2026, items: [{ text: '改造老旧小区十二个', due: '2026-10-31', figure: { metric: 'resolutionRate', target: 0.9 } }] },
        { action: 'members' }, { action: 'ballots' }, { action: 'openBallot', title: '第二次测评', officialIds: [official.id], memberIds: [t.office.user.id], closesAt: '2099-01-01T00:00:00+08:00' },
        { action: 'ballot', ballotId: ballot.id }, { action: 'ballot', code: ballot.code }, { action: 'vote', ballotId: ballot.id, votes: [{ officialId: official.id, rating: '满意' }] },
        { action: 'paper', ballotId: ballot.id, officialId: official.id, 满意: 3, 基本满意: 1, 不满意: 0 }, { action: 'closeBallot', ballotId: ballot.id, withhold: '需要核实' },
        { action: 'results', ballotId: ballot.id }, { action: 'qr', ballotId: ballot.id },
      ],
      legislation: [
        law, { ...law, currentText: '第一条　为了加强管理，制定本办法。' }, { action: 'editArticles', id: consultation.id, version: 1, articles: [{ heading: '第一章 总则', text: '为了加强管理，制定本条例。' }] },
        { action: 'publish', id: consultation.id, version: 1 }, { action: 'close', id: consultation.id }, { action: 'list' }, { action: 'get', id: consultation.id }, { action: 'get', code: consultation.code },
        { action: 'comment', id: consultation.id, articleId: consultation.articles[0].id, clause: 1, text: '建议写明管理部门', name: '李大爷', phone: '13900001111', phoneConsent: true },
        { action: 'comment', id: consultation.id, text: '整体上赞成这部条例' }, { action: 'comments', id: consultation.id, articleId: consultation.articles[0].id },
        { action: 'setPoint', stationCode: 'S02', on: true }, { action: 'points' },
        { action: 'commentFor', id: consultation.id, articleId: consultation.articles[0].id, text: '电话里反映的意见', name: '张大妈', phone: '13700001111' },
        { action: 'opinion', id: consultation.id, articleId: consultation.articles[0].id, text: '第一条增加管理部门', reason: '群众普遍反映', commentIds: [open] },
        { action: 'skip', commentId: open, reason: '属于表态' }, { action: 'opinions', id: consultation.id }, { action: 'submission', id: consultation.id, stationCode: 'S01' },
        { action: 'final', id: consultation.id, text: '第一条　为了加强管理，制定本条例。\n第二条　本条例自2027年1月1日起施行。' },
        { action: 'mark', opinionId: open, outcome: '采纳', note: '已采纳' }, { action: 'notify', id: consultation.id },
        { action: 'experts' }, { action: 'saveExpert', code: 'ZJ001', name: '赵律师', field: '行政法', organisation: '某律师事务所', active: true },
        { action: 'saveExpert', id: open, version: 1, code: 'ZJ001', name: '赵律师', field: '行政法', organisation: '某律师事务所', active: false },
        { action: 'follow', id: consultation.id, on: true }, { action: 'summary', id: consultation.id, text: '群众普遍赞成出台本条例的意见综述' },
        { action: 'commentsExport', id: consultation.id }, { action: 'figures', year: 2026 }, { action: 'draftFigures', id: consultation.id },
        { action: 'qr', id: consultation.id }, { action: 'list', stationCode: 'S01' },
        { action: 'comment', id: consultation.id, text: '从联系点来的意见', stationCode: 'S01' },
      ],
      study: [
        { action: 'posts' }, { action: 'posts', stationCode: 'S01' },
        { action: 'post', kind: '座谈成果', title: '条例草案座谈会成果', body: '座谈会上居民提出的意见已整理报送', stationCode: 'S01', media: [open] },
        { action: 'post', kind: '法规解读', title: '新条例解读', body: '新条例对停放充电作了规定' }, { action: 'withdraw', id: open },
        { action: 'materials' }, { action: 'material', id: open }, { action: 'take', id: open, answers: [0, 1] },
        { action: 'saveMaterial', kind: '法律法规', title: '代表法学习', body: '代表法规定了代表的权利和义务', link: 'https://www.npc.gov.cn/', quiz: [{ q: '代表由谁选举', options: ['选民', '政府'], answer: 0 }] },
      ],
      suggestions: [
        draft, { ...draft, id: suggestion.id, version: 1, coDeputyCodes: ['LZ002'] }, { action: 'get', id: suggestion.id }, { action: 'submit', id: suggestion.id, version: 1 },
        { action: 'cosign', id: suggestion.id, accept: true }, { action: 'review', id: suggestion.id, version: 2, outcome: 'return', reason: '请补充数据' },
        { action: 'merge', ids: [suggestion.id, open] }, { action: 'assign', id: suggestion.id, version: 2, leadDepartmentId: t.department.user.departmentId },
        { action: 'sign', id: suggestion.id }, { action: 'contact', id: suggestion.id, way: '电话', at: '2026-12-01T09:00:00+08:00', note: '电话联系代表' },
        { action: 'assistView', id: suggestion.id, text: '协办意见协办意见协办意见' }, { action: 'phones', id: suggestion.id },
        { action: 'answer', id: suggestion.id, version: 3, grade: 'B', text: '已列入明年计划逐步解决', public: true },
        { action: 'evaluate', id: suggestion.id, version: 4, rating: '不满意', contactRating: '满意', comment: '没有解决' }, { action: 'withdraw', id: suggestion.id, version: 2 },
        { action: 'list', scope: 'mine' }, { action: 'public' }, { action: 'public', id: suggestion.id }, { action: 'public', deputyCode: 'LZ001' }, { action: 'progress', id: suggestion.id, percent: 40, note: '已完成设计招标' },
        { action: 'withhold', id: suggestion.id, reason: '涉及未公开计划' }, { action: 'follow', id: suggestion.id, on: true },
        { action: 'redirect', id: suggestion.id, reason: '不属于本单位职责' }, { action: 'extend', id: suggestion.id, until: '2027-03-31', reason: '需要纳入预算' },
        { action: 'decideExtension', id: suggestion.id, approve: false, reason: '不同意' }, { action: 'supervise', id: suggestion.id, note: '请抓紧' },
        { action: 'prioritize', id: suggestion.id, leaderUserId: t.office.user.id, milestones: [{ title: '完成勘察', due: '2027-01-15' }] },
        { action: 'progress', id: suggestion.id, percent: 10, note: '已完成勘察', milestoneIndex: 0 }, { action: 'list', board: 'key' },
        { action: 'groups', q: '路灯', category: '道路交通' }, { action: 'similar', q: '关于路灯维修的建议', category: '道路交通' },
        { action: 'import', workbook: 'UEsDBA==', dryRun: true }, { action: 'figures', from: '2026-01-01', to: '2026-12-31', session: '区十七届人大五次会议' },
      ],
      cases: [
        filing(), filing({ location: { latitude: 36.19, longitude: 113.1, name: '北门' }, phone: '13900001111', phoneConsent: true }),
        { action: 'get', id: open }, { action: 'similar', deputyCode: 'LZ001', category: '物业管理' }, { action: 'follow', id: open },
        { action: 'dispatch', id: open, version: version.version, departmentId: t.department.user.departmentId },
        { action: 'followUp', id: open, version: version.version, text: '已到现场查看' }, { action: 'inbox', filter: 'all' },
        { action: 'route', stationCode: 'S01' }, { action: 'urge', id: open, version: version.version }, { action: 'signals' },
        { action: 'recordFor', submissionId: 'rec-fuzz-0001', channel: 'phone', name: '李大爷', phone: '13900002222', category: '物业管理', text: '路灯坏了很久了没人修' },
        { action: 'claimCode', phone: '13900002222' }, { action: 'claim', phone: '13900002222', code: '123456' },
      ],
      notices: [{ action: 'get', id: notice.id }, { action: 'list', stationId: station.id }, { action: 'update', id: notice.id, version: notice.version, stationId: station.id, theme: '约见', place: '接待室', deputyIds: [t.deputy.user.deputyId], schedule: { rule: { kind: 'monthly', day: 11 }, start: '14:30', end: '17:00', workdayShift: true } }],
      appointments: [{ action: 'book', slotId: slot.id, topic: '想当面反映小区停车难的问题' }, { action: 'slots', noticeId: notice.id }, { action: 'mine' }],
      stats: [{ action: 'funnel', from: '2026-01-01', to: '2026-12-31', stationId: station.id }, { action: 'report', from: '2026-01-01', to: '2026-12-31', by: 'station' }],
      reports: [{ action: 'export', kind: 'cases', q: '路灯', from: '2026-01-01' }, { action: 'export', kind: 'report', from: '2026-11-01', to: '2026-11-30' }, { action: 'export', kind: 'points', from: '2026-01-01', to: '2026-03-31' }, { action: 'export', kind: 'suggestions', from: '2026-01-01', to: '2026-12-31' }],
      deputies: [{ action: 'get', code: 'LZ001' }, { action: 'proposeProfile', bio: '简介', contactHours: '周三', phone: '', phonePublic: false }],
      stations: [{ action: 'get', code: 'S01' }, { action: 'list', q: '太东' }],
      places: [{ action: 'here', latitude: 36.19, longitude: 113.1, coord: 'wgs84' }, { action: 'search', keyword: '火车站' }],
      messages: [{ action: 'list' }, { action: 'read', ids: [open] }],
      auth: [{ action: 'me' }],
      audit: [{ action: 'search', from: '2026-01-01', kind: 'phone.read' }],
      admin: [
        { action: 'issueBinding', role: 'staff', stationCode: 'S01' }, { action: 'issueBinding', role: 'deputy', deputyCode: 'LZ001' },
        { action: 'bindings' }, { action: 'people' }, { action: 'revokeBinding', id: open }, { action: 'unbind', userId: t.resident.user.id },
      ],
      safety: [
        { action: 'queue' }, { action: 'words', add: ['测试用词'], outcome: 'hold' }, { action: 'report', kind: 'notice', id: notice.id, reason: '其他' },
        { action: 'release', id: open, version: 1 }, { action: 'refuse', id: open, version: 1, reason: '不宜公开' }, { action: 'mediaResult', traceId: 'trace-1', suggest: 'pass' },
      ],
      media: [{ action: 'register', key: `media/${t.resident.user.id}/00000000-0000-0000-0000-000000000000` }],
      activities: [
        { action: 'record', kind: '视察', date: '2026-03-02', title: '视察老旧小区', media: [open], deputyCodes: ['LZ001'] }, { action: 'verify', id: open },
        { action: 'return', id: open, reason: '请补充' }, { action: 'list', deputyCode: 'LZ001' }, { action: 'mine' }, { action: 'pending' },
      ],
      points: [
        { action: 'get', deputyCode: 'LZ001', from: '2026-01-01' }, { action: 'ranking', from: '2026-01-01', to: '2026-03-31', stationCode: 'S01' },
        { action: 'rules' }, { action: 'saveRules', rules: DEFAULT_RULES, effectiveFrom: '2026-01-01', version: 0 },
      ],
      tasks: [{ action: 'progress', deputyCode: 'LZ001', period: '2026-03-31' }, { action: 'behind', stationCode: 'S01' }],
      dutyReports: [
        { action: 'draft', year: 2026, text: '这是我的年度述职报告，全年共收到群众诉求若干件。', version: 1 }, { action: 'publish', id: open, text: '这是我的年度述职报告，全年共收到群众诉求若干件。', version: 1 },
        { action: 'rate', id: open, rating: '满意' }, { action: 'paper', id: open, 满意: 1, 基本满意: 0, 不满意: 0 }, { action: 'get', deputyCode: 'LZ001' }, { action: 'station', year: 2026 },
      ],
      timer: [{}],
    }
    services = { db, demoLogins: true, now: () => new Date(), phoneKey: TEST_PHONE_KEY, media: scratchMedia(), submitLimits: { perHour: 1e6, perDay: 1e6 } }
  }, OPEN_MS)

  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.constantFrom('', ' ', '😡😡😡😡😡', '。。。。。', '\u0000\u0007\u202e', "'; drop table cases; --", '1'.repeat(3000), 'x'.repeat(100_000), '2025-02-30', 'LZ001', 'S01', 'd=LZ001'),
  )
  const value = (depth: number): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 3, arbitrary: text },
      { weight: 3, arbitrary: fc.constantFrom(...(ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1, 2, 1e21)) },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: depth > 0 ? fc.array(value(depth - 1), { maxLength: 5 }) : fc.constant([]) },
      { weight: 1, arbitrary: depth > 0 ? fc.dictionary(fc.string({ maxLength: 8 }), value(depth - 1), { maxKeys: 4 }) : fc.constant({}) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 12 }) },
    )

  /** A valid event with one field spoiled, removed, or added. */
  const spoiled = (name: string) =>
    fc.constantFrom(...valid[name]).chain((base) =>
      fc.tuple(fc.constantFrom(...Object.keys(base), ...STRAY), value(2), fc.boolean()).map(([key, v, drop]) => {
        const out: Record<string, unknown> = { ...base }
        if (drop && key !== 'action') delete out[key]
        else out[key] = v
        return out
      }),
    )

  const eventFor = (name: string) =>
    fc.oneof(
      { weight: 8, arbitrary: spoiled(name) },
      { weight: 8, arbitrary: fc.constantFrom(...ACTIONS[name]).chain(({ action, fields }) =>
        fc.dictionary(fc.constantFrom(...fields.filter((f) => f !== 'action'), ...STRAY), value(2), { maxKeys: fields.length + 1 }).map((rest) => ({ ...rest, action })),
      ) },
      { weight: 1, arbitrary: fc.record({ action: text }) },
      { weight: 1, arbitrary: value(3) },
    )

  const callers = (): fc.Arbitrary<Caller> =>
    fc.constantFrom<Caller>(
      { kind: 'anonymous' },
      { kind: 'token', token: 'forged-token' },
      { kind: 'token', token: admin },
      ...(['resident', 'deputy', 'staff', 'department', 'office'] as const).map((who) => ({ kind: 'token', token: t[who].token }) as Caller),
    )

  // Functions that can unbind the team or end its sessions go last, so the others are fuzzed with every role.
  const LAST = ['admin', 'auth']
  const ORDER = [...Object.keys(FUNCTIONS).filter((n) => !LAST.includes(n)), ...LAST]
  it.each(ORDER)('%s: never INTERNAL', async (name) => {
    let internal = 0
    const codes: Record<string, number> = {}
    const started = Date.now()
    await fc.assert(
      fc.asyncProperty(eventFor(name), callers(), async (event, who) => {
        const r = await invoke(FUNCTIONS[name], event, services, who)
        codes[r.code] = (codes[r.code] ?? 0) + 1
        if (r.code === 'INTERNAL') internal++
        return r.code !== 'INTERNAL'
      }),
      { numRuns: EVENTS_PER_FUNCTION, endOnFailure: true },
    )
    console.log(`${backend.name} ${name}: ${EVENTS_PER_FUNCTION} events in ${((Date.now() - started) / 1000).toFixed(1)} s → ${JSON.stringify(codes)}, ${internal} INTERNAL`)
    expect(internal).toBe(0)
  }, 600_000)
})

describe('random requests to the host', () => {
  const uploads = scratchMedia()
  const host = withFunctionHost(withDatabase(BACKENDS[0]), { media: uploads }, { uploads })

  it('answers 2,000 malformed requests with an envelope, never a 500, and keeps answering', async () => {
    const statuses: Record<number, number> = {}
    const request = fc.record({
      path: fc.oneof(fc.constantFrom(...Object.keys(FUNCTIONS).map((n) => `/fn/${n}`), '/media', '/fn/%00', '/fn/../../etc/passwd', '/media/x'), fc.webPath()),
      method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE'),
      type: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'multipart/form-data', 'application/x-www-form-urlencoded', ''),
      body: fc.oneof(fc.jsonValue({ maxDepth: 20 }).map((v) => JSON.stringify(v)), fc.string(), fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1'))),
      token: fc.constantFrom(undefined, 'Bearer nothing', 'Basic abc', 'Bearer '),
    })
    await fc.assert(
      fc.asyncProperty(request, async ({ path, method, type, body, token }) => {
        const r = await fetch(`${host.base}${path}`, {
          method,
          headers: { ...(type ? { 'content-type': type } : {}), ...(token ? { authorization: token } : {}) },
          body: method === 'GET' ? undefined : body,
        }).catch(() => null)
        if (!r) return true
        statuses[r.status] = (statuses[r.status] ?? 0) + 1
        if (r.status >= 500) return false
        const text = await r.text()
        return r.status === 200 || 'code' in JSON.parse(text)
      }),
      { numRuns: 2000, endOnFailure: true },
    )
    console.log(`host: 2,000 malformed requests → statuses ${JSON.stringify(statuses)}`)
    expect((await fetch(`${host.base}/healthz`)).status).toBe(200)
  }, 300_000)
})
