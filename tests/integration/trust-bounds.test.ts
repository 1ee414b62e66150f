import JSZip from 'jszip'
import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { FUNCTIONS } from '../../server/host/registry'
import { attachUploads, dropStaleUploads } from '../../server/media/uploads'
import { invoke, type Services } from '../../server/runtime/context'
import { BACKENDS, withDatabase } from '../support/backends'
import { login } from '../support/call'
import { withFunctionHost } from '../support/function-host'
import { filing, withTeam, type Call, type Team } from '../support/loop'
import { fixture, put, scratchMedia } from '../support/media'

/** Resource bounds: what one caller may make the server do, and how large a thing it takes. */
describe.each(BACKENDS)('resource bounds on $name', (backend) => {
  const media = scratchMedia()
  const env = withTeam(backend, { media, exportRowsMax: 5 })
  let db: Database, call: Call, t: Team
  let admin: string
  beforeAll(async () => {
    ;({ db, call, t } = env)
    admin = (await login(call, { persona: 'admin' })).token
  })

  it('runs one export at a time per person, and refuses one past the row cap with a clear message', async () => {
    for (let i = 0; i < 6; i++) expect((await call('cases', filing({ text: `导出上限测试第 ${i + 1} 件，楼道灯坏了` }), t.resident.token)).code).toBe('OK')
    expect(await call('reports', { action: 'export', kind: 'cases', filter: 'all' }, t.staff.token)).toMatchObject({
      code: 'VALIDATION', message: '要导出的诉求超过 5 条，请缩短时间范围或加上筛选条件后再导出',
    })
    const period = { action: 'export', kind: 'report', from: '2026-01-01', to: '2026-12-31' }
    const [a, b] = await Promise.all([call('reports', period, t.office.token), call('reports', period, t.office.token)])
    expect([a.code, b.code].sort()).toEqual(['OK', 'RATE_LIMITED'])
    expect([a, b].find((r) => r.code === 'RATE_LIMITED')!.message).toBe('您有一个导出正在进行，请等它完成后再导出')
    // Done, the next one runs.
    expect((await call('reports', period, t.office.token)).code).toBe('OK')
  })

  it('refuses a workbook that unpacks past the bound, or lies about its size, before parsing it', async () => {
    const bomb = new JSZip()
    bomb.file('[Content_Types].xml', '<Types/>')
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(30 * 1024 * 1024, 0x20))
    const packed = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    expect(packed.length).toBeLessThan(200_000)
    const refused = await call<{ errors: { message: string }[] }>('admin', { action: 'import', workbook: packed.toString('base64'), dryRun: true }, admin)
    expect(refused).toMatchObject({ code: 'OK', data: { errors: [{ message: expect.stringContaining('解压后超过 20 MB') }] } })

    // The same bomb claiming 100 bytes in both its local and central headers.
    const lying = Buffer.from(packed)
    for (const [signature, at] of [[0x04034b50, 22], [0x02014b50, 24]] as const)
      for (let i = lying.indexOf(Buffer.from(new Uint32Array([signature]).buffer)); i >= 0; i = lying.indexOf(Buffer.from(new Uint32Array([signature]).buffer), i + 4))
        if (lying.readUInt32LE(i + at) === 30 * 1024 * 1024) lying.writeUInt32LE(100, i + at)
    const liar = await call<{ errors: { message: string }[] }>('admin', { action: 'import', workbook: lying.toString('base64'), dryRun: true }, admin)
    expect(liar).toMatchObject({ code: 'OK', data: { errors: [{ message: expect.stringContaining('解压后超过') }] } })
  })

  it('reads a station’s 述职 list in the same number of queries for two deputies as for six', async () => {
    const district = (await db.query<{ id: string }>(`select district_id as id from stations where code = 'S01'`))[0].id
    const queriesFor = async (deputies: number) => {
      const code = `RQ${randomUUID().slice(0, 6)}`
      const [station] = await db.query<{ id: string }>(
        `insert into stations (district_id, code, name, kind, street, address) values ($1, $2, '查询计数联络站', '联络站', '西街街道', '西街1号') returning id`,
        [district, code],
      )
      for (let i = 0; i < deputies; i++) {
        const [d] = await db.query<{ id: string }>(`insert into deputies (code, name, levels, station_id) values ($1, '代表${i}', '{县区}', $2) returning id`, [`${code}D${i}`, station.id])
        await db.query(
          `insert into duty_reports (deputy_id, district_id, station_id, year, text, figures, status, published_at) values ($1, $2, $3, 2026, '述职报告正文', '{}', 'published', now())`,
          [d.id, district, station.id],
        )
      }
      let n = 0
      const counting: Database = { ...db, query: (sql, params) => (n++, db.query(sql, params)) }
      const services: Services = { db: counting, demoLogins: true, now: () => new Date() }
      const r = await invoke(FUNCTIONS.dutyReports, { action: 'station', year: 2026, stationCode: code }, services, { kind: 'token', token: t.office.token })
      expect(r).toMatchObject({ code: 'OK', data: { items: expect.any(Array) } })
      expect((r.data as { items: unknown[] }).items).toHaveLength(deputies)
      return n
    }
    expect(await queriesFor(6)).toBe(await queriesFor(2))
  })
})

describe('open data for anonymous callers', () => {
  const host = withFunctionHost(withDatabase(BACKENDS[0]))
  it('answers an address 120 times a minute, then asks it to wait, in Open311’s shape', async () => {
    const get = () => fetch(`${host.base}/open311/v2/services.json`)
    for (let i = 0; i < 120; i++) expect((await get()).status).toBe(200)
    const refused = await get()
    expect(refused.status).toBe(429)
    expect(await refused.json()).toEqual([{ code: 429, description: '请求太频繁，请一分钟后再试' }])
  })
})

const onPostgres = BACKENDS.some((b) => b.name === 'PostgreSQL') ? describe : describe.skip
onPostgres('an upload attached while the 24-hour cleanup runs', () => {
  const media = scratchMedia()
  const env = withTeam(BACKENDS.find((b) => b.name === 'PostgreSQL')!, { media })

  it('keeps the file: the cleanup skips an upload being attached, and re-checks under its lock', async () => {
    const { db, call, t } = env
    const key = await put(media, t.resident.user.id, fixture('photo.jpg'))
    const photo = (await call('media', { action: 'register', key }, t.resident.token)).data.id as string
    const filed = (await call('cases', filing(), t.resident.token)).data.id as string
    const [event] = await db.query<{ id: string }>(`select id from case_events where case_id = $1 and type = 'submit'`, [filed])
    // The upload is a day and a minute old: the cleanup's to remove unless it is attached.
    await db.query(`update media set created_at = now() - interval '25 hours' where id = $1`, [photo])
    let attached!: () => void
    const holding = new Promise<void>((r) => (attached = r))
    let locked!: () => void
    const claimed = new Promise<void>((r) => (locked = r))
    const attaching = db.tx(async (q) => {
      await attachUploads(q, [photo], t.resident.user.id, filed, event.id)
      locked()
      await holding
    })
    await claimed
    const cleanup = dropStaleUploads({ db, demoLogins: true, now: () => new Date(), media } as Services)
    // Give the cleanup time to reach the row (and, were it to wait on it, to wait) before the attaching commits.
    await new Promise((r) => setTimeout(r, 300))
    attached()
    await attaching
    await cleanup
    expect(await db.query('select id from media where id = $1 and case_id = $2', [photo, filed])).toHaveLength(1)
    expect(await media.read(key)).not.toBeNull()
  })
})
