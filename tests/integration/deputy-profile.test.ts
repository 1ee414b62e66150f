import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { withTeam } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'

const media = scratchMedia()

describe.each(BACKENDS)("a deputy's own profile on $name", (backend) => {
  const env = withTeam(backend, { media })

  it('is proposed by the deputy, approved by their station staff, and only then public (phone only when published)', async () => {
    const { call, db, t } = env
    const key = await put(media, t.deputy.user.id, fixture('photo.jpg'))
    const photo = (await call('media', { action: 'register', key }, t.deputy.token)).data
    const proposal = { action: 'proposeProfile', bio: '从事社区工作二十年，关注老旧小区改造。', contactHours: '每周三下午', phone: '13900001111', phonePublic: false, photoId: photo.id }
    const mine = await call('deputies', proposal, t.deputy.token)
    expect(mine.code).toBe('OK')
    expect(mine.data.latest).toMatchObject({ status: 'pending', proposed: { bio: proposal.bio, contactHours: '每周三下午', phone: '13900001111', phonePublic: false } })
    expect(mine.data.latest.proposed.photoUrl).toMatch(/^\/media\//)
    // Nothing is public yet.
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data).toMatchObject({ bio: '', contactHours: '', phone: null, photoUrl: null })

    // Staff hear of it, and see the unpublished phone masked.
    const inbox = await call('messages', { action: 'list' }, t.staff.token)
    expect(inbox.data.items[0]).toMatchObject({ title: '代表资料待审核' })
    const waiting = await call('deputies', { action: 'profileChanges' }, t.staff.token)
    expect(waiting.data.items).toHaveLength(1)
    expect(waiting.data.items[0]).toMatchObject({ deputy: { code: 'LZ001' }, proposed: { phone: '139****1111', phonePublic: false }, current: { bio: '' } })

    expect(await call('deputies', { action: 'decideProfile', id: waiting.data.items[0].id, approve: false }, t.staff.token)).toMatchObject({
      code: 'VALIDATION', message: '退回时请写明理由',
    })
    const done = await call('deputies', { action: 'decideProfile', id: waiting.data.items[0].id, approve: true }, t.staff.token)
    expect(done).toMatchObject({ code: 'OK', data: { items: [] } })
    const page = (await call('deputies', { action: 'get', code: 'LZ001' })).data
    expect(page).toMatchObject({ bio: proposal.bio, contactHours: '每周三下午', phone: null })
    expect(page.photoUrl).toMatch(/^\/media\//)
    // Stored encrypted, never as digits.
    const [row] = await db.query<{ phone_enc: string }>("select phone_enc from deputies where code = 'LZ001'")
    expect(row.phone_enc).not.toContain('13900001111')

    // Publishing the phone is a change to the public page: it waits too, and then shows in full.
    await call('deputies', { ...proposal, photoId: undefined, phonePublic: true }, t.deputy.token)
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data.phone).toBeNull()
    const second = (await call('deputies', { action: 'profileChanges' }, t.staff.token)).data.items[0]
    expect(second.proposed).toMatchObject({ phone: '13900001111', phonePublic: true, photoUrl: page.photoUrl })
    await call('deputies', { action: 'decideProfile', id: second.id, approve: true }, t.staff.token)
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data.phone).toBe('13900001111')
    expect(await call('deputies', { action: 'decideProfile', id: second.id, approve: true }, t.staff.token)).toMatchObject({ code: 'CONFLICT' })

    // Returned with a reason: the deputy hears why, and the page keeps what was approved.
    await call('deputies', { ...proposal, photoId: null, bio: '广告：代办各类证件' }, t.deputy.token)
    const third = (await call('deputies', { action: 'profileChanges' }, t.staff.token)).data.items[0]
    await call('deputies', { action: 'decideProfile', id: third.id, approve: false, reason: '简介与代表履职无关' }, t.staff.token)
    expect((await call('deputies', { action: 'myProfile' }, t.deputy.token)).data.latest).toMatchObject({ status: 'rejected', reason: '简介与代表履职无关' })
    expect((await call('messages', { action: 'list' }, t.deputy.token)).data.items[0]).toMatchObject({ title: '资料修改被退回', body: '退回理由：简介与代表履职无关' })
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data.bio).toBe(proposal.bio)
  })

  it('lets only the deputy propose, and only their own station staff decide', async () => {
    const { call, db, t } = env
    const proposal = { action: 'proposeProfile', bio: '', contactHours: '', phone: '', phonePublic: false }
    expect(await call('deputies', proposal, t.resident.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有代表本人可以编辑资料' })
    expect(await call('deputies', proposal)).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await call('deputies', { ...proposal, phonePublic: true }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '公开电话前，请先填写电话' })
    expect(await call('deputies', { ...proposal, phone: '12345' }, t.deputy.token)).toMatchObject({ code: 'VALIDATION', message: '请填写手机号或带区号的座机号' })
    expect(await call('deputies', { ...proposal, photoId: '00000000-0000-4000-8000-000000000000' }, t.deputy.token)).toMatchObject({
      code: 'VALIDATION', message: '照片已失效，请重新上传一张照片',
    })
    await call('deputies', { ...proposal, bio: '新的简介' }, t.deputy.token)
    const [change] = await db.query<{ id: string }>("select id from deputy_profile_changes where status = 'pending'")

    // Staff of another station: a staff account scoped to S02.
    const s02 = (await db.query<{ id: string }>("select id from stations where code = 'S02'"))[0].id
    const other = await login(call, { openid: 'staff-s02' })
    await db.query("update users set role = 'staff', station_id = $1 where id = $2", [s02, other.user.id])
    expect((await call('deputies', { action: 'profileChanges' }, other.token)).data.items).toEqual([])
    expect(await call('deputies', { action: 'decideProfile', id: change.id, approve: true }, other.token)).toMatchObject({
      code: 'FORBIDDEN', message: '只有本站工作人员可以审核代表资料',
    })
    expect(await call('deputies', { action: 'profileChanges' }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect((await call('deputies', { action: 'get', code: 'LZ001' })).data.bio).not.toBe('新的简介')
  })
})
