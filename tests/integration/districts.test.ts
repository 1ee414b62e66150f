import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { CASE_ACTIONS } from '../../src/core/cases/transitions'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { DISTRICT_ROLES, secondDistrict } from '../support/districts'
import { OPEN_MS } from '../support/hooks'
import { ACTIONS, digestOf, districtA, markersOf, type DistrictA } from '../support/district-a'
import { caseIn, MOVES, payloadFor, versionOf, withTeam } from '../support/loop'
import { scratchMedia } from '../support/media'

jest.setTimeout(OPEN_MS)

/**
 * What each role of district B gets when it reaches for district A, action by action.
 * - refused: NOT_FOUND or FORBIDDEN, and A's data unchanged;
 * - scoped: the caller's own district's answer (OK is fine), holding nothing of A, and A unchanged;
 * - exempt: public reads of published content and the caller's own account, named with why.
 * Every action of every function is placed on one side: a new action fails the first test until it is.
 */
type Rule =
  | { kind: 'refused'; event: (a: DistrictA) => Record<string, unknown> | Promise<Record<string, unknown>> }
  | { kind: 'scoped'; event: (a: DistrictA) => Record<string, unknown> }
  | { kind: 'exempt'; why: string }

const refused = (event: (a: DistrictA) => Record<string, unknown> | Promise<Record<string, unknown>>): Rule => ({ kind: 'refused', event })
const scoped = (event: (a: DistrictA) => Record<string, unknown>): Rule => ({ kind: 'scoped', event })
const exempt = (why: string): Rule => ({ kind: 'exempt', why })
const PUBLIC = exempt('public: published content anyone may read')
const OWN = exempt("the caller's own account")

const suggestionDraft = { action: 'draft', title: '外区的人改写的建议', category: '道路交通', situation: '外区的人写的情况说明文字', proposal: '外区的人写的建议内容文字' }
const suggestionVersion = async (a: DistrictA, id: string) => (await a.db.query<{ version: number }>('select version from suggestions where id = $1', [id]))[0].version

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
const year = () => Number(today().slice(0, 4))

const TABLE: Record<string, Record<string, Rule>> = {
  cases: {
    submit: refused(() => ({ action: 'submit', submissionId: `x-${randomUUID()}`, deputyCode: 'LZ001', category: '物业管理', text: '外区的人替本区群众提交诉求' })),
    recordFor: scoped(() => ({ action: 'recordFor', submissionId: `rec-${randomUUID()}`, channel: 'phone', name: '李大爷', phone: '13900002222', category: '物业管理', text: '路灯坏了很久了没人修' })),
    claimCode: refused(() => ({ action: 'claimCode', phone: '13900002222' })),
    claim: refused(() => ({ action: 'claim', phone: '13900002222', code: '123456' })),
    get: refused((a) => ({ action: 'get', id: a.cases.submitted })),
    listMine: scoped(() => ({ action: 'listMine' })),
    signals: scoped(() => ({ action: 'signals' })),
    inbox: scoped(() => ({ action: 'inbox', filter: 'all' })),
    dispatchOptions: refused((a) => ({ action: 'dispatchOptions', id: a.cases.accepted })),
    similar: refused(() => ({ action: 'similar', deputyCode: 'LZ001', category: '物业管理' })),
    follow: refused((a) => ({ action: 'follow', id: a.cases.submitted })),
    route: exempt('public: where a case from a code or a place would go'),
    ...Object.fromEntries(
      CASE_ACTIONS.map((action) => [
        action,
        refused(async (a) => {
          const { from } = MOVES[action]
          const id = await caseIn(a.call, a.db, a.t, from)
          const other = action === 'merge' ? await caseIn(a.call, a.db, a.t, 'submitted') : undefined
          return { action, id, version: await versionOf(a.db, id), ...payloadFor(action, a.t, other) }
        }),
      ]),
    ),
  },
  activities: {
    record: refused(() => ({ action: 'record', kind: '视察', date: today(), title: '视察老旧小区改造', deputyCodes: ['LZ001'] })),
    verify: refused((a) => ({ action: 'verify', id: a.activity })),
    return: refused((a) => ({ action: 'return', id: a.activity, reason: '请补充照片' })),
    list: PUBLIC,
    mine: scoped(() => ({ action: 'mine' })),
    pending: scoped(() => ({ action: 'pending' })),
  },
  dutyReports: {
    draft: scoped(() => ({ action: 'draft', year: year() })),
    publish: refused((a) => ({ action: 'publish', id: a.draftReport.id, text: '外区的人替本区代表发布的述职报告：全年收到群众诉求若干件，已全部办结。', version: a.draftReport.version })),
    rate: refused((a) => ({ action: 'rate', id: a.report, rating: '不满意' })),
    paper: refused((a) => ({ action: 'paper', id: a.report, 满意: 0, 基本满意: 0, 不满意: 50 })),
    get: PUBLIC,
    station: refused(() => ({ action: 'station', year: year(), stationCode: 'S01' })),
  },
  suggestions: {
    draft: refused((a) => ({ ...suggestionDraft, id: a.suggestions.draft, version: 1, caseIds: [] })),
    withdraw: refused(async (a) => ({ action: 'withdraw', id: a.suggestions.draft, version: await suggestionVersion(a, a.suggestions.draft) })),
    cosign: refused((a) => ({ action: 'cosign', id: a.suggestions.draft, accept: true })),
    submit: refused(async (a) => ({ action: 'submit', id: a.suggestions.draft, version: await suggestionVersion(a, a.suggestions.draft) })),
    review: refused(async (a) => ({ action: 'review', id: a.suggestions.submitted, version: await suggestionVersion(a, a.suggestions.submitted), outcome: 'letter', reason: '外区的人改了本区的建议' })),
    merge: refused((a) => ({ action: 'merge', ids: [a.suggestions.submitted, a.suggestions.accepted] })),
    assign: refused(async (a) => ({ action: 'assign', id: a.suggestions.accepted, version: await suggestionVersion(a, a.suggestions.accepted), leadDepartmentId: a.t.department.user.departmentId })),
    sign: refused((a) => ({ action: 'sign', id: a.suggestions.assigned })),
    contact: refused((a) => ({ action: 'contact', id: a.suggestions.assigned, way: '电话', at: new Date().toISOString(), note: '外区的人登记的联系' })),
    phones: refused((a) => ({ action: 'phones', id: a.suggestions.assigned })),
    assistView: refused((a) => ({ action: 'assistView', id: a.suggestions.assigned, text: '外区的人写下的协办意见，不应出现在本区' })),
    answer: refused(async (a) => ({ action: 'answer', id: a.suggestions.assigned, version: await suggestionVersion(a, a.suggestions.assigned), grade: 'D', text: '外区的人替本区单位写的答复内容', public: true })),
    evaluate: refused(async (a) => ({ action: 'evaluate', id: a.suggestions.answered, version: await suggestionVersion(a, a.suggestions.answered), rating: '不满意', contactRating: '不满意', comment: '外区' })),
    progress: refused((a) => ({ action: 'progress', id: a.suggestions.answered, percent: 50, note: '外区的人报的进展' })),
    withhold: refused((a) => ({ action: 'withhold', id: a.suggestions.answered, reason: '外区的人不让公开' })),
    redirect: refused((a) => ({ action: 'redirect', id: a.suggestions.assigned, reason: '外区的人申请调整' })),
    extend: refused((a) => ({ action: 'extend', id: a.suggestions.assigned, until: `${year() + 1}-01-31`, reason: '外区的人申请延期' })),
    decideExtension: refused((a) => ({ action: 'decideExtension', id: a.suggestions.assigned, approve: false, reason: '外区的人不同意' })),
    prioritize: refused((a) => ({ action: 'prioritize', id: a.suggestions.accepted, milestones: [{ title: '外区的人定的节点', due: today() }] })),
    supervise: refused((a) => ({ action: 'supervise', id: a.suggestions.assigned, note: '外区的人督办' })),
    follow: exempt('public: anyone signed in may follow a published suggestion'),
    get: refused((a) => ({ action: 'get', id: a.suggestions.assigned })),
    list: scoped(() => ({ action: 'list' })),
    groups: scoped(() => ({ action: 'groups' })),
    similar: scoped(() => ({ action: 'similar', q: '关于本区道路维修的建议' })),
    import: scoped(() => ({ action: 'import', workbook: 'UEsDBA==', dryRun: true })),
    figures: scoped(() => ({ action: 'figures', from: `${year()}-01-01`, to: today() })),
    public: PUBLIC,
  },
  legislation: {
    // District B's own points: A's station codes are not among them, and nothing of A is touched.
    create: scoped(() => ({ action: 'create', title: '外区的人替本区发起的草案', askedBy: '外区法工委', deadline: `${year() + 1}-01-31`, text: '第一条　外区的人写的条文内容。', stationCodes: ['S01'] })),
    editArticles: refused((a) => ({ action: 'editArticles', id: a.consultations.draft.id, version: a.consultations.draft.version, articles: [{ text: '外区的人改写的条文' }] })),
    publish: refused((a) => ({ action: 'publish', id: a.consultations.draft.id, version: a.consultations.draft.version })),
    close: refused((a) => ({ action: 'close', id: a.consultations.open.id })),
    list: scoped(() => ({ action: 'list' })),
    get: PUBLIC,
    comment: exempt('public: anyone signed in may comment on a published draft law, as on 中国人大网'),
    comments: refused((a) => ({ action: 'comments', id: a.consultations.open.id })),
    setPoint: scoped(() => ({ action: 'setPoint', stationCode: 'S01', on: false })),
    points: scoped(() => ({ action: 'points' })),
    commentFor: refused((a) => ({ action: 'commentFor', id: a.consultations.open.id, text: '外区的人代录的意见', name: '外区' })),
    opinion: refused((a) => ({ action: 'opinion', id: a.consultations.open.id, text: '外区的人写的修改建议', reason: '外区的人写的理由', commentIds: [a.consultations.comment] })),
    skip: refused((a) => ({ action: 'skip', commentId: a.consultations.comment, reason: '外区的人不采纳' })),
    opinions: refused((a) => ({ action: 'opinions', id: a.consultations.open.id })),
    submission: refused((a) => ({ action: 'submission', id: a.consultations.open.id, stationCode: 'S01' })),
    final: refused((a) => ({ action: 'final', id: a.consultations.open.id, text: '第一条　外区的人载入的正式文本。' })),
    mark: refused((a) => ({ action: 'mark', opinionId: a.consultations.opinion, outcome: '未采纳', note: '外区的人标记' })),
    notify: refused((a) => ({ action: 'notify', id: a.consultations.open.id })),
    experts: scoped(() => ({ action: 'experts' })),
    saveExpert: refused((a) => ({ action: 'saveExpert', id: a.consultations.expert.id, version: a.consultations.expert.version, code: 'ZJ009', name: '外区改的', field: '外区领域', organisation: '外区单位', active: false })),
    follow: exempt('public: anyone signed in may follow a published draft law'),
    summary: refused((a) => ({ action: 'summary', id: a.consultations.open.id, text: '外区的人发布的意见综述，内容足够长' })),
    commentsExport: refused((a) => ({ action: 'commentsExport', id: a.consultations.open.id })),
    figures: scoped(() => ({ action: 'figures', year: year() })),
    draftFigures: refused((a) => ({ action: 'draftFigures', id: a.consultations.open.id })),
    // A published draft's code is public like the draft; one still being checked is its managers' alone.
    qr: refused((a) => ({ action: 'qr', id: a.consultations.draft.id })),
  },
  oversight: {
    officials: scoped(() => ({ action: 'officials' })),
    // B's own unit code with A's official: the official is not found in B.
    saveOfficial: refused((a) => ({ action: 'saveOfficial', id: a.oversight.official.id, version: a.oversight.official.version, name: '外区改的', post: '外区的职务', departmentCode: 'WQBM01', appointedOn: '2026-01-01' })),
    commitments: PUBLIC,
    saveCommitments: refused((a) => ({ action: 'saveCommitments', officialId: a.oversight.official.id, year: 2026, items: [{ text: '外区的人写的承诺' }], version: 1 })),
    members: scoped(() => ({ action: 'members' })),
    ballots: scoped(() => ({ action: 'ballots' })),
    openBallot: scoped((a) => ({ action: 'openBallot', title: '外区组织的测评', officialIds: [a.oversight.official.id], memberIds: [a.t.deputy.user.id], closesAt: `${year() + 1}-01-01T00:00:00+08:00` })),
    qr: refused((a) => ({ action: 'qr', ballotId: a.oversight.ballot.id })),
    ballot: refused((a) => ({ action: 'ballot', ballotId: a.oversight.ballot.id })),
    vote: refused((a) => ({ action: 'vote', ballotId: a.oversight.ballot.id, votes: [{ officialId: a.oversight.official.id, rating: '不满意' }] })),
    paper: refused((a) => ({ action: 'paper', ballotId: a.oversight.ballot.id, officialId: a.oversight.official.id, 满意: 0, 基本满意: 0, 不满意: 9 })),
    closeBallot: refused((a) => ({ action: 'closeBallot', ballotId: a.oversight.ballot.id })),
    results: refused((a) => ({ action: 'results', ballotId: a.oversight.ballot.id })),
  },
  study: {
    posts: scoped(() => ({ action: 'posts' })),
    post: refused(() => ({ action: 'post', stationCode: 'S01', kind: '工作动态', title: '外区的人发到本区的宣传', body: '外区的人发到本区联络站的宣传内容' })),
    withdraw: refused((a) => ({ action: 'withdraw', id: a.study.post })),
    materials: scoped(() => ({ action: 'materials' })),
    material: refused((a) => ({ action: 'material', id: a.study.material })),
    saveMaterial: scoped(() => ({ action: 'saveMaterial', kind: '培训资料', title: '外区的学习材料', body: '外区代表学习的培训资料内容', quiz: [{ q: '外区的题目', options: ['甲', '乙'], answer: 1 }] })),
    take: refused((a) => ({ action: 'take', id: a.study.material, answers: [0] })),
  },
  points: {
    get: PUBLIC,
    ranking: refused(() => ({ action: 'ranking', from: `${year()}-01-01`, to: `${year()}-12-31`, stationCode: 'S01' })),
    rules: scoped(() => ({ action: 'rules' })),
    saveRules: scoped((a) => ({ action: 'saveRules', rules: a.rules, effectiveFrom: today(), version: 0 })),
  },
  tasks: {
    progress: refused(() => ({ action: 'progress', deputyCode: 'LZ001', period: today() })),
    behind: refused(() => ({ action: 'behind', stationCode: 'S01' })),
  },
  admin: {
    issueBinding: refused(() => ({ action: 'issueBinding', role: 'staff', stationCode: 'S01' })),
    bindings: scoped(() => ({ action: 'bindings' })),
    revokeBinding: refused((a) => ({ action: 'revokeBinding', id: a.binding })),
    people: scoped(() => ({ action: 'people' })),
    unbind: refused((a) => ({ action: 'unbind', userId: a.t.staff.user.id })),
    resetCredentials: refused((a) => ({ action: 'resetCredentials', userId: a.t.staff.user.id })),
    template: scoped(() => ({ action: 'template' })),
    records: scoped(() => ({ action: 'records', sheet: '站点' })),
    // The caller's own district's record, named by a code another district holds: refused as its row's problem, nothing of A touched.
    save: scoped(() => ({
      action: 'save', sheet: '站点', version: 1,
      row: { 站点编码: 'S01', 名称: '被外区改名的联络站', 类型: '联络站', 街道乡镇: '外区街道', 社区: '', 地址: '外区路1号', 纬度: '', 经度: '', 开放时间: '', 联系电话: '' },
    })),
    remove: refused(() => ({ action: 'remove', sheet: '站点', key: 'S02', version: 1 })),
    reopen: refused(() => ({ action: 'reopen', key: 'S01', version: 1 })),
    settings: scoped(() => ({ action: 'settings' })),
    saveSettings: scoped(() => ({ action: 'saveSettings', name: '外区', code: '149901', casePrefix: 'WQ', deadlines: { firstResponse: 2, dispatch: 3, departmentAcceptance: 2, resolution: 15, ratingWindowDays: 7 }, version: 1 })),
    regions: scoped(() => ({ action: 'regions' })),
    checklist: scoped(() => ({ action: 'checklist' })),
    export: scoped(() => ({ action: 'export' })),
    import: scoped((a) => ({ action: 'import', workbook: a.workbookMovingS01 })),
  },
  audit: { search: scoped(() => ({ action: 'search' })) },
  deputies: {
    list: PUBLIC,
    get: PUBLIC,
    figures: PUBLIC,
    qr: exempt("public: a deputy's code is printed on posters for anyone to scan"),
    poster: refused(() => ({ action: 'poster', code: 'LZ001' })),
    myProfile: OWN,
    proposeProfile: OWN,
    profileChanges: scoped(() => ({ action: 'profileChanges' })),
    decideProfile: refused((a) => ({ action: 'decideProfile', id: a.proposal, approve: true })),
  },
  auth: {
    devLogin: exempt('a demo host signs anyone in as a demo persona; never offered in production'),
    login: OWN,
    me: OWN,
    phoneNumber: OWN,
    myData: scoped(() => ({ action: 'myData' })),
    bind: exempt('a binding code is handed to one person: whoever holds it takes the role it names'),
    wxLogin: exempt('signing in'),
    setPassword: OWN,
    enrolTotp: OWN,
    confirmTotp: OWN,
    password: exempt('signing in'),
    logout: OWN,
    logoutEverywhere: OWN,
    deleteAccount: OWN,
  },
  media: { register: refused((a) => ({ action: 'register', key: a.uploadKey })) },
  messages: {
    list: OWN,
    read: scoped((a) => ({ action: 'read', ids: a.messages })),
    templates: OWN,
    subscribed: OWN,
  },
  places: { here: exempt('names the place the caller stands at'), search: exempt('finds a place by name') },
  appointments: {
    slots: PUBLIC,
    book: refused((a) => ({ action: 'book', slotId: a.slot, topic: '想当面反映小区停车难的问题' })),
    cancel: refused((a) => ({ action: 'cancel', id: a.appointment })),
    confirm: refused((a) => ({ action: 'confirm', id: a.appointment })),
    decline: refused((a) => ({ action: 'decline', id: a.appointment, reason: '外区的人婉拒' })),
    mine: scoped(() => ({ action: 'mine' })),
  },
  notices: {
    list: PUBLIC,
    get: PUBLIC,
    post: refused((a) => ({ action: 'post', stationId: a.station, theme: '外区代发接待日', place: '接待室', schedule: { rule: { kind: 'once', date: a.noticeDay }, start: '09:00', end: '10:00', workdayShift: false } })),
    update: refused((a) => ({ action: 'update', id: a.notice.id, version: a.notice.version, theme: '被外区修改', place: '接待室', schedule: { rule: { kind: 'once', date: a.noticeDay }, start: '09:00', end: '10:00', workdayShift: false } })),
    cancel: refused((a) => ({ action: 'cancel', id: a.notice.id, version: a.notice.version })),
    follow: exempt("the caller's own subscription to a station's public notices"),
    record: refused((a) => ({ action: 'record', id: a.notice.id, day: today(), minutes: '外区的人登记的接待纪要，共接待群众若干人。', attendance: 3 })),
    records: refused((a) => ({ action: 'records', id: a.notice.id })),
  },
  safety: {
    words: scoped(() => ({ action: 'words', remove: ['群体聚集'] })),
    queue: scoped(() => ({ action: 'queue' })),
    release: refused((a) => ({ action: 'release', id: a.screening.id, version: a.screening.version })),
    refuse: refused((a) => ({ action: 'refuse', id: a.screening.id, version: a.screening.version, reason: '外区的人不予通过' })),
    report: exempt('anyone may report what is shown to the public'),
    mediaResult: refused(() => ({ action: 'mediaResult', traceId: 'trace-1', suggest: 'risky' })),
  },
  reports: {
    export: scoped(() => ({ action: 'export', kind: 'cases', filter: 'all' })),
  },
  stats: {
    funnel: refused((a) => ({ action: 'funnel', stationId: a.station })),
    report: refused((a) => ({ action: 'report', from: `${year()}-01-01`, to: today(), by: 'station', stationId: a.station })),
  },
  stations: {
    list: PUBLIC,
    get: PUBLIC,
    qr: exempt("public: a station's code is printed for anyone to scan"),
    saveRoster: refused((a) => ({ action: 'saveRoster', id: a.station, fixed: [], rotating: [a.t.deputy.user.deputyId], period: 'week', startsOn: today() })),
  },
  timer: { '': refused(() => ({})) },
}

describe.each(BACKENDS)('district B reaching for district A on $name', (backend) => {
  const media = scratchMedia()
  const env = withTeam(backend, { media })
  let a: DistrictA
  let b: Awaited<ReturnType<typeof secondDistrict>>
  let markers: string[]
  let db: Database
  beforeAll(async () => {
    db = env.db
    a = await districtA(env.db, env.call, env.t, (await login(env.call, { persona: 'admin' })).token, media)
    b = await secondDistrict(env.db)
    markers = await markersOf(env.db, a)
  }, OPEN_MS)

  it('places every action of every function on one side of the table', () => {
    const listed = Object.entries(TABLE).flatMap(([fn, actions]) => Object.keys(actions).map((x) => `${fn}.${x}`)).sort()
    expect(listed).toEqual(ACTIONS.sort())
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(FUNCTIONS).sort())
  })

  const rows = Object.entries(TABLE).flatMap(([fn, actions]) => Object.entries(actions).map(([action, rule]) => ({ fn, action, rule })))
  it.each(rows.filter((r) => r.rule.kind !== 'exempt').map((r) => [`${r.fn}.${r.action}`, r] as const))('%s', async (_name, { fn, rule }) => {
    if (rule.kind === 'exempt') return
    for (const role of DISTRICT_ROLES) {
      const event = await rule.event(a)
      const before = await digestOf(db, a)
      const r = await env.call(fn, event, b.people[role].token)
      if (rule.kind === 'refused')
        expect({ role, code: r.code, message: r.message }).toEqual({ role, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/), message: expect.any(String) })
      else expect({ role, leaked: markers.filter((m) => JSON.stringify(r.data ?? null).includes(m)) }).toEqual({ role, leaked: [] })
      expect({ role, changed: await digestOf(db, a) !== before }).toEqual({ role, changed: false })
    }
  })
})
