import { randomUUID } from 'node:crypto'
import { FUNCTIONS } from '../../server/host/registry'
import { inspectMedia } from '../../server/media/inspect'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, caseIn, filing, withTeam, type Call, type Team } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'
import type { Database } from '../../server/db/queryable'

describe.each(BACKENDS)('attachments on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store })
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))

  /** Uploads bytes as the resident (or `who`) and registers them. */
  const upload = async (bytes: Buffer, who = t.resident) => call('media', { action: 'register', key: await put(store, who.user.id, bytes) }, who.token)

  it('knows a photo and a video by their bytes, with the video length', async () => {
    expect(await upload(fixture('photo.jpg'))).toMatchObject({ code: 'OK', data: { kind: 'photo', durationSec: null } })
    expect(await upload(fixture('photo.png'))).toMatchObject({ code: 'OK', data: { kind: 'photo' } })
    const video = await upload(fixture('video-3s.mp4'))
    expect(video).toMatchObject({ code: 'OK', data: { kind: 'video', durationSec: 3 } })
    expect(video.data.url).toMatch(/^\/media\//)
  })

  it('refuses what is not a photo or video, a video over 60 seconds, a photo over 10 MB — and removes the file', async () => {
    const cases: [Buffer, string][] = [
      [Buffer.from('MZ this is a program, named photo.jpg'), '只能上传照片'],
      [fixture('video-75s.mp4'), '视频不能超过 60 秒'],
      [Buffer.concat([fixture('photo.png'), Buffer.alloc(10 * 1024 * 1024)]), '每张照片不能超过 10 MB'],
    ]
    for (const [bytes, message] of cases) {
      const key = await put(store, t.resident.user.id, bytes)
      const r = await call('media', { action: 'register', key }, t.resident.token)
      expect(r.code).toBe('VALIDATION')
      expect(r.message).toContain(message)
      expect(await store.read(key)).toBeNull()
    }
  })

  it("refuses to register another person's upload, or one that is not there", async () => {
    const key = await put(store, t.resident.user.id, fixture('photo.jpg'))
    expect(await call('media', { action: 'register', key }, t.staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('media', { action: 'register', key }, undefined)).toMatchObject({ code: 'UNAUTHENTICATED' })
    const missing = key.replace(/[^/]+$/, randomUUID())
    expect(await call('media', { action: 'register', key: missing }, t.resident.token)).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('files a case with photos and a video, shown on the case with the filing', async () => {
    const ids = [(await upload(fixture('photo.jpg'))).data.id, (await upload(fixture('video-3s.mp4'))).data.id]
    const filed = await call('cases', filing({ media: ids }), t.resident.token)
    expect(filed.code).toBe('OK')
    const got = (await call('cases', { action: 'get', id: filed.data.id }, t.resident.token)).data
    expect(got.media.map((m: { kind: string }) => m.kind)).toEqual(['photo', 'video'])
    const submitEvent = got.events.find((e: { type: string }) => e.type === 'submit')
    expect(got.media.every((m: { eventId: string }) => m.eventId === submitEvent.id)).toBe(true)
    // The deputy handling it sees the same attachments.
    expect((await call('cases', { action: 'get', id: filed.data.id }, t.deputy.token)).data.media).toHaveLength(2)
    // Attached once: the same uploads cannot go on a second case.
    const again = await call('cases', filing({ media: ids }), t.resident.token)
    expect(again).toMatchObject({ code: 'VALIDATION', message: '有附件已失效，请删除后重新添加' })
  })

  it("files nothing when an attachment is another person's, or there are too many", async () => {
    const before = (await db.query<{ n: number }>('select count(*)::int as n from cases'))[0].n
    const staffUpload = (await upload(fixture('photo.jpg'), t.staff)).data.id
    expect(await call('cases', filing({ media: [staffUpload] }), t.resident.token)).toMatchObject({ code: 'VALIDATION' })
    const photos = await Promise.all(Array.from({ length: 10 }, async () => (await upload(fixture('photo.jpg'))).data.id))
    expect(await call('cases', filing({ media: photos }), t.resident.token)).toMatchObject({ code: 'VALIDATION', message: '最多添加 9 张照片' })
    const videos = [(await upload(fixture('video-3s.mp4'))).data.id, (await upload(fixture('video-3s.mp4'))).data.id]
    expect(await call('cases', filing({ media: videos }), t.resident.token)).toMatchObject({ code: 'VALIDATION', message: '最多添加 1 段视频' })
    expect((await db.query<{ n: number }>('select count(*)::int as n from cases'))[0].n).toBe(before)
    // The refused uploads are still the resident's to use.
    expect((await call('cases', filing({ media: photos.slice(0, 9) }), t.resident.token)).code).toBe('OK')
  })

  it('reports a result with photos, shown with the resolve step', async () => {
    const id = await caseIn(call, db, t, 'in_progress')
    const photo = (await upload(fixture('photo.png'), t.department)).data.id
    const r = await act(call, db, t.department.token, id, 'resolve', { text: '已更换声控灯并检修线路', media: [photo] })
    expect(r.code).toBe('OK')
    const resolveEvent = r.data.events.find((e: { type: string }) => e.type === 'resolve')
    expect(r.data.media).toEqual([expect.objectContaining({ id: photo, kind: 'photo', eventId: resolveEvent.id })])
  })
})

describe.each(BACKENDS)('upload limits and what is left unused on $name', (backend) => {
  const store = scratchMedia()
  const env = withTeam(backend, { media: store })
  const upload = async (who: { token: string; user: { id: string } }, bytes = fixture('photo.jpg')) =>
    env.call('media', { action: 'register', key: await put(store, who.user.id, bytes) }, who.token)

  it('stops one person leaving more than 30 uploads unused, and removes the refused file', async () => {
    const who = await login(env.call, { openid: `u-${randomUUID()}` })
    for (let i = 0; i < 30; i++) expect((await upload(who)).code).toBe('OK')
    const key = await put(store, who.user.id, fixture('photo.jpg'))
    const refused = await env.call('media', { action: 'register', key }, who.token)
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('还没有提交') })
    expect(await store.read(key)).toBeNull()
    // Someone else is not held back by it.
    expect((await upload(await login(env.call, { openid: `u-${randomUUID()}` }))).code).toBe('OK')
  })

  it('removes uploads nobody attached within a day, and keeps what a case or a profile uses', async () => {
    const { call, db, t } = env
    const who = await login(call, { openid: `u-${randomUUID()}` })
    const unused = (await upload(who)).data
    const attached = (await upload(who)).data
    expect((await call('cases', filing({ media: [attached.id] }), who.token)).code).toBe('OK')
    const photo = (await upload(t.deputy)).data
    expect((await call('deputies', { action: 'proposeProfile', bio: '', contactHours: '', phone: '', phonePublic: false, photoId: photo.id }, t.deputy.token)).code).toBe('OK')
    const keyOf = async (id: string) => (await db.query<{ storage_key: string }>('select storage_key from media where id = $1', [id]))[0]?.storage_key
    const unusedKey = (await keyOf(unused.id))!
    const tomorrow = new Date(Date.now() + 25 * 3_600_000)
    const r = await invoke(FUNCTIONS.timer, {}, { db, demoLogins: false, now: () => tomorrow, media: store }, { kind: 'trigger' })
    expect(r.data).toMatchObject({ failed: [] })
    expect((r.data as { uploadsRemoved: number }).uploadsRemoved).toBeGreaterThanOrEqual(1)
    expect(await keyOf(unused.id)).toBeUndefined()
    expect(await store.read(unusedKey)).toBeNull()
    expect(await keyOf(attached.id)).toBeDefined()
    expect(await keyOf(photo.id)).toBeDefined()
  })

  it('reads a video’s headers to inspect it, not the whole file', async () => {
    // A 3-second clip padded with a 40 MB free box, as a long recording's media data would be.
    const pad = Buffer.alloc(40 * 1024 * 1024)
    pad.writeUInt32BE(pad.length, 0)
    pad.write('free', 4, 'latin1')
    const key = await put(store, env.t.resident.user.id, Buffer.concat([fixture('video-3s.mp4'), pad]))
    const src = (await store.source(key))!
    let read = 0
    const counted = { ...src, read: async (start: number, length: number) => ((read += length), src.read(start, length)) }
    expect(await inspectMedia(counted)).toMatchObject({ kind: 'video', durationSec: 3 })
    await src.close()
    expect(read).toBeLessThan(1024 * 1024)
  })
})
