import { BACKENDS } from '../support/backends'
import { accountWith, caller, dataOf as s } from '../support/call'
import { inDays, withTeam } from '../support/loop'

jest.setTimeout(120_000)

/** A draft regulation as a 法工委 sends it down: a title, chapters, articles with their 款 and items. */
const DRAFT = `阳泉市电动自行车管理条例（草案）
第一章　总　　则
第一条　为了加强电动自行车管理，保障道路交通安全，制定本条例。
第二条　本条例适用于本市行政区域内电动自行车的销售、登记、通行和停放充电管理。
第二章　停放充电
第三条　居民住宅小区应当规划建设电动自行车集中停放和充电场所。
禁止在楼道、安全出口停放电动自行车或者为其充电。
第四条　有下列情形之一的，由消防救援机构责令改正：
（一）在楼道停放电动自行车的；
（二）私拉电线为电动自行车充电的。
第五条　本条例自公布之日起施行。`

/** The regulation in force that the draft revises: two of its articles carry on, reworded. */
const CURRENT = `阳泉市电动自行车管理办法
第一条　为了加强电动自行车管理，制定本办法。
第二条　本办法适用于本市行政区域内电动自行车的销售和登记管理。`

/**
 * 基层立法联系点: the admin marks two stations as contact points; the office splits a draft into
 * its articles, corrects and publishes it; residents comment on articles and on the whole draft,
 * each seeing only their own words and the counts; the points' team reads them, phones audited.
 */
describe.each(BACKENDS)('基层立法联系点 on $name', (backend) => {
  const env = withTeam(backend)
  const one = async <T>(sql: string, args: unknown[] = []) => (await env.db.query<T>(sql, args))[0]
  let admin: { token: string }
  let points: { id: string; code: string }[]

  beforeAll(async () => {
    const { db, t } = env
    admin = await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })
    // The staff persona's station and one other.
    points = await db.query('select id, code from stations where district_id = $1 and (id = $2 or code <> (select code from stations where id = $2)) order by id = $2 desc, code limit 2', [t.deputy.user.districtId, t.staff.user.stationId])
  })

  it('marks contact points, splits a draft into articles for the office to check, and publishes it under a short code', async () => {
    const { call, t } = env
    expect(await call('legislation', { action: 'setPoint', stationCode: points[0].code, on: true }, t.office.token)).toMatchObject({ code: 'FORBIDDEN' })
    for (const p of points) s(await call('legislation', { action: 'setPoint', stationCode: p.code, on: true }, admin.token))
    const [entry] = (await call('audit', { action: 'search', kind: 'data.change' }, admin.token)).data.items
    expect(entry.detail).toContain('设为基层立法联系点')
    expect(s(await call('legislation', { action: 'points' }, t.office.token)).items.map((p: { code: string }) => p.code).sort()).toEqual(points.map((p) => p.code).sort())
    expect(await call('legislation', { action: 'points' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })

    const create = { action: 'create', title: '阳泉市电动自行车管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: inDays(20), text: DRAFT, currentText: CURRENT, explanation: '为规范电动自行车停放充电，起草本条例。', stationCodes: points.map((p) => p.code) }
    expect(await call('legislation', { ...create, stationCodes: ['NOPE'] }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '请选择本区的基层立法联系点' })
    expect(await call('legislation', { ...create, text: '这是一段没有条文的文字，无法拆分' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('第一条') })
    expect(await call('legislation', { ...create, deadline: inDays(0) }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '征求意见截止日期应晚于今天' })
    expect(await call('legislation', create, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    let c = s(await call('legislation', create, t.office.token))
    expect(c).toMatchObject({ status: 'draft', code: expect.stringMatching(/^[A-Z2-9]{6}$/), preamble: '阳泉市电动自行车管理条例（草案）', you: { manages: true, team: true } })
    expect(c.articles.map((a: { label: string }) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条'])
    expect(c.articles[2]).toMatchObject({ heading: '第二章 停放充电', text: '居民住宅小区应当规划建设电动自行车集中停放和充电场所。\n禁止在楼道、安全出口停放电动自行车或者为其充电。', commenters: 0 })
    expect(c.articles[3].text.split('\n')).toHaveLength(3)
    // The articles it revises carry the current words; new ones none.
    expect(c.articles.map((a: { currentText: string | null }) => a.currentText)).toEqual(['为了加强电动自行车管理，制定本办法。', '本办法适用于本市行政区域内电动自行车的销售和登记管理。', null, null, null])

    // Not published yet: nobody else reads it, nor finds it listed.
    expect(await call('legislation', { action: 'get', id: c.id }, t.resident.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await call('legislation', { action: 'get', id: c.id })).toMatchObject({ code: 'NOT_FOUND' })
    expect(s(await call('legislation', { action: 'list' })).items.map((x: { id: string }) => x.id)).not.toContain(c.id)
    expect(s(await call('legislation', { action: 'list' }, t.office.token)).items.map((x: { id: string }) => x.id)).toContain(c.id)

    // The office corrects the split (the last article's words) at the version read, renumbered in order.
    const edited = c.articles.map((a: { heading: string | null; text: string }) => ({ heading: a.heading, text: a.text }))
    edited[4] = { heading: '第二章 停放充电', text: '本条例自2027年1月1日起施行。' }
    expect(await call('legislation', { action: 'editArticles', id: c.id, version: c.version + 1, articles: edited }, t.office.token)).toMatchObject({ code: 'CONFLICT' })
    c = s(await call('legislation', { action: 'editArticles', id: c.id, version: c.version, articles: edited }, t.office.token))
    expect(c.articles[4]).toMatchObject({ label: '第五条', text: '本条例自2027年1月1日起施行。' })
    expect(c.articles[1].currentText).toBe('本办法适用于本市行政区域内电动自行车的销售和登记管理。')
    c = s(await call('legislation', { action: 'publish', id: c.id, version: c.version }, t.office.token))
    expect(c.status).toBe('open')
    expect(await call('legislation', { action: 'editArticles', id: c.id, version: c.version, articles: edited }, t.office.token)).toMatchObject({ code: 'CONFLICT' })
    // Anyone reads it now, by id or by the code on its poster, and finds it listed.
    expect(s(await call('legislation', { action: 'get', code: c.code })).id).toBe(c.id)
    expect(s(await call('legislation', { action: 'list' }, t.resident.token)).items).toEqual(expect.arrayContaining([expect.objectContaining({ id: c.id, status: 'open', articles: 5 })]))
  })

  it('takes residents’ comments on articles and the whole draft: each sees their own words and the counts by person; the team reads them all', async () => {
    const { call, t, db } = env
    const c = (await db.query<{ id: string }>(`select id from consultations where status = 'open' order by created_at desc limit 1`))[0]
    let view = s(await call('legislation', { action: 'get', id: c.id }, t.resident.token))
    const parking = view.articles[2].id
    const [a, b] = await Promise.all([accountWith(db, 'resident'), accountWith(db, 'resident')])
    // One resident twice on 第三条 (its second 款), once on the whole draft; another once on 第三条 with a phone, with consent.
    s(await call('legislation', { action: 'comment', id: c.id, articleId: parking, clause: 2, text: '楼道禁止停放要给出替代的停放地点' }, a.token))
    s(await call('legislation', { action: 'comment', id: c.id, articleId: parking, text: '充电场所应当有人管理，防止起火' }, a.token))
    s(await call('legislation', { action: 'comment', id: c.id, text: '建议条例对老旧小区给予补贴' }, a.token))
    expect(await call('legislation', { action: 'comment', id: c.id, articleId: parking, text: '小区空间不够怎么办', phone: '13912345678' }, b.token)).toMatchObject({ code: 'VALIDATION', message: '留下手机号前，请先同意提供给联系点工作人员' })
    view = s(await call('legislation', { action: 'comment', id: c.id, articleId: parking, text: '小区空间不够怎么办', name: '李大爷', phone: '13912345678', phoneConsent: true }, b.token))
    expect(await call('legislation', { action: 'comment', id: c.id, articleId: '00000000-0000-4000-8000-000000000000', text: '这一条不存在' }, b.token)).toMatchObject({ code: 'VALIDATION' })
    expect(await call('legislation', { action: 'comment', id: c.id, text: '不登录也想说两句' })).toMatchObject({ code: 'UNAUTHENTICATED' })

    // Counts by person: two people on 第三条, one on the whole draft; each reads only their own words.
    expect(view.articles[2].commenters).toBe(2)
    expect(view.generalCommenters).toBe(1)
    expect(view.mine.map((m: { text: string }) => m.text)).toEqual(['小区空间不够怎么办'])
    const mineA = s(await call('legislation', { action: 'get', id: c.id }, a.token)).mine
    expect(mineA).toEqual([
      expect.objectContaining({ articleId: parking, clause: 2, text: '楼道禁止停放要给出替代的停放地点' }),
      expect.objectContaining({ articleId: parking, clause: null }),
      expect.objectContaining({ articleId: null, text: '建议条例对老旧小区给予补贴' }),
    ])
    expect(JSON.stringify(s(await call('legislation', { action: 'get', id: c.id })))).not.toContain('李大爷')

    // The team: the office and the points' staff read every comment, the phone where it was left (the read audited); nobody else.
    const all = s(await call('legislation', { action: 'comments', id: c.id }, t.staff.token)).items
    expect(all).toHaveLength(4)
    expect(all.find((x: { name: string | null }) => x.name === '李大爷')).toMatchObject({ phone: '13912345678', articleLabel: '第三条' })
    expect(s(await call('legislation', { action: 'comments', id: c.id, articleId: parking }, t.office.token)).items).toHaveLength(3)
    const reads = (await call('audit', { action: 'search', kind: 'phone.read' }, admin.token)).data.items
    expect(reads.some((r: { detail: string }) => r.detail.includes('立法意见'))).toBe(true)
    for (const who of [t.resident, t.department, a]) expect(await call('legislation', { action: 'comments', id: c.id }, who.token)).toMatchObject({ code: 'FORBIDDEN' })
    const far = await one<{ id: string }>(`select id from stations where district_id = $1 and id <> all($2::uuid[]) limit 1`, [t.deputy.user.districtId, points.map((p) => p.id)])
    const farStaff = await accountWith(db, 'staff', { station_id: far.id, district_id: t.deputy.user.districtId })
    expect(await call('legislation', { action: 'comments', id: c.id }, farStaff.token)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('ends the comment period by its deadline or early; a contact point’s staff manage only their own draft', async () => {
    const { call, t, db } = env
    const c = (await db.query<{ id: string; deadline: string }>(`select id, to_char(deadline, 'YYYY-MM-DD') as deadline from consultations where status = 'open' order by created_at desc limit 1`))[0]
    // The day after its deadline, it is closed by itself.
    const later = caller(db, { now: () => new Date(Date.parse(`${c.deadline}T10:00:00+08:00`) + 86_400_000) })
    expect(s(await later('legislation', { action: 'get', id: c.id })).status).toBe('closed')
    expect(await later('legislation', { action: 'comment', id: c.id, text: '截止以后再提的意见' }, t.resident.token)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('征求意见已结束') })

    // A point's staff put up a draft sent down to them; the other point's staff may not touch it, the office may.
    const other = await accountWith(db, 'staff', { station_id: points[1].id, district_id: t.deputy.user.districtId })
    const mine = s(await call('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: inDays(10), text: '第一条　为了规范养犬行为，制定本条例。\n第二条　本条例自公布之日起施行。', stationCodes: [points[0].code] }, t.staff.token))
    expect(await call('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '法工委', deadline: inDays(10), text: '第一条　为了规范养犬行为，制定本条例。', stationCodes: [points[0].code] }, other.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('legislation', { action: 'publish', id: mine.id, version: mine.version }, other.token)).toMatchObject({ code: 'FORBIDDEN' })
    const open = s(await call('legislation', { action: 'publish', id: mine.id, version: mine.version }, t.staff.token))
    expect(open.status).toBe('open')
    expect(await call('legislation', { action: 'close', id: mine.id }, other.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(s(await call('legislation', { action: 'close', id: mine.id }, t.office.token)).status).toBe('closed')
    expect(await call('legislation', { action: 'comment', id: mine.id, text: '关闭以后再提的意见' }, t.resident.token)).toMatchObject({ code: 'CONFLICT' })
  })

  it('records a forum (座谈会) at a contact point: each opinion voiced a comment on its article, under the speaker’s name, and no case', async () => {
    const { call, t, db } = env
    const c = (await db.query<{ id: string }>(`select id from consultations where status = 'open' and station_id is null order by created_at limit 1`))[0]
    const view = s(await call('legislation', { action: 'get', id: c.id }))
    const stationId = t.staff.user.stationId
    const today = inDays(0)
    const forum = { action: 'post', stationId, theme: '电动自行车管理条例草案座谈会', place: '联络站二楼会议室', schedule: { rule: { kind: 'once', date: today }, start: '00:00', end: '23:59', workdayShift: false } }
    // Only on a draft open at this station.
    const closed = (await db.query<{ id: string }>(`select id from consultations where status = 'closed' limit 1`))[0]
    expect(await call('notices', { ...forum, consultationId: closed.id }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '请选择本联系点正在征求意见的草案' })
    const notice = s(await call('notices', { ...forum, consultationId: c.id }, t.staff.token))
    expect(notice.consultationId).toBe(c.id)
    const before = view.articles[2].commenters
    const cases = async () => (await db.query<{ n: number }>('select count(*)::int as n from cases where notice_id = $1', [notice.id]))[0].n
    s(await call('notices', {
      action: 'record', id: notice.id, day: today, minutes: '召开电动自行车管理条例草案座谈会，12 位居民和 2 位代表参加，逐条讨论。', attendance: 12,
      requests: [
        { articleId: view.articles[2].id, text: '小区里应当规定充电桩的数量标准', name: '刘师傅' },
        { text: '条例整体很有必要，希望加大宣传', name: '王阿姨', phone: '13611112222' },
      ],
    }, t.staff.token))
    expect(await cases()).toBe(0)
    const after = s(await call('legislation', { action: 'get', id: c.id }))
    expect(after.articles[2].commenters).toBe(before + 1)
    const said = s(await call('legislation', { action: 'comments', id: c.id }, t.office.token)).items as { name: string; text: string; entered: boolean; phone: string | null; articleLabel: string | null }[]
    expect(said.find((m) => m.name === '刘师傅')).toMatchObject({ entered: true, articleLabel: '第三条', text: '小区里应当规定充电桩的数量标准' })
    expect(said.find((m) => m.name === '王阿姨')).toMatchObject({ entered: true, articleLabel: null, phone: '13611112222' })
  })
})
