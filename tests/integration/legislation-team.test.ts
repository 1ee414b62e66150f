import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { BACKENDS } from '../support/backends'
import { localQr } from '../../server/adapters/local/qr'
import { accountWith, caller, dataOf as s } from '../support/call'
import { inDays, withTeam } from '../support/loop'
import { scratchMedia } from '../support/media'
import { scanPng } from '../support/qr'

jest.setTimeout(120_000)

const DRAFT = `第一章　总则
第一条　为了加强养犬管理，保障公民健康和人身安全，制定本条例。
第二条　本条例适用于本市行政区域内的养犬管理。
第二章　养犬规范
第三条　携犬出户应当束犬链。
第四条　本条例自公布之日起施行。`

/**
 * The contact points' team and the public around a draft: the 专家库 and its consultants bound by
 * a code; residents following a draft, the summary they read, the public figures once it closes;
 * the raw comments in Excel for the asking body; each point's year and a draft's participation by street.
 */
describe.each(BACKENDS)('立法联系点的专家、关注与统计 on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store })
  const inbox = async (token: string) => (await env.call('messages', { action: 'list' }, token)).data.items as { title: string; body: string }[]
  let c: { id: string; code: string; version: number; articles: { id: string }[] }
  let point: { code: string; name: string; street: string }

  beforeAll(async () => {
    const { call, t, db } = env
    const admin = await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })
    point = (await db.query<{ code: string; name: string; street: string }>('select code, name, street from stations where id = $1', [t.staff.user.stationId]))[0]
    s(await call('legislation', { action: 'setPoint', stationCode: point.code, on: true }, admin.token))
    const made = s(await call('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: inDays(20), text: DRAFT, stationCodes: [point.code] }, t.office.token))
    const published = s(await call('legislation', { action: 'publish', id: made.id, version: made.version }, t.office.token))
    c = published
  })

  it('keeps a 专家库 whose experts, bound by a code, work on every draft of the district until their entry is set inactive', async () => {
    const { call, t, db } = env
    const entry = { action: 'saveExpert', code: 'ZJ101', name: '李律师', field: '行政法', organisation: '山西晋阳律师事务所', active: true }
    expect(await call('legislation', entry, t.staff.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有本区管理员和人大办可以管理专家库' })
    const [expert] = s(await call('legislation', entry, t.office.token)).items
    expect(expert).toMatchObject({ code: 'ZJ101', name: '李律师', field: '行政法', active: true, accounts: 0 })
    expect(await call('legislation', { ...entry, name: '另一位' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '本区已有这个专家编码，请换一个' })
    const [audited] = (await call('audit', { action: 'search', kind: 'data.change' }, (await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })).token)).data.items
    expect(audited.detail).toBe('添加立法联系点专家 李律师（ZJ101，行政法，山西晋阳律师事务所）')

    // The office issues the code; staff may not; the expert binds it and is the district's consultant.
    expect(await call('admin', { action: 'issueBinding', role: 'consultant', expertCode: 'ZJ101' }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('admin', { action: 'issueBinding', role: 'consultant' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '绑定立法联系点专家需要专家编码' })
    const issued = s(await call('admin', { action: 'issueBinding', role: 'consultant', expertCode: 'ZJ101' }, t.office.token))
    const lawyer = await accountWith(db, 'resident')
    const bound = s(await call('auth', { action: 'bind', code: issued.code }, lawyer.token))
    expect(bound.user).toMatchObject({ role: 'consultant', districtId: t.deputy.user.districtId })
    const token = bound.token ?? lawyer.token

    // As the team: reads the comments, writes an opinion; not the point's submission, not managing the draft.
    const said = s(await call('legislation', { action: 'commentFor', id: c.id, articleId: c.articles[2].id, text: '犬链长度应当有规定', name: '王大爷' }, t.staff.token))
    expect(s(await call('legislation', { action: 'get', id: c.id }, token)).you).toEqual({ manages: false, team: true })
    expect(s(await call('legislation', { action: 'comments', id: c.id }, token)).items.map((m: { text: string }) => m.text)).toContain('犬链长度应当有规定')
    const ops = s(await call('legislation', { action: 'opinion', id: c.id, articleId: c.articles[2].id, text: '第三条增加“犬链长度不超过一点五米”', reason: '便于执法认定', commentIds: [said.id] }, token)).items
    expect(ops).toEqual([expect.objectContaining({ articleLabel: '第三条', people: 1, station: null })])
    expect(await call('legislation', { action: 'submission', id: c.id, stationCode: point.code }, token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('legislation', { action: 'close', id: c.id }, token)).toMatchObject({ code: 'FORBIDDEN' })
    expect((await call('admin', { action: 'people' }, t.office.token)).data.items).toContainEqual(expect.objectContaining({ role: 'consultant', scopeName: '李律师（ZJ101）' }))

    // The entry set inactive: the account acts as a resident at once, and no new code binds to it.
    const [now] = s(await call('legislation', { action: 'experts' }, t.office.token)).items.filter((e: { code: string }) => e.code === 'ZJ101')
    expect(now.accounts).toBe(1)
    s(await call('legislation', { ...entry, id: now.id, version: now.version, active: false }, t.office.token))
    expect(await call('legislation', { ...entry, id: now.id, version: now.version, active: true }, t.office.token)).toMatchObject({ code: 'CONFLICT' })
    expect(await call('legislation', { action: 'comments', id: c.id }, token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('admin', { action: 'issueBinding', role: 'consultant', expertCode: 'ZJ101' }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '这位专家已停用，不能绑定' })
  })

  it('lets residents follow a draft, tells them of the summary once, and shows its figures and the raw comments in Excel once it closes', async () => {
    const { call, t, db } = env
    // The poster's code opens the draft (scene l=CODE), for anyone to scan.
    const withQr = caller(db, { media: store, qr: localQr('https://mashang.example.gov.cn') })
    const key = new URL(s(await withQr('legislation', { action: 'qr', id: c.id })).url, 'http://host').pathname.slice(1)
    expect(key).toBe(`media/qrcodes/l-${c.code}.png`)
    expect(scanPng((await store.read(key))!).text).toBe(`https://mashang.example.gov.cn/pages/deputy/index?scene=l%3D${c.code}`)
    const [follower, commenter] = await Promise.all([accountWith(db, 'resident'), accountWith(db, 'resident')])
    expect(s(await call('legislation', { action: 'follow', id: c.id, on: true }, follower.token))).toEqual({ following: true })
    expect(s(await call('legislation', { action: 'get', id: c.id }, follower.token)).following).toBe(true)
    // A resident who came through the point's page; the point's street counts them.
    s(await call('legislation', { action: 'comment', id: c.id, articleId: c.articles[2].id, text: '遛狗要在早晚', name: '刘阿姨', phone: '13800001111', phoneConsent: true, stationCode: point.code }, commenter.token))
    s(await call('legislation', { action: 'comment', id: c.id, text: '赞成出台', stationCode: 'NOT-A-POINT' }, follower.token))
    expect(s(await call('legislation', { action: 'get', id: c.id })).participation).toBeNull()
    const summary = { action: 'summary', id: c.id, text: '群众普遍赞成出台本条例，对携犬出户的时间和犬链长度提出了具体意见。' }
    expect(await call('legislation', summary, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '征求意见结束后才能公布意见综述' })
    s(await call('legislation', { action: 'close', id: c.id }, t.office.token))
    expect(await call('legislation', summary, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    s(await call('legislation', summary, t.office.token))
    s(await call('legislation', { ...summary, text: `${summary.text}（已更正）` }, t.office.token))
    for (const who of [follower, commenter]) expect((await inbox(who.token)).filter((m) => m.title === '立法征求意见综述已公布')).toHaveLength(1)

    const read = s(await call('legislation', { action: 'get', id: c.id }))
    expect(read.summary.text).toBe(`${summary.text}（已更正）`)
    expect(read.participation).toEqual({ people: 3, comments: 3, forums: 0, opinions: 1, submitted: 0, adopted: 0, partlyAdopted: 0 })

    // The raw comments for the asking body: every comment, where it came from, what became of it; no name, no phone.
    const made = s(await call('legislation', { action: 'commentsExport', id: c.id }, t.staff.token))
    expect(made).toMatchObject({ name: '《阳泉市养犬管理条例（草案）》群众意见.xlsx', rows: 3 })
    expect(await call('legislation', { action: 'commentsExport', id: c.id }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await readFile(store.fileOf(decodeURIComponent(new URL(made.url, 'http://host').pathname.slice(1)))!)) as unknown as ArrayBuffer)
    const rows = wb.worksheets[0].getSheetValues().slice(3).map((r) => Array.from((r as unknown[]).slice(1, 8), (v) => v ?? ''))
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['总体意见', '赞成出台', '群众线上', ''],
      ['第三条', '犬链长度应当有规定', '工作人员记录', point.name],
      ['第三条', '遛狗要在早晚', '群众线上', point.name],
    ])
    expect(rows[1][6]).toBe('归入修改建议：第三条增加“犬链长度不超过一点五米”')
    expect(JSON.stringify(rows)).not.toMatch(/刘阿姨|王大爷|1380000/)

    // The figures: the point's year, and the draft's people per article and by street.
    const year = Number(inDays(0).slice(0, 4))
    const mine = s(await call('legislation', { action: 'figures', year }, t.office.token)).items.find((p: { code: string }) => p.code === point.code)
    expect(mine).toMatchObject({ consultations: 1, comments: 2, people: 2, opinions: 0, submitted: 0 })
    expect(await call('legislation', { action: 'figures', year }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    const draft = s(await call('legislation', { action: 'draftFigures', id: c.id }, t.office.token))
    expect(draft.articles.map((a: { commenters: number }) => a.commenters)).toEqual([0, 0, 2, 0])
    expect(draft.general).toBe(1)
    expect(draft.streets).toEqual([{ street: point.street, people: 2, comments: 2 }, { street: '', people: 1, comments: 1 }])
    expect(await call('legislation', { action: 'draftFigures', id: c.id }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
  })
})
