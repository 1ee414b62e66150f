import { randomUUID } from 'node:crypto'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, filing, withTeam } from '../support/loop'

/** Metres north of a point, in degrees of latitude. */
const north = (at: { latitude: number; longitude: number }, metres: number) => ({ ...at, latitude: at.latitude + metres / 111_320 })

describe.each(BACKENDS)('seeing and following the same problem on $name', (backend) => {
  const env = withTeam(backend)
  const taiDong = { latitude: 36.1925, longitude: 113.1305, name: '太东街道澳瑞特小区北门' }

  it('shows open cases of the category within 200 m or at the same station, never the filer’s name or phone', async () => {
    const { call, t } = env
    const neighbour = await login(call, { openid: `n-${randomUUID()}` })
    const theirs = await call('cases', filing({ deputyCode: undefined, stationCode: 'S02', category: '道路交通', text: '北门外路灯连续一周不亮，晚上出门很危险', location: taiDong, phone: '13900001111', phoneConsent: true }), t.resident.token)
    expect(theirs.code).toBe('OK')
    const similar = (over: Record<string, unknown>) => call('cases', { action: 'similar', deputyCode: 'LZ001', category: '道路交通', ...over }, neighbour.token)

    // 150 m away, at another station: the same problem, its words kept private as its author chose, its distance coarse.
    const near = (await similar({ location: north(taiDong, 143) })).data.items
    expect(near).toEqual([expect.objectContaining({ id: theirs.data.id, sameStation: false, excerpt: '', distanceM: 150, followers: 0 })])
    expect(JSON.stringify(near)).not.toMatch(/1390000|phone|resident|路灯/)
    // One its author allowed to be shown: its words, without the number written in them in any form.
    const shown = await call('cases', filing({ deputyCode: undefined, stationCode: 'S02', category: '道路交通', text: '北门路灯不亮，电话139 0000 1111，我叫张三', location: taiDong, showPublicly: true }), (await login(call, { openid: `s-${randomUUID()}` })).token)
    const both = (await similar({ location: north(taiDong, 143) })).data.items
    expect(both.find((c: { id: string }) => c.id === shown.data.id).excerpt).toBe('北门路灯不亮，电话***，我叫***')
    // 300 m away, or another category, or from the filer themself: not shown.
    expect((await similar({ location: north(taiDong, 300) })).data.items).toEqual([])
    expect((await similar({ location: north(taiDong, 150), category: '环境卫生' })).data.items).toEqual([])
    expect((await call('cases', { action: 'similar', stationCode: 'S02', category: '道路交通' }, t.resident.token)).data.items.map((c: { id: string }) => c.id)).not.toContain(theirs.data.id)
    // Without a place, the same station is what counts.
    const atStation = (await call('cases', { action: 'similar', stationCode: 'S02', category: '道路交通' }, neighbour.token)).data.items
    expect(atStation).toEqual([
      expect.objectContaining({ id: shown.data.id, sameStation: true, distanceM: null }),
      expect.objectContaining({ id: theirs.data.id, sameStation: true, distanceM: null }),
    ])
    expect(await similar({ deputyCode: 'ZZ999' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('lets a resident follow one instead of filing, and hear of its every step', async () => {
    const { call, db, t } = env
    const neighbour = await login(call, { openid: `n-${randomUUID()}` })
    const filed = await call('cases', filing({ phone: '13900002222', phoneConsent: true }), t.resident.token)
    // The neighbour is shown it while filing the same problem, and follows it instead.
    expect((await call('cases', { action: 'similar', deputyCode: 'LZ001', category: '物业管理' }, neighbour.token)).data.items.map((c: { id: string }) => c.id)).toContain(filed.data.id)
    const followed = await call('cases', { action: 'follow', id: filed.data.id }, neighbour.token)
    expect(followed).toMatchObject({ code: 'OK', data: { id: filed.data.id, mine: false, phone: null, text: '', location: null, media: [] } })
    expect((await call('cases', { action: 'follow', id: filed.data.id }, neighbour.token)).code).toBe('OK')
    expect((await call('cases', { action: 'listMine' }, neighbour.token)).data.items.map((c: { id: string; text: string }) => [c.id, c.text])).toEqual([[filed.data.id, '']])
    const shown = await call('cases', { action: 'similar', deputyCode: 'LZ001', category: '物业管理' }, (await login(call, { openid: `x-${randomUUID()}` })).token)
    expect(shown.data.items.find((c: { id: string }) => c.id === filed.data.id).followers).toBe(1)

    await act(call, db, t.staff.token, filed.data.id, 'accept', {})
    const heard = (await call('messages', { action: 'list' }, neighbour.token)).data.items
    expect(heard.map((m: { title: string; caseId: string }) => [m.title, m.caseId])).toEqual([['您关注的诉求已受理', filed.data.id]])
    // What the author kept private stays theirs: the follower hears the step, not the words.
    expect(heard[0].body).not.toContain('声控灯')
    // A follower may read and hear, not act on another's case.
    expect(await act(call, db, neighbour.token, filed.data.id, 'withdraw', {})).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('refuses to follow a closed case, a case that does not exist, or as a handler', async () => {
    const { call, db, t } = env
    const neighbour = await login(call, { openid: `n-${randomUUID()}` })
    const filed = await call('cases', filing({ showPublicly: true }), t.resident.token)
    expect(await call('cases', { action: 'follow', id: filed.data.id }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    await act(call, db, t.resident.token, filed.data.id, 'withdraw', {})
    expect(await call('cases', { action: 'follow', id: filed.data.id }, neighbour.token)).toMatchObject({ code: 'CONFLICT', message: '这条诉求已经办结，不能再关注，您可以提交新的诉求' })
    expect(await call('cases', { action: 'follow', id: randomUUID() }, neighbour.token)).toMatchObject({ code: 'NOT_FOUND' })
  })
})
