import { BACKENDS } from '../support/backends'
import { accountWith, dataOf as s } from '../support/call'
import { filing, withTeam } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'

jest.setTimeout(120_000)

/**
 * A suggestion's papers: the deputy's photos and PDF documents on the draft, kept, changed or
 * removed as it is saved; the unit's signed answer as a PDF; the photos of the cases whose authors
 * let others read them, in the evidence; and none of it on the public page or to an outsider.
 */
describe.each(BACKENDS)('建议的附件 on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store })
  type Who = { token: string; user?: { id: string }; userId?: string }
  const upload = async (name: Parameters<typeof fixture>[0] | Buffer, who: Who) => {
    const owner = who.user?.id ?? who.userId!
    return env.call('media', { action: 'register', key: await put(store, owner, typeof name === 'string' ? fixture(name) : name) }, who.token)
  }
  const kinds = (x: any) => (x.media as { kind: string; round: number | null }[]).map((m) => `${m.kind}:${m.round ?? '草稿'}`)

  it('keeps a draft’s photos and PDFs as it is saved, hands the signed answer to its readers, and shows the shown cases’ photos as evidence', async () => {
    const { call, t, db } = env
    // Two residents' cases with a photo each: one lets others read it, the other does not.
    const open = await accountWith(db, 'resident')
    const closed = await accountWith(db, 'resident')
    const photoOf = async (r: Who) => s(await upload('photo.jpg', r)).id
    const shown = s(await call('cases', filing({ category: '道路交通', text: '西关街井盖破损，晚上看不清，已经有人崴了脚', showPublicly: true, media: [await photoOf(open)] }), open.token))
    const kept = s(await call('cases', filing({ category: '道路交通', text: '西关街井盖破损第二处，孩子上学路过很危险', media: [await photoOf(closed)] }), closed.token))

    // A case takes no PDF.
    const pdfOnCase = s(await upload('answer.pdf', open)).id
    expect(await call('cases', filing({ media: [pdfOnCase] }), open.token)).toMatchObject({ code: 'VALIDATION', message: '这里只能添加照片和视频' })

    const photo = s(await upload('photo.jpg', t.deputy))
    const paper = s(await upload('answer.pdf', t.deputy))
    expect(paper).toMatchObject({ kind: 'document', durationSec: null })
    const base = { title: '关于西关街井盖更换的建议', category: '道路交通', situation: '西关街多处井盖破损，群众多次反映。', proposal: '请市政部门全面排查更换破损井盖。', caseIds: [shown.id, kept.id] }
    // No video, at most five documents, only the drafter's own fresh uploads.
    const video = s(await upload('video-3s.mp4', t.deputy)).id
    expect(await call('suggestions', { action: 'draft', ...base, media: [video] }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '这里不能添加视频' })
    const six = await Promise.all([0, 1, 2, 3, 4, 5].map(async () => s(await upload('answer.pdf', t.deputy)).id))
    expect(await call('suggestions', { action: 'draft', ...base, media: six }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '最多添加 5 份文件' })
    const someoneElses = s(await upload('photo.jpg', t.staff)).id
    expect(await call('suggestions', { action: 'draft', ...base, media: [someoneElses] }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '有附件已失效，请删除后重新添加' })

    let x = s(await call('suggestions', { action: 'draft', ...base, media: [photo.id, paper.id] }, t.deputy.token))
    expect(kinds(x)).toEqual(['photo:草稿', 'document:草稿'])
    expect(x.media[1].url).toMatch(/^\/media\//)
    // The evidence shows the photo of the case whose author let others read it, not the other.
    expect(x.evidence.photos).toHaveLength(1)
    expect(x.evidence.photos[0]).toMatchObject({ kind: 'photo', url: expect.stringMatching(/^\/media\//) })
    const caseMedia = s(await call('cases', { action: 'get', id: shown.id }, open.token)).media
    expect(x.evidence.photos[0].id).toBe(caseMedia[0].id)

    // Saved without the media field, the attachments stay; saved with a list, the PDF left out leaves the draft and is unused again.
    x = s(await call('suggestions', { action: 'draft', id: x.id, version: x.version, ...base }, t.deputy.token))
    expect(kinds(x)).toEqual(['photo:草稿', 'document:草稿'])
    x = s(await call('suggestions', { action: 'draft', id: x.id, version: x.version, ...base, media: [photo.id] }, t.deputy.token))
    expect(kinds(x)).toEqual(['photo:草稿'])
    expect((await db.query<{ used: boolean }>('select used_at is not null as used from media where id = $1', [paper.id]))[0].used).toBe(false)

    // The office and the unit read the draft's attachments; a deputy who has nothing to do with it reads nothing.
    x = s(await call('suggestions', { action: 'submit', id: x.id, version: x.version }, t.deputy.token))
    x = s(await call('suggestions', { action: 'review', id: x.id, version: x.version, outcome: 'accept' }, t.office.token))
    x = s(await call('suggestions', { action: 'assign', id: x.id, version: x.version, leadDepartmentId: t.department.user.departmentId }, t.office.token))
    expect(kinds(s(await call('suggestions', { action: 'get', id: x.id }, t.department.token)))).toEqual(['photo:草稿'])
    const far = (await db.query<{ id: string }>(`select id from deputies where code = 'LZ030'`))[0]
    const outsider = await accountWith(db, 'deputy', { deputy_id: far.id, district_id: t.deputy.user.districtId })
    expect(await call('suggestions', { action: 'get', id: x.id }, outsider.token)).toMatchObject({ code: 'NOT_FOUND' })

    // The unit answers with its signed answer as a PDF: the deputy reads it with the answer.
    s(await call('suggestions', { action: 'sign', id: x.id }, t.department.token))
    s(await call('suggestions', { action: 'contact', id: x.id, way: '电话', at: new Date().toISOString(), note: '电话联系代表，说明排查安排' }, t.department.token))
    x = s(await call('suggestions', { action: 'get', id: x.id }, t.department.token))
    const signed = s(await upload('answer.pdf', t.department)).id
    x = s(await call('suggestions', { action: 'answer', id: x.id, version: x.version, grade: 'A', text: '已全面排查，更换破损井盖 23 个。', public: true, media: [signed] }, t.department.token))
    expect(kinds(s(await call('suggestions', { action: 'get', id: x.id }, t.deputy.token)))).toEqual(['photo:草稿', 'document:1'])
    // The public reads the answer's words, never a photo or a paper.
    const published = s(await call('suggestions', { action: 'public', id: x.id }, undefined)).items[0]
    expect(published.answer).toBe('已全面排查，更换破损井盖 23 个。')
    expect(JSON.stringify(published)).not.toContain('/media/')
  })

  it('knows a PDF by its bytes and refuses one over 20 MB', async () => {
    const big = Buffer.concat([fixture('answer.pdf'), Buffer.alloc(20 * 1024 * 1024)])
    const r = await upload(big, env.t.department)
    expect(r).toMatchObject({ code: 'VALIDATION', message: '每份文件不能超过 20 MB' })
    const renamed = await upload(Buffer.from('%PFD not really a pdf, just words'), env.t.department)
    expect(renamed).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('PDF 文件') })
  })
})
