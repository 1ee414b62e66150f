import { createRequire } from 'node:module'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildFunctions } from '../../scripts/build-functions'
import { personaOpenid } from '../../server/identity/personas'
import { TEMPLATES_JSON } from '../support/fake-subscribe'
import { fixture } from '../support/media'
import { opened, OPEN_MS } from '../support/hooks'
import { scratchDatabase } from '../support/postgres'
import { POSTGRES_TEMPLATE } from '../support/templates'

jest.setTimeout(60_000)

type Main = (event: unknown, context: unknown) => Promise<{ code: string; data: any; message: string }>

/**
 * The esbuild bundles as CloudBase runs them: `require('<fn>/index.js').main(event, context)`,
 * the caller taken from getWXContext().OPENID, the store PostgreSQL at DATABASE_URL.
 */
const withPostgres = process.env.TEST_POSTGRES === '1' ? describe : describe.skip
withPostgres('cloud function bundles on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ms-fn-'))
  const database = opened(() => scratchDatabase(process.env[POSTGRES_TEMPLATE]), (s) => s.drop())
  let fake: {
    __setCaller(openid: string | null, source?: string): void; __putFile(id: string, bytes: Buffer): void; __hasFile(id: string): boolean; __sent(): any[]; __codesMade(): any[]
    __mediaChecks(): { traceId: string; openid: string; mediaUrl: string }[]
  }
  let fn: Record<string, Main>

  beforeAll(async () => {
    process.env.DATABASE_URL = database.value.url
    process.env.SUBSCRIBE_TEMPLATES = TEMPLATES_JSON

    const names = await buildFunctions(dir)
    mkdirSync(join(dir, 'node_modules/wx-server-sdk'), { recursive: true })
    copyFileSync(resolve(__dirname, '../support/fake-wx-server-sdk.js'), join(dir, 'node_modules/wx-server-sdk/index.js'))
    const load = createRequire(join(dir, 'index.js'))
    fake = load('./node_modules/wx-server-sdk/index.js')
    fn = Object.fromEntries(names.map((n) => [n, load(`./${n}/index.js`).main as Main]))
  }, OPEN_MS)
  afterAll(() => {
    delete process.env.DATABASE_URL
    delete process.env.SUBSCRIBE_TEMPLATES
    rmSync(dir, { recursive: true, force: true })
  })

  it('files and reads a case as the OPENID, and keeps it from another OPENID', async () => {
    fake.__setCaller('oWX-resident-1')
    const filed = await fn.cases({
      action: 'submit', submissionId: 'cloud-00001', deputyCode: 'LZ002', category: '环境卫生', text: '垃圾站三天没有清运，气味很大',
    }, {})
    expect(filed).toMatchObject({ code: 'OK', data: { status: 'submitted' } })
    expect((await fn.cases({ action: 'get', id: filed.data.id }, {})).data.text).toBe('垃圾站三天没有清运，气味很大')
    expect((await fn.auth({ action: 'login' }, {})).data.user.role).toBe('resident')

    fake.__setCaller('oWX-resident-2')
    expect(await fn.cases({ action: 'get', id: filed.data.id }, {})).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('offers no demo login in the cloud and needs an OPENID for cases', async () => {
    fake.__setCaller('oWX-resident-1')
    expect(await fn.auth({ action: 'devLogin', persona: 'admin' }, {})).toMatchObject({ code: 'FORBIDDEN' })
    fake.__setCaller(null)
    expect(await fn.cases({ action: 'listMine' }, {})).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect((await fn.deputies({ action: 'get', code: 'LZ002' }, {})).code).toBe('OK')
  })

  it('runs the timer only for the timer trigger, not for a call that says it is one', async () => {
    // An HTTP API invocation carries no OPENID and whatever body its caller writes.
    fake.__setCaller(null)
    expect(await fn.timer({ Type: 'Timer', TriggerName: 'sweep' }, {})).toMatchObject({ code: 'FORBIDDEN' })
    process.env.TRIGGER_SRC = 'timer'
    try {
      expect(await fn.timer({ Type: 'Timer', TriggerName: 'sweep' }, {})).toMatchObject({ code: 'OK' })
    } finally {
      delete process.env.TRIGGER_SRC
    }
  })

  it('attaches a photo the mini-program uploaded to cloud storage, and removes a file that is not one', async () => {
    fake.__setCaller('oWX-resident-3')
    const me = (await fn.auth({ action: 'login' }, {})).data.user
    const photoId = `cloud://test-env.7465/media/${me.id}/photo-1.jpg`
    fake.__putFile(photoId, fixture('photo.jpg'))
    const photo = await fn.media({ action: 'register', key: photoId }, {})
    expect(photo).toMatchObject({ code: 'OK', data: { kind: 'photo', url: `https://tmp.example/${encodeURIComponent(photoId)}` } })
    const filed = await fn.cases({
      action: 'submit', submissionId: 'cloud-00003', deputyCode: 'LZ002', category: '环境卫生', text: '小区门口的路灯不亮了', media: [photo.data.id],
    }, {})
    expect((await fn.cases({ action: 'get', id: filed.data.id }, {})).data.media).toEqual([expect.objectContaining({ id: photo.data.id, kind: 'photo' })])

    const fake1 = `cloud://test-env.7465/media/${me.id}/notes.jpg`
    fake.__putFile(fake1, Buffer.from('just some text pretending to be a photo'))
    expect(await fn.media({ action: 'register', key: fake1 }, {})).toMatchObject({ code: 'VALIDATION' })
    expect(fake.__hasFile(fake1)).toBe(false)
    // Another person's upload folder is not this person's to attach.
    fake.__setCaller('oWX-resident-4')
    expect(await fn.media({ action: 'register', key: photoId }, {})).toMatchObject({ code: 'FORBIDDEN' })
  })

  it("checks words with msgSecCheck, and shows a photo to the case's deputy once WeChat's pushed result passes it", async () => {
    fake.__setCaller('oWX-resident-6')
    const submit = (n: string, text: string, media?: string[]) =>
      fn.cases({ action: 'submit', submissionId: `cloud-safety-${n}`, deputyCode: 'LZ001', category: '环境卫生', text, ...(media ? { media } : {}) }, {})
    expect(await submit('1', '这里的内容【机审违规】需要拒绝')).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('不宜发布') })
    expect(await submit('2', '这里的内容【机审存疑】需要人工审核')).toMatchObject({ code: 'OK', data: { held: true } })

    const me = (await fn.auth({ action: 'login' }, {})).data.user
    const photoId = `cloud://test-env.7465/media/${me.id}/photo-6.jpg`
    fake.__putFile(photoId, fixture('photo.jpg'))
    const photo = (await fn.media({ action: 'register', key: photoId }, {})).data
    const filed = await submit('3', '路边的井盖松动了，踩上去会响', [photo.id])
    const check = fake.__mediaChecks().find((c) => c.openid === 'oWX-resident-6')!
    expect(check.mediaUrl).toBe(`https://tmp.example/${encodeURIComponent(photoId)}`)

    fake.__setCaller(personaOpenid('deputy'))
    const seen = async () => (await fn.cases({ action: 'get', id: filed.data.id }, {})).data.media
    expect(await seen()).toEqual([])
    // WeChat's message push reaches the safety function as its own event; the same event from a caller does nothing.
    const push = { ToUserName: 'gh_test', FromUserName: 'oWX-resident-6', CreateTime: 1764000000, MsgType: 'event', Event: 'wxa_media_check', appid: 'wx-test', version: 2, errcode: 0, errmsg: 'ok', detail: [] }
    for (const [openid, source] of [['oWX-resident-6', 'wx_client'], [null, 'wx_http'], [null, 'wx_client,scf']] as const) {
      fake.__setCaller(openid, source)
      // Not a push, so no result at all: the event is no action of the function's.
      expect(await fn.safety({ ...push, trace_id: check.traceId, result: { suggest: 'pass', label: 100 } }, {})).toMatchObject({ code: 'VALIDATION' })
      expect(await fn.safety({ action: 'mediaResult', traceId: check.traceId, suggest: 'pass' }, {})).toMatchObject({ code: 'FORBIDDEN' })
    }
    fake.__setCaller(personaOpenid('deputy'))
    expect(await seen()).toEqual([])
    fake.__setCaller(null)
    expect(await fn.safety({ ...push, trace_id: 'made-up', result: { suggest: 'pass', label: 100 } }, {})).toMatchObject({ code: 'NOT_FOUND' })
    expect(await fn.safety({ ...push, trace_id: check.traceId, result: { suggest: 'pass', label: 100 } }, {})).toMatchObject({ code: 'OK', data: { state: 'shown' } })
    fake.__setCaller(personaOpenid('deputy'))
    expect(await seen()).toEqual([expect.objectContaining({ id: photo.id, kind: 'photo' })])
  })

  it('pushes a subscribe message through cloud.openapi once the resident allowed it', async () => {
    fake.__setCaller('oWX-resident-5')
    expect((await fn.messages({ action: 'templates' }, {})).data).toEqual({ ids: ['tmpl-status', 'tmpl-reminder'] })
    await fn.messages({ action: 'subscribed', accepted: ['tmpl-status'] }, {})
    const filed = await fn.cases({
      action: 'submit', submissionId: 'cloud-00005', deputyCode: 'LZ001', category: '环境卫生', text: '河边步道的垃圾桶满了没人清',
    }, {})
    fake.__setCaller(personaOpenid('deputy'))
    expect((await fn.cases({ action: 'accept', id: filed.data.id, version: 1 }, {})).code).toBe('OK')
    expect(fake.__sent().filter((m) => m.touser === 'oWX-resident-5')).toEqual([
      expect.objectContaining({ templateId: 'tmpl-status', page: `pages/case/index?id=${filed.data.id}` }),
    ])
  })

  it("reads the person's phone from a getPhoneNumber tap, and says so plainly when the code is stale", async () => {
    fake.__setCaller('oWX-resident-6')
    expect(await fn.auth({ action: 'phoneNumber', code: 'code-13800138000' }, {})).toMatchObject({ code: 'OK', data: { phone: '13800138000' } })
    expect(await fn.auth({ action: 'phoneNumber', code: 'stale' }, {})).toMatchObject({ code: 'VALIDATION', message: '没有取到微信手机号，请重试或直接填写' })
    fake.__setCaller(null)
    expect(await fn.auth({ action: 'phoneNumber', code: 'code-13800138000' }, {})).toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it("makes a deputy's mini-program code once through wxacode.getUnlimited, kept in cloud storage", async () => {
    fake.__setCaller(null)
    const first = await fn.deputies({ action: 'qr', code: 'LZ002' }, {})
    expect(first).toMatchObject({ code: 'OK', data: { url: `https://tmp.example/${encodeURIComponent('cloud://test-env.7465/media/qrcodes/d-LZ002.png')}` } })
    expect((await fn.deputies({ action: 'qr', code: 'LZ002' }, {})).data).toEqual(first.data)
    expect(fake.__codesMade()).toEqual([{ scene: 'd=LZ002', page: 'pages/deputy/index', checkPath: false, width: 600 }])
  })
})
