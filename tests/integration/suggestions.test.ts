import { BACKENDS } from '../support/backends'
import { encryptPhone } from '../../server/privacy/phone'
import { accountWith, TEST_PHONE_KEY, dataOf as s } from '../support/call'
import { filing, withTeam } from '../support/loop'

jest.setTimeout(120_000)

/**
 * 建议办理 from end to end, every role by its own account: three residents' cases become 王建国's
 * suggestion, 附议 by a colleague, reviewed and handed (交办) to a lead and an assisting unit, signed,
 * the deputy contacted, the assisting unit's view, an answer of class B, 不满意 and one re-handling,
 * 基本满意 — and each resident reads in their own case what became of it.
 */
describe.each(BACKENDS)('建议办理 on $name', (backend) => {
  const env = withTeam(backend)
  const one = async <T>(sql: string, args: unknown[] = []) => (await env.db.query<T>(sql, args))[0]
  let colleague: { token: string }
  let silent: { token: string }
  let outsider: { token: string }
  let lead: string, assist: string, assistant: { token: string }
  let residents: { token: string; userId: string }[]
  let caseIds: string[]

  beforeAll(async () => {
    const { db, call, t } = env
    // 附议: another deputy of the district; a deputy of another station who has nothing to do with it.
    const other = await one<{ id: string; code: string }>(`select id, code from deputies where code = 'LZ002'`)
    colleague = await accountWith(db, 'deputy', { deputy_id: other.id, district_id: t.deputy.user.districtId })
    // Invited to 附议 but never answering.
    const third = await one<{ id: string }>(`select id from deputies where code = 'LZ003'`)
    silent = await accountWith(db, 'deputy', { deputy_id: third.id, district_id: t.deputy.user.districtId })
    const far = await one<{ id: string }>(`select id from deputies where code = 'LZ030'`)
    outsider = await accountWith(db, 'deputy', { deputy_id: far.id, district_id: t.deputy.user.districtId })
    lead = t.department.user.departmentId!
    assist = (await one<{ id: string }>('select id from departments where district_id = $1 and id <> $2 order by code limit 1', [t.deputy.user.districtId, lead])).id
    assistant = await accountWith(db, 'department', { department_id: assist, district_id: t.deputy.user.districtId })
    // Three residents, each with a case to 王建国 about the same lane.
    residents = await Promise.all([0, 1, 2].map(() => accountWith(db, 'resident')))
    caseIds = []
    for (const [i, r] of residents.entries()) {
      // The first lets other residents read it and names a place; the others keep their words to themselves.
      const open = i === 0 ? { showPublicly: true, location: { latitude: 36.195123, longitude: 113.120456, name: '凌燕巷 12 号门口' } } : {}
      const filed = await call('cases', filing({ category: '道路交通', text: `凌燕巷路肩塌了第${i + 1}处，下雨天积水，老人走路容易摔倒，电话13912345678`, ...open }), r.token)
      caseIds.push(filed.data.id)
    }
  })

  it('takes three residents’ cases from draft to a re-handled answer the deputy rates, and tells each resident in their own case', async () => {
    const { call, t } = env
    const draft = s(await call('suggestions', {
      action: 'draft', title: '关于修整凌燕巷道路路肩的建议', category: '道路交通',
      situation: '凌燕巷路肩多处塌陷，三位居民先后反映，雨天积水，老人出行不便。',
      proposal: '请区住建局对凌燕巷路肩进行整体修整，并完善排水设施。', caseIds, coDeputyCodes: ['LZ002', 'LZ003'],
    }, t.deputy.token))
    expect(draft).toMatchObject({
      status: 'draft', number: null, residents: 3,
      deputies: [{ code: 'LZ001', role: 'lead' }, { code: 'LZ002', role: 'co', status: 'invited' }, { code: 'LZ003', role: 'co', status: 'invited' }],
    })
    // The invited deputy reads it and signs; one with no part in it does not see it at all.
    expect(await call('suggestions', { action: 'get', id: draft.id }, outsider.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(s(await call('suggestions', { action: 'cosign', id: draft.id, accept: true }, colleague.token)).deputies[1]).toMatchObject({ code: 'LZ002', status: 'confirmed' })
    // Only the 领衔 deputy submits; the office does not see a draft.
    expect(await call('suggestions', { action: 'submit', id: draft.id, version: draft.version }, colleague.token)).toMatchObject({ code: 'CONFLICT', message: '只有领衔代表可以这样做' })
    expect(await call('suggestions', { action: 'get', id: draft.id }, t.office.token)).toMatchObject({ code: 'NOT_FOUND' })
    const fresh = s(await call('suggestions', { action: 'get', id: draft.id }, t.deputy.token))
    const submitted = s(await call('suggestions', { action: 'submit', id: draft.id, version: fresh.version }, t.deputy.token))
    expect(submitted.number).toMatch(/^LZ-JY-\d{4}-\d{4}$/)

    // The first resident allowed one subscribe message; the others did not.
    await env.db.query(`insert into subscribe_quota (user_id, template_id, remaining) values ($1, 'tmpl-status', 1)`, [residents[0].userId])
    const accepted = s(await call('suggestions', { action: 'review', id: draft.id, version: submitted.version, outcome: 'accept' }, t.office.token))
    expect(accepted.status).toBe('accepted')
    // 交办: a unit of the district as lead and another assisting; due in three months, on a working day.
    const assigned = s(await call('suggestions', { action: 'assign', id: draft.id, version: accepted.version, leadDepartmentId: lead, assistDepartmentIds: [assist] }, t.office.token))
    expect(assigned).toMatchObject({ status: 'assigned', units: [{ id: lead, role: 'lead', signedAt: null }, { id: assist, role: 'assist' }] })
    expect(Date.parse(assigned.dueOn) - Date.now()).toBeGreaterThan(85 * 86_400_000)
    const pushes = await env.db.query<{ user_id: string; kind: string; page: string; vals: { status: string; title: string } }>(`select user_id, kind, page, vals from outbox where user_id = any($1::uuid[])`, [residents.map((r) => r.userId)])
    expect(pushes).toEqual([{ user_id: residents[0].userId, kind: 'status', page: `/pages/case/index?id=${caseIds[0]}`, vals: expect.objectContaining({ status: '已纳入代表建议', title: '关于修整凌燕巷道路路肩的建议' }) }])
    for (const r of residents) {
      const [m] = (await call('messages', { action: 'list' }, r.token)).data.items
      expect(m).toMatchObject({ title: '您反映的问题有了进展', body: expect.stringContaining('纳入代表建议《关于修整凌燕巷道路路肩的建议》') })
    }

    // The unit signs, may not answer before it contacted the deputy, contacts, hears the assisting unit, answers B.
    expect(await call('suggestions', { action: 'answer', id: draft.id, version: assigned.version, grade: 'B', text: '已列入明年道路维修计划，先行临时修补。', public: true }, t.department.token))
      .toMatchObject({ code: 'CONFLICT', message: '请先签收这条建议' })
    s(await call('suggestions', { action: 'sign', id: draft.id }, t.department.token))
    const signed = s(await call('suggestions', { action: 'sign', id: draft.id }, assistant.token))
    expect(await call('suggestions', { action: 'answer', id: draft.id, version: signed.version, grade: 'B', text: '已列入明年道路维修计划，先行临时修补。', public: true }, t.department.token))
      .toMatchObject({ code: 'CONFLICT', message: '答复前请先联系代表，并登记联系情况' })
    expect(await call('suggestions', { action: 'contact', id: draft.id, way: '走访', at: new Date().toISOString(), note: '到凌燕巷现场与代表一同查看' }, assistant.token))
      .toMatchObject({ code: 'CONFLICT', message: '只有主办单位可以这样做' })
    // To contact them, the lead unit reads the signing deputies' phones, each read audited; the assisting unit may not.
    await env.db.query(`update deputies set phone_enc = $1 where code = 'LZ001'`, [encryptPhone('13800138001', TEST_PHONE_KEY)])
    expect(await call('suggestions', { action: 'phones', id: draft.id }, assistant.token)).toMatchObject({ code: 'CONFLICT', message: '只有主办单位可以这样做' })
    expect(s(await call('suggestions', { action: 'phones', id: draft.id }, t.department.token)).items).toEqual([
      { code: 'LZ001', name: '王建国', phone: '13800138001' }, { code: 'LZ002', name: expect.any(String), phone: null },
    ])
    const [read] = await env.db.query<{ detail: string }>(`select detail from audit_log where kind = 'phone.read' and subject_id = $1`, [draft.id])
    expect(read.detail).toContain('王建国')
    s(await call('suggestions', { action: 'contact', id: draft.id, way: '走访', at: new Date(Date.now() - 3_600_000).toISOString(), note: '到凌燕巷现场与代表一同查看' }, t.department.token))
    s(await call('suggestions', { action: 'assistView', id: draft.id, text: '排水设施改造可纳入明年雨污分流工程统筹安排。' }, assistant.token))
    const before = s(await call('suggestions', { action: 'get', id: draft.id }, t.department.token))
    expect(before.units[1].view).toBe('排水设施改造可纳入明年雨污分流工程统筹安排。')
    // The unit reads the evidence as any resident could: the words one author allowed, redacted, the place to about 100 m, no phone.
    expect(before.evidence).toMatchObject({ categories: ['道路交通'], unshown: 2, points: [{ latitude: 36.195, longitude: 113.12 }] })
    expect(before.evidence.excerpts).toEqual([expect.stringContaining('凌燕巷路肩塌了第1处')])
    expect(JSON.stringify(before)).not.toMatch(/13912345678|凌燕巷 12 号|塌了第2处/)
    const answered = s(await call('suggestions', { action: 'answer', id: draft.id, version: before.version, grade: 'B', text: '已列入明年道路维修计划，先行临时修补。', public: true }, t.department.token))
    expect(answered).toMatchObject({ status: 'answered', grade: 'B', answers: [{ round: 1, grade: 'B' }] })

    // 不满意 from the 领衔 deputy sends it back once, due in a month; the 附议 deputy's rating is recorded.
    expect(await call('suggestions', { action: 'evaluate', id: draft.id, version: answered.version, rating: '满意', contactRating: '满意' }, outsider.token)).toMatchObject({ code: 'NOT_FOUND' })
    // One who was invited but never signed it does not rate it.
    expect(await call('suggestions', { action: 'evaluate', id: draft.id, version: answered.version, rating: '不满意', contactRating: '不满意', comment: '没有参与' }, silent.token))
      .toMatchObject({ code: 'CONFLICT', message: '只有提出或附议这条建议的代表可以这样做' })
    const cosigned = s(await call('suggestions', { action: 'evaluate', id: draft.id, version: answered.version, rating: '基本满意', contactRating: '满意' }, colleague.token))
    expect(cosigned.status).toBe('answered')
    const back = s(await call('suggestions', { action: 'evaluate', id: draft.id, version: cosigned.version, rating: '不满意', contactRating: '基本满意', comment: '临时修补不能解决积水' }, t.deputy.token))
    expect(back.status).toBe('rehandling')
    expect(Date.parse(back.dueOn) - Date.now()).toBeLessThan(40 * 86_400_000)
    // The re-handling needs its own contact; then the second answer is final.
    expect(await call('suggestions', { action: 'answer', id: draft.id, version: back.version, grade: 'A', text: '已完成路肩整体修整并新建排水沟。', public: true }, t.department.token))
      .toMatchObject({ code: 'CONFLICT', message: '答复前请先联系代表，并登记联系情况' })
    s(await call('suggestions', { action: 'contact', id: draft.id, way: '电话', at: new Date().toISOString(), note: '电话告知代表整改方案' }, t.department.token))
    const again = s(await call('suggestions', { action: 'get', id: draft.id }, t.department.token))
    const final = s(await call('suggestions', { action: 'answer', id: draft.id, version: again.version, grade: 'A', text: '已完成路肩整体修整并新建排水沟。', public: true }, t.department.token))
    const closed = s(await call('suggestions', { action: 'evaluate', id: draft.id, version: final.version, rating: '基本满意', contactRating: '满意' }, t.deputy.token))
    expect(closed).toMatchObject({ status: 'closed', grade: 'A', answers: [{ round: 1, grade: 'B' }, { round: 2, grade: 'A' }] })
    expect(await call('suggestions', { action: 'evaluate', id: draft.id, version: closed.version, rating: '满意', contactRating: '满意' }, t.deputy.token))
      .toMatchObject({ code: 'CONFLICT', message: '您已经评价过这次答复了' })
    expect(closed.events.map((e: { label: string }) => e.label)).toEqual([
      '起草', '附议', '提交', '审查通过', '交办', '签收', '签收', '联系代表', '协办意见', '答复', '评价', '评价', '联系代表', '答复', '评价',
    ])

    // Each resident heard of the 交办, both answers and the re-handling, on their own case.
    for (const [i, r] of residents.entries()) {
      const items = (await call('messages', { action: 'list' }, r.token)).data.items as { title: string; body: string; caseId?: string }[]
      const about = items.filter((m) => m.body.includes('关于修整凌燕巷道路路肩的建议'))
      expect(about.map((m) => m.title).reverse()).toEqual(['您反映的问题有了进展', '您反映的问题有了答复', '您反映的问题将重新办理', '您反映的问题有了答复'])
      const [{ n }] = await env.db.query<{ n: number }>('select count(*)::int as n from messages where user_id = $1 and case_id = $2 and body like $3', [r.userId, caseIds[i], '%凌燕巷%'])
      expect(n).toBe(4)
    }

    // Each resident's own case shows the suggestion and how it ended.
    const theirs = (await call('cases', { action: 'get', id: caseIds[0] }, residents[0].token)).data
    expect(theirs.suggestions).toEqual([{ id: draft.id, number: submitted.number, title: '关于修整凌燕巷道路路肩的建议', status: 'closed', grade: 'A', answer: '已完成路肩整体修整并新建排水沟。' }])

    // The public reads it without a resident's words; a unit it was not handed to does not.
    const published = (await call('suggestions', { action: 'public' })).data.items.find((x: { id: string }) => x.id === draft.id)
    expect(published).toMatchObject({ number: submitted.number, deputies: ['王建国', expect.any(String)], grade: 'A', answer: '已完成路肩整体修整并新建排水沟。', residents: 3 })
    expect(JSON.stringify(published)).not.toContain('凌燕巷路肩塌了')
    // Its own page, and its deputies' lists; one never published is not found.
    expect((await call('suggestions', { action: 'public', id: draft.id })).data.items).toEqual([expect.objectContaining({ id: draft.id, grade: 'A' })])
    expect((await call('suggestions', { action: 'public', deputyCode: 'LZ002' })).data.items.map((x: { id: string }) => x.id)).toContain(draft.id)
    expect((await call('suggestions', { action: 'public', deputyCode: 'LZ030' })).data.items.map((x: { id: string }) => x.id)).not.toContain(draft.id)
    const stranger = await accountWith(env.db, 'department', { department_id: (await one<{ id: string }>('select id from departments where district_id = $1 and id <> all($2::uuid[]) limit 1', [t.deputy.user.districtId, [lead, assist]])).id, district_id: t.deputy.user.districtId })
    expect(await call('suggestions', { action: 'get', id: draft.id }, stranger.token)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await call('suggestions', { action: 'list' }, stranger.token)).data.items.map((x: { id: string }) => x.id)).not.toContain(draft.id)
    expect((await call('suggestions', { action: 'list' }, t.department.token)).data.items.map((x: { id: string }) => x.id)).toContain(draft.id)
  })

  it('并案: two deputies’ identical suggestions are handled as one, and each deputy rates the one answer; a returned one is revised and resubmitted', async () => {
    const { call, t } = env
    const colleagueCase = (await call('cases', filing({ deputyCode: 'LZ002', category: '道路交通', text: '凌燕巷西口路灯不亮，晚上出行不安全' }), residents[0].token)).data.id
    const draft = (token: string, caseIds: string[]) =>
      call('suggestions', { action: 'draft', title: '关于凌燕巷夜间照明的建议', category: '道路交通', situation: '凌燕巷夜间照明不足，群众反映强烈。', proposal: '请有关部门增设路灯并定期维护。', caseIds }, token)
    const mine = s(await draft(t.deputy.token, [caseIds[0]]))
    const theirs = s(await draft(colleague.token, [colleagueCase]))
    // Returned for revision with a reason, revised, submitted again.
    const first = s(await call('suggestions', { action: 'submit', id: mine.id, version: mine.version }, t.deputy.token))
    expect(await call('suggestions', { action: 'review', id: mine.id, version: first.version, outcome: 'return' }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '退回或转为来信请说明理由' })
    const returned = s(await call('suggestions', { action: 'review', id: mine.id, version: first.version, outcome: 'return', reason: '请补充路灯数量' }, t.office.token))
    expect(returned.status).toBe('returned')
    const revised = s(await call('suggestions', { action: 'draft', id: mine.id, version: returned.version, title: '关于凌燕巷夜间照明的建议', category: '道路交通', situation: '凌燕巷约 300 米无路灯，群众反映强烈。', proposal: '请有关部门增设路灯并定期维护。', caseIds: [caseIds[0]] }, t.deputy.token))
    s(await call('suggestions', { action: 'submit', id: mine.id, version: revised.version }, t.deputy.token))
    const t2 = s(await call('suggestions', { action: 'get', id: theirs.id }, colleague.token))
    s(await call('suggestions', { action: 'submit', id: theirs.id, version: t2.version }, colleague.token))

    const merged = s(await call('suggestions', { action: 'merge', ids: [mine.id, theirs.id] }, t.office.token))
    expect(merged.deputies.map((d: { code: string; role: string }) => `${d.code}:${d.role}`)).toEqual(['LZ001:lead', 'LZ002:co'])
    expect(merged.cases.map((c: { id: string }) => c.id).sort()).toEqual([caseIds[0], colleagueCase].sort())
    expect((await one<{ status: string; merged_into: string }>('select status, merged_into from suggestions where id = $1', [theirs.id]))).toEqual({ status: 'merged', merged_into: mine.id })

    const accepted = s(await call('suggestions', { action: 'review', id: mine.id, version: merged.version, outcome: 'accept' }, t.office.token))
    s(await call('suggestions', { action: 'assign', id: mine.id, version: accepted.version, leadDepartmentId: lead }, t.office.token))
    s(await call('suggestions', { action: 'sign', id: mine.id }, t.department.token))
    s(await call('suggestions', { action: 'contact', id: mine.id, way: '座谈', at: new Date().toISOString(), note: '与两位代表座谈' }, t.department.token))
    const now = s(await call('suggestions', { action: 'get', id: mine.id }, t.department.token))
    const answered = s(await call('suggestions', { action: 'answer', id: mine.id, version: now.version, grade: 'A', text: '已增设路灯 12 盏并纳入日常维护。', public: false }, t.department.token))
    // Each deputy of the merged pair rates the one answer.
    const one1 = s(await call('suggestions', { action: 'evaluate', id: mine.id, version: answered.version, rating: '满意', contactRating: '满意' }, colleague.token))
    const done = s(await call('suggestions', { action: 'evaluate', id: mine.id, version: one1.version, rating: '满意', contactRating: '满意' }, t.deputy.token))
    expect(done.status).toBe('closed')
    expect(done.deputies.map((d: { rating: string }) => d.rating)).toEqual(['满意', '满意'])
    // A private answer stays off the public list.
    const published = (await call('suggestions', { action: 'public' })).data.items.find((x: { id: string }) => x.id === mine.id)
    expect(published.answer).toBeNull()
  })

  it('a B answer reports its progress until done, heard by the residents and the followers; the office can keep an answer off the public page', async () => {
    const { call, t } = env
    const filed = (await call('cases', filing({ category: '道路交通', text: '太东街道菜市场门口没有红绿灯，过马路很危险' }), residents[1].token)).data.id
    let x = s(await call('suggestions', { action: 'draft', title: '关于菜市场路口增设信号灯的建议', category: '道路交通', situation: '菜市场路口人流量大，没有信号灯。', proposal: '请交警部门增设信号灯和人行横道。', caseIds: [filed] }, t.deputy.token))
    x = s(await call('suggestions', { action: 'submit', id: x.id, version: x.version }, t.deputy.token))
    // Nobody follows what is not yet published.
    expect(await call('suggestions', { action: 'follow', id: x.id, on: true }, residents[2].token)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await call('suggestions', { action: 'public', id: x.id })).toMatchObject({ code: 'NOT_FOUND', message: '没有找到这条建议，或它还没有公开' })
    x = s(await call('suggestions', { action: 'review', id: x.id, version: x.version, outcome: 'accept' }, t.office.token))
    x = s(await call('suggestions', { action: 'assign', id: x.id, version: x.version, leadDepartmentId: lead }, t.office.token))
    expect(await call('suggestions', { action: 'follow', id: x.id, on: true })).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(s(await call('suggestions', { action: 'follow', id: x.id, on: true }, residents[2].token))).toEqual({ following: true })
    s(await call('suggestions', { action: 'sign', id: x.id }, t.department.token))
    s(await call('suggestions', { action: 'contact', id: x.id, way: '电话', at: new Date().toISOString(), note: '电话联系代表' }, t.department.token))
    x = s(await call('suggestions', { action: 'get', id: x.id }, t.department.token))
    // Not before a B answer, and only by the lead unit.
    expect(await call('suggestions', { action: 'progress', id: x.id, percent: 10, note: '已完成勘查' }, t.department.token)).toMatchObject({ code: 'CONFLICT' })
    x = s(await call('suggestions', { action: 'answer', id: x.id, version: x.version, grade: 'B', text: '已列入今年信号灯建设计划，年底前完成。', public: true }, t.department.token))
    expect(await call('suggestions', { action: 'progress', id: x.id, percent: 40, note: '已完成设计' }, assistant.token)).toMatchObject({ code: 'NOT_FOUND' })
    s(await call('suggestions', { action: 'progress', id: x.id, percent: 40, note: '信号灯设计完成，已招标' }, t.department.token))
    x = s(await call('suggestions', { action: 'progress', id: x.id, percent: 100, note: '信号灯已安装使用', done: true }, t.department.token))
    expect(await call('suggestions', { action: 'progress', id: x.id, percent: 100, note: '再报一次进展' }, t.department.token))
      .toMatchObject({ code: 'CONFLICT', message: '只有 B 类答复或重点督办、且尚未办结的建议需要报告办理进展' })
    expect(x.events.filter((e: { label: string }) => e.label === '办理进展').map((e: { note: string }) => e.note)).toEqual(['40%', '100%，已办结'])
    const heard = async (token: string) => ((await call('messages', { action: 'list' }, token)).data.items as { body: string }[]).map((m) => m.body)
    expect(await heard(residents[1].token)).toEqual(expect.arrayContaining(['代表建议《关于菜市场路口增设信号灯的建议》办理进展 40%：信号灯设计完成，已招标', '代表建议《关于菜市场路口增设信号灯的建议》已办结：信号灯已安装使用']))
    expect(await heard(residents[2].token)).toEqual(expect.arrayContaining(['代表建议《关于菜市场路口增设信号灯的建议》已办结：信号灯已安装使用']))

    // The office keeps the answer off the public page and the case's page; the suggestion stays listed.
    const answerShown = async () => (await call('suggestions', { action: 'public' })).data.items.find((p: { id: string }) => p.id === x.id).answer
    expect(await answerShown()).toBe('已列入今年信号灯建设计划，年底前完成。')
    const page = async () => (await call('suggestions', { action: 'public', id: x.id })).data.items[0]
    expect((await page()).progress.map((p: { percent: number }) => p.percent)).toEqual([40, 100])
    expect(await call('suggestions', { action: 'withhold', id: x.id, reason: '涉及未公开的建设计划' }, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })
    s(await call('suggestions', { action: 'withhold', id: x.id, reason: '涉及未公开的建设计划' }, t.office.token))
    expect(await answerShown()).toBeNull()
    expect((await page()).progress).toEqual([])
    expect((await call('cases', { action: 'get', id: filed }, residents[1].token)).data.suggestions[0].answer).toBeNull()

    // A follower who ends their account follows nothing more.
    s(await call('auth', { action: 'deleteAccount', confirm: '注销' }, residents[2].token))
    expect(await env.db.query('select 1 from suggestion_followers where user_id = $1', [residents[2].userId])).toEqual([])
  })

  it('builds only on the deputy’s own and station’s cases; a deputy drafts, or their station’s staff prepare a draft the deputy alone submits', async () => {
    const { call, t } = env
    const elsewhere = await accountWith(env.db, 'resident')
    const far = await one<{ code: string }>(`select code from deputies where code = 'LZ030'`)
    const foreign = (await call('cases', filing({ deputyCode: far.code, text: '别的联络站的诉求，和这位代表没有关系的问题' }), elsewhere.token)).data.id
    const base = { action: 'draft', title: '关于某某问题的建议', category: '道路交通', situation: '情况说明情况说明情况说明', proposal: '建议内容建议内容建议内容' }
    expect(await call('suggestions', { ...base, caseIds: [foreign] }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '只能关联本人或本站的诉求' })
    expect(await call('suggestions', { ...base, caseIds: [] }, elsewhere.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有代表本人或本站工作人员可以起草建议' })
    // Station staff prepare a draft for their own station's deputy, who is told and alone submits it.
    expect(await call('suggestions', { ...base, caseIds: [] }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '请选择为本站哪位代表准备建议草稿' })
    expect(await call('suggestions', { ...base, caseIds: [], deputyCode: far.code }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    const prepared = (await call('suggestions', { ...base, caseIds: [], deputyCode: 'LZ001' }, t.staff.token)).data
    expect(prepared).toMatchObject({ status: 'draft', deputies: [{ code: 'LZ001', role: 'lead' }], events: [{ label: '起草', note: '联络站工作人员代为准备' }] })
    const told = (await call('messages', { action: 'list' }, t.deputy.token)).data.items as { title: string; body: string }[]
    expect(told).toEqual(expect.arrayContaining([expect.objectContaining({ title: '建议草稿待您修改提交', body: expect.stringContaining('关于某某问题的建议') })]))
    const edited = (await call('suggestions', { ...base, id: prepared.id, version: prepared.version, title: '关于某某问题的改进建议', caseIds: [] }, t.staff.token)).data
    expect(await call('suggestions', { action: 'submit', id: prepared.id, version: edited.version }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect((await call('suggestions', { action: 'submit', id: prepared.id, version: edited.version }, t.deputy.token)).data).toMatchObject({ status: 'submitted', title: '关于某某问题的改进建议' })
    expect(await call('suggestions', { ...base, caseIds: [], coDeputyCodes: ['NOPE99'] }, t.deputy.token)).toMatchObject({ code: 'VALIDATION' })
  })

  it('groups: proposes the three residents’ cases as one, to the deputy and their station’s staff, and to nobody else', async () => {
    const { call, t } = env
    type Group = { caseIds: string[]; residents: number; category: string; words: string[]; span: { from: string; to: string } }
    const groups = async (token: string, e: Record<string, unknown> = {}) => (await call('suggestions', { action: 'groups', ...e }, token))
    const lane = (items: Group[]) => items.find((g) => caseIds.every((id) => g.caseIds.includes(id)))
    for (const token of [t.deputy.token, t.staff.token]) {
      const r = await groups(token)
      if (r.code !== 'OK') throw new Error(r.message)
      const found = lane(r.data.items)
      expect(found).toMatchObject({ residents: 3, category: '道路交通', words: expect.arrayContaining(['凌燕', '路肩']) })
      expect(found!.span.from <= found!.span.to).toBe(true)
    }
    expect(lane((await groups(t.deputy.token, { q: '路肩', category: '道路交通' })).data.items)).toBeDefined()
    expect((await groups(t.deputy.token, { category: '环境卫生' })).data.items.filter((g: Group) => g.caseIds.some((id) => caseIds.includes(id)))).toEqual([])
    expect(lane((await groups(outsider.token)).data.items)).toBeUndefined()
    expect(await groups(t.department.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await groups(residents[0].token)).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('similar: while drafting, shows the district’s published suggestions of earlier years most like the words, not this year’s nor a draft', async () => {
    const { call, t, db } = env
    const filed = (await call('cases', filing({ category: '道路交通', text: '城东老街路灯全坏了，晚上一片漆黑' }), residents[0].token)).data.id
    let old = s(await call('suggestions', { action: 'draft', title: '关于城东老街路灯改造的建议', category: '道路交通', situation: '城东老街路灯损坏严重，夜间出行不便。', proposal: '请对城东老街路灯进行整体改造。', caseIds: [filed] }, t.deputy.token))
    old = s(await call('suggestions', { action: 'submit', id: old.id, version: old.version }, t.deputy.token))
    old = s(await call('suggestions', { action: 'review', id: old.id, version: old.version, outcome: 'accept' }, t.office.token))
    old = s(await call('suggestions', { action: 'assign', id: old.id, version: old.version, leadDepartmentId: lead }, t.office.token))
    const asking = { action: 'similar', q: '关于城东老街路灯维修的建议 请维修城东老街路灯', category: '道路交通' }
    // Handed out this year: not yet "past".
    expect(s(await call('suggestions', asking, t.deputy.token)).items.map((x: { id: string }) => x.id)).not.toContain(old.id)
    await db.query(`update suggestions set assigned_at = assigned_at - interval '1 year' where id = $1`, [old.id])
    const found = s(await call('suggestions', asking, t.staff.token)).items
    expect(found[0]).toMatchObject({ id: old.id, title: '关于城东老街路灯改造的建议', status: 'assigned', year: Number(old.number.slice(6, 10)) - 1 })
    expect(s(await call('suggestions', { ...asking, q: '关于增设社区医院的建议' }, t.deputy.token)).items.map((x: { id: string }) => x.id)).not.toContain(old.id)
    expect(await call('suggestions', asking, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })
  })
})
