import { Document, Packer, Paragraph } from 'docx'
import mammoth from 'mammoth'
import { readFile } from 'node:fs/promises'
import { BACKENDS } from '../support/backends'
import { accountWith, caller, dataOf as s } from '../support/call'
import { inDays, withTeam } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'

jest.setTimeout(120_000)

const DRAFT = `第一章　总则
第一条　为了加强电动自行车管理，保障道路交通安全，制定本条例。
第二条　本条例适用于本市行政区域内电动自行车的销售、登记、通行和停放充电管理。
第二章　停放充电
第三条　居民住宅小区应当规划建设电动自行车集中停放和充电场所。
第四条　禁止在楼道、安全出口停放电动自行车或者为其充电。
第五条　本条例自公布之日起施行。`

/** As passed: a new article 2, the parking article reworded, the ban dropped, the last renumbered. */
const PASSED = `第一章　总则
第一条　为了加强电动自行车管理，保障道路交通安全，制定本条例。
第二条　市人民政府应当建立电动自行车管理协调机制。
第三条　本条例适用于本市行政区域内电动自行车的销售、登记、通行和停放充电管理。
第二章　停放充电
第四条　居民住宅小区应当规划建设电动自行车集中停放和充电场所，并配备消防设施。
第五条　本条例自2027年1月1日起施行。`

/**
 * From comments to 法言法语 and back to every commenter: staff enter a comment given by phone, write
 * opinions from the comments and set one aside; the point's .docx for the asking body holds a row
 * per opinion; the law as passed is matched to the draft; each opinion is marked; each commenter
 * gets exactly one message naming their articles.
 */
describe.each(BACKENDS)('立法意见的整理与反馈 on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store })
  const db = () => env.db
  const heard = async (token: string) =>
    ((await env.call('messages', { action: 'list' }, token)).data.items as { title: string; body: string; path: string | null }[]).filter((m) => m.title === '您提意见的法规已通过')

  it('turns comments into opinions, a submitted .docx, and after the law passes one message to each commenter', async () => {
    const { call, t, db } = env
    const admin = await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })
    const point = (await db.query<{ code: string; name: string }>('select code, name from stations where id = $1', [t.staff.user.stationId]))[0]
    s(await call('legislation', { action: 'setPoint', stationCode: point.code, on: true }, admin.token))
    let c = s(await call('legislation', { action: 'create', title: '阳泉市电动自行车管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: inDays(20), text: DRAFT, stationCodes: [point.code] }, t.office.token))
    c = s(await call('legislation', { action: 'publish', id: c.id, version: c.version }, t.office.token))
    const [parking, ban] = [c.articles[2].id, c.articles[3].id]
    const [a, b] = await Promise.all([accountWith(db, 'resident'), accountWith(db, 'resident')])
    s(await call('legislation', { action: 'comment', id: c.id, articleId: parking, text: '停放场所还应当配备灭火器' }, a.token))
    s(await call('legislation', { action: 'comment', id: c.id, articleId: ban, text: '楼道禁停要给出替代办法' }, a.token))
    s(await call('legislation', { action: 'comment', id: c.id, articleId: parking, text: '充电场所要有消防设施' }, b.token))
    s(await call('legislation', { action: 'comment', id: c.id, text: '整体赞成，希望尽快出台' }, b.token))
    // A resident's words by phone, entered by the point's staff; nobody else enters them.
    expect(await call('legislation', { action: 'commentFor', id: c.id, articleId: parking, text: '老小区没有地方建车棚', name: '张大妈' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    const phoned = s(await call('legislation', { action: 'commentFor', id: c.id, articleId: parking, text: '老小区没有地方建车棚', name: '张大妈', phone: '13700001111' }, t.staff.token))
    expect(s(await call('legislation', { action: 'get', id: c.id })).articles[2].commenters).toBe(3)
    s(await call('legislation', { action: 'close', id: c.id }, t.office.token))

    // Opinions in legal language, each from comments not used yet; one comment set aside with a reason.
    const comments = s(await call('legislation', { action: 'comments', id: c.id }, t.staff.token)).items as { id: string; text: string; entered: boolean }[]
    const idOf = (words: string) => comments.find((m) => m.text.includes(words))!.id
    expect(comments.find((m) => m.id === phoned.id)).toMatchObject({ entered: true })
    let ops = s(await call('legislation', {
      action: 'opinion', id: c.id, articleId: parking, text: '第三条增加“并配备消防设施”', reason: '群众反映停放充电场所火灾隐患突出', commentIds: [idOf('灭火器'), idOf('消防设施'), phoned.id],
    }, t.staff.token)).items
    expect(ops).toEqual([expect.objectContaining({ articleLabel: '第三条', people: 3, comments: 3, outcome: null })])
    expect(await call('legislation', { action: 'opinion', id: c.id, text: '重复使用的意见', reason: '同上同上', commentIds: [idOf('灭火器')] }, t.office.token))
      .toMatchObject({ code: 'VALIDATION', message: '所选意见不属于这部草案，或已归入其他修改建议' })
    ops = s(await call('legislation', { action: 'opinion', id: c.id, articleId: ban, text: '第四条增加集中停放的替代安排', reason: '禁止之外应有出路', commentIds: [idOf('替代办法')] }, t.office.token)).items
    s(await call('legislation', { action: 'skip', commentId: idOf('整体赞成'), reason: '属于表态，未提具体修改意见' }, t.staff.token))
    expect(await call('legislation', { action: 'skip', commentId: idOf('灭火器'), reason: '不采纳' }, t.staff.token)).toMatchObject({ code: 'VALIDATION' })

    // The point's submission: a .docx whose table has a header and a row per opinion.
    const sent = s(await call('legislation', { action: 'submission', id: c.id, stationCode: point.code }, t.staff.token))
    expect(sent.name).toBe(`${point.name}关于《阳泉市电动自行车管理条例（草案）》的修改意见.docx`)
    const key = decodeURIComponent(new URL(sent.url, 'http://host').pathname.replace(/^\//, ''))
    const html = (await mammoth.convertToHtml({ buffer: await readFile(store.fileOf(key)!) })).value
    const rows = html.match(/<tr>.*?<\/tr>/g)!
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain('修改建议')
    expect(rows[1]).toContain('第三条')
    expect(rows[1]).toContain('并配备消防设施')
    expect(rows[1]).toContain('3 位群众（其中 1 条由工作人员记录）')
    expect(rows[2]).toContain('第四条')
    expect(html).toContain('共收到意见 5 条，来自 3 人')

    // Marking needs the final text; the final text aligns renumbered, inserted and dropped articles.
    expect(await call('legislation', { action: 'mark', opinionId: ops[0].id, outcome: '采纳', note: '已增加消防设施要求' }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '请先载入通过的正式文本' })
    const aligned = s(await call('legislation', { action: 'final', id: c.id, text: PASSED }, t.office.token))
    expect(aligned.pairs).toEqual([
      { draftArticleId: c.articles[0].id, finalNo: 1, changed: false },
      { finalNo: 2, changed: true },
      { draftArticleId: c.articles[1].id, finalNo: 3, changed: false },
      { draftArticleId: parking, finalNo: 4, changed: true },
      { draftArticleId: ban, changed: true },
      { draftArticleId: c.articles[4].id, finalNo: 5, changed: true },
    ])
    expect(await call('legislation', { action: 'notify', id: c.id }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '还有 2 条修改建议没有标明采纳情况' })
    s(await call('legislation', { action: 'mark', opinionId: ops[0].id, outcome: '采纳', note: '已增加消防设施要求' }, t.staff.token))
    s(await call('legislation', { action: 'mark', opinionId: ops[1].id, outcome: '未采纳', note: '该条已删去，由物业管理规定调整' }, t.office.token))
    // One who followed the draft without commenting hears only that it passed.
    const follower = await accountWith(db, 'resident')
    s(await call('legislation', { action: 'follow', id: c.id, on: true }, follower.token))
    s(await call('legislation', { action: 'follow', id: c.id, on: true }, a.token))
    expect(s(await call('legislation', { action: 'notify', id: c.id }, t.office.token))).toEqual({ notified: 2 })
    const followed = (await call('messages', { action: 'list' }, follower.token)).data.items as { title: string; body: string }[]
    expect(followed.map((m) => [m.title, m.body])).toEqual([['您关注的法规已通过', '您关注的《阳泉市电动自行车管理条例（草案）》已经通过。点此查看草案与正式文本的对照。']])
    expect(await call('legislation', { action: 'notify', id: c.id }, t.office.token)).toMatchObject({ code: 'CONFLICT', message: '已经通知过提意见的群众' })

    // Each commenter: one message, naming their articles and what became of them, opening the comparison.
    const [toA, toB] = [await heard(a.token), await heard(b.token)]
    expect(toA).toHaveLength(1)
    expect(((await call('messages', { action: 'list' }, a.token)).data.items as { title: string }[]).map((m) => m.title)).not.toContain('您关注的法规已通过')
    expect(toA[0].body).toBe('《阳泉市电动自行车管理条例（草案）》已经通过。您提过意见的条文：第三条（现为第四条）已修改，据您的意见提出的修改建议采纳：已增加消防设施要求；第四条已删去，据您的意见提出的修改建议未采纳：该条已删去，由物业管理规定调整。点此查看草案与正式文本的对照。')
    expect(toA[0].path).toBe(`/packages/legislation/read/index?id=${c.id}`)
    expect(toB).toHaveLength(1)
    expect(toB[0].body).toContain('对整部草案的意见，您的意见未采纳：属于表态，未提具体修改意见')
    // The comparison: each draft article with the one it became; the commenter's own comments with their outcome.
    const read = s(await call('legislation', { action: 'get', id: c.id }, a.token))
    expect(read.articles[2].final).toEqual({ label: '第四条', text: '居民住宅小区应当规划建设电动自行车集中停放和充电场所，并配备消防设施。', changed: true })
    expect(read.articles[3].final).toBeNull()
    expect(read.mine[0].opinion).toEqual({ text: '第三条增加“并配备消防设施”', outcome: '采纳', note: '已增加消防设施要求' })
  })

  it('keeps opinions to the office and the points’ staff, and the submission to the point’s own', async () => {
    const { call, t, db } = env
    const c = (await db.query<{ id: string }>('select id from consultations order by created_at desc limit 1'))[0]
    const other = (await db.query<{ id: string; code: string }>('select id, code from stations where district_id = $1 and id <> $2 limit 1', [t.deputy.user.districtId, t.staff.user.stationId]))[0]
    const otherStaff = await accountWith(db, 'staff', { station_id: other.id, district_id: t.deputy.user.districtId })
    for (const who of [t.resident, t.department, t.deputy, otherStaff]) expect(await call('legislation', { action: 'opinions', id: c.id }, who.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('legislation', { action: 'submission', id: c.id, stationCode: other.code }, t.office.token)).toMatchObject({ code: 'VALIDATION' })
    // Without a media store, no file can be handed out.
    const bare = caller(db)
    const code = (await db.query<{ code: string }>('select code from stations where id = $1', [t.staff.user.stationId]))[0].code
    expect(await bare('legislation', { action: 'submission', id: c.id, stationCode: code }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('导出') })
  })

  it('takes a draft from the Word file the 法工委 sent, from staff only, and never as an attachment', async () => {
    const { call, t } = env
    const word = await Packer.toBuffer(new Document({ sections: [{ children: ['阳泉市养犬管理条例（草案）', '第一章　总则', '第一条　为了规范养犬行为，保障公民健康和人身安全，制定本条例。', '第二章　养犬登记', '第二条　养犬人应当为犬只办理登记。', '（一）犬只免疫证明；', '（二）养犬人身份证明。'].map((p) => new Paragraph(p)) }] }))
    const register = async (bytes: Buffer, who: { token: string; user: { id: string } }) => call('media', { action: 'register', key: await put(store, who.user.id, bytes) }, who.token)
    // A resident's Word file is refused like any other type; staff's is known by its bytes.
    expect(await register(word, t.resident)).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('只能上传') })
    const file = s(await register(word, t.office))
    expect(file).toMatchObject({ kind: 'docx' })
    const code = (await db().query<{ code: string }>('select code from stations where id = $1', [t.staff.user.stationId]))[0].code
    const made = s(await call('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: inDays(20), fileId: file.id, stationCodes: [code] }, t.office.token))
    expect(made.preamble).toBe('阳泉市养犬管理条例（草案）')
    expect(made.articles).toEqual([
      expect.objectContaining({ label: '第一条', heading: '第一章 总则', text: '为了规范养犬行为，保障公民健康和人身安全，制定本条例。' }),
      expect.objectContaining({ label: '第二条', heading: '第二章 养犬登记', text: '养犬人应当为犬只办理登记。\n（一）犬只免疫证明；\n（二）养犬人身份证明。' }),
    ])
    // A PDF is not a Word file; neither both a text and a file, nor none.
    const pdf = s(await register(fixture('answer.pdf'), t.office))
    expect(await call('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '法工委', deadline: inDays(20), fileId: pdf.id, stationCodes: [code] }, t.office.token))
      .toMatchObject({ code: 'VALIDATION', message: '请上传草案的 Word 文件（.docx）；.doc 请先另存为 .docx' })
    expect(await call('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '法工委', deadline: inDays(20), stationCodes: [code] }, t.office.token))
      .toMatchObject({ code: 'VALIDATION', message: '请粘贴草案全文，或上传草案的 Word 文件' })
    // A Word file is attached to nothing: not to a deputy's record (residents cannot upload one for a case at all).
    const deputyWord = s(await register(word, t.deputy))
    expect(await call('activities', { action: 'record', kind: '视察', date: inDays(0), title: '视察犬只登记工作', media: [deputyWord.id] }, t.deputy.token))
      .toMatchObject({ code: 'VALIDATION', message: '这里不能添加 Word 文件，请另存为 PDF' })
  })
})
