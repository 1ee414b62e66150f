import { BACKENDS } from '../support/backends'
import { accountWith, dataOf as s } from '../support/call'
import { withTeam } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'

jest.setTimeout(120_000)

const QUIZ = [
  { q: '县级人大代表每届任期几年', options: ['三年', '五年'], answer: 1 },
  { q: '代表应当与原选区选民保持密切联系吗', options: ['应当', '不必'], answer: 0 },
  { q: '代表建议由谁交有关机关办理', options: ['常委会办事机构', '代表本人'], answer: 0 },
  { q: '有关机关应当在几个月内答复代表建议', options: ['三个月', '一年'], answer: 0 },
  { q: '代表在人代会上的发言和表决是否受法律追究', options: ['不受', '受'], answer: 0 },
]

/**
 * 学习宣传: a station's staff and the office publish items with photos for residents, checked like
 * anything others read; the office keeps the deputies' reading list; a deputy who passes a material's
 * quiz has a 培训学习 item in their record, counted by the study task.
 */
describe.each(BACKENDS)('学习宣传 on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store })
  const station = async () => (await env.db.query<{ code: string }>('select code from stations where id = $1', [env.t.staff.user.stationId]))[0].code

  it('publishes a station’s and the district’s items with photos, holds doubtful words for review, and lets them be withdrawn', async () => {
    const { call, t, db } = env
    const s01 = await station()
    const photo = s(await call('media', { action: 'register', key: await put(store, t.staff.user.id, fixture('photo.jpg')) }, t.staff.token))
    const item = { action: 'post', kind: '座谈成果', title: '电动自行车条例座谈会成果', body: '12 位居民逐条讨论了草案，意见已整理报送市人大法工委。', media: [photo.id] }
    expect(await call('study', item, t.resident.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有人大办和本站工作人员可以发布宣传' })
    const other = (await db.query<{ code: string }>('select code from stations where district_id = $1 and code <> $2 limit 1', [t.deputy.user.districtId, s01]))[0].code
    expect(await call('study', { ...item, stationCode: other }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    const posted = s(await call('study', item, t.staff.token))
    // The photo is the post's now: nobody attaches it again.
    expect(await call('study', { ...item, title: '同一张照片再发一次' }, t.staff.token)).toMatchObject({ code: 'VALIDATION' })
    s(await call('study', { action: 'post', kind: '法规解读', title: '新修订的条例解读', body: '新条例明确禁止在楼道停放电动自行车。' }, t.office.token))

    // Residents read the station's items, and the district's with them; whoever published may withdraw.
    const atStation = s(await call('study', { action: 'posts', stationCode: s01 })).items
    expect(atStation).toEqual([expect.objectContaining({ id: posted.id, kind: '座谈成果', station: expect.objectContaining({ code: s01 }), mine: false, photos: [expect.objectContaining({ id: photo.id })] })])
    const district = s(await call('study', { action: 'posts' }, t.staff.token)).items
    expect(district.map((p: { title: string; station: unknown; mine: boolean }) => [p.title, p.station === null, p.mine])).toEqual([
      ['新修订的条例解读', true, false],
      ['电动自行车条例座谈会成果', false, true],
    ])

    // A doubtful word: the item waits for review, unseen.
    const admin = await accountWith(db, 'admin', { district_id: t.deputy.user.districtId })
    s(await call('safety', { action: 'words', add: ['集会'], outcome: 'hold' }, admin.token))
    const held = s(await call('study', { action: 'post', kind: '工作动态', title: '关于集会的通知', body: '本周六在联络站门前集会，请居民参加。' }, t.staff.token))
    expect(s(await call('study', { action: 'posts', stationCode: s01 })).items.map((p: { id: string }) => p.id)).not.toContain(held.id)
    // Another reviews it (nobody reviews their own).
    expect(s(await call('safety', { action: 'queue' }, t.office.token)).items).toContainEqual(expect.objectContaining({ label: '学习宣传', content: expect.stringContaining('关于集会的通知') }))

    expect(await call('study', { action: 'withdraw', id: posted.id }, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    s(await call('study', { action: 'withdraw', id: posted.id }, t.office.token))
    expect(s(await call('study', { action: 'posts', stationCode: s01 })).items).toEqual([])
    expect(await call('study', { action: 'withdraw', id: posted.id }, t.staff.token)).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('keeps the deputies’ reading list; a passed quiz is a 培训学习 item of the record, once, and counts for the study task', async () => {
    const { call, t } = env
    const material = { action: 'saveMaterial', kind: '法律法规', title: '代表法学习', body: '《全国人民代表大会和地方各级人民代表大会代表法》规定了代表的权利和义务。', quiz: QUIZ }
    expect(await call('study', material, t.staff.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有人大办可以维护学习材料' })
    expect(await call('study', { ...material, quiz: [{ q: '没有正确答案的题', options: ['甲', '乙'], answer: 2 }] }, t.office.token)).toMatchObject({ code: 'VALIDATION', message: '正确答案应是其中一个选项' })
    const saved = s(await call('study', material, t.office.token))
    expect(saved.quiz[0]).toEqual(QUIZ[0])

    // The deputy reads it without the answers; a resident does not read it at all.
    expect(await call('study', { action: 'materials' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(s(await call('study', { action: 'materials' }, t.deputy.token)).items).toEqual([expect.objectContaining({ id: saved.id, title: '代表法学习', questions: 5, passedAt: null })])
    const read = s(await call('study', { action: 'material', id: saved.id }, t.deputy.token))
    expect(read.quiz).toEqual(QUIZ.map(({ q, options }) => ({ q, options })))

    // Two wrong of five does not pass; one wrong does (80%), once.
    expect(await call('study', { action: 'take', id: saved.id, answers: [1, 0] }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '请回答每一道题' })
    expect(await call('study', { action: 'take', id: saved.id, answers: [1, 0, 0, 0, 0] }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(s(await call('study', { action: 'take', id: saved.id, answers: [0, 1, 0, 0, 0] }, t.deputy.token))).toEqual({ right: 3, total: 5, passed: false, passedAt: null })
    const passed = s(await call('study', { action: 'take', id: saved.id, answers: [1, 0, 0, 0, 1] }, t.deputy.token))
    expect(passed).toMatchObject({ right: 4, total: 5, passed: true, passedAt: expect.any(String) })
    expect(s(await call('study', { action: 'take', id: saved.id, answers: [1, 0, 0, 0, 0] }, t.deputy.token)).passedAt).toBe(passed.passedAt)

    const year = passed.passedAt.slice(0, 4)
    const points = s(await call('points', { action: 'get', deputyCode: 'LZ001', from: `${year}-01-01`, to: `${year}-12-31` }, t.deputy.token))
    expect(JSON.stringify(points)).toContain('学习《代表法学习》并通过测验')
    const study = s(await call('tasks', { action: 'progress', deputyCode: 'LZ001' }, t.deputy.token)).items.find((p: { task: { key: string } }) => p.task.key === 'study')
    expect(study.counted).toEqual([expect.objectContaining({ kind: '培训学习', label: '学习《代表法学习》并通过测验' })])
  })
})
