import { localQr } from '../../server/adapters/local/qr'
import { POSTER_SIZE, posterFonts } from '../../server/deputies/poster-drawing'
import { BACKENDS, withDatabase } from '../support/backends'
import { caller, login } from '../support/call'
import { scratchMedia } from '../support/media'
import { scanPng } from '../support/qr'
import type { Database } from '../../server/db/queryable'

describe.each(BACKENDS)("deputies' QR codes on $name", (backend) => {
  const database = withDatabase(backend)
  let db: Database
  const media = scratchMedia()
  beforeAll(() => void (db = database.db))
  /** The stored file a (signed, expiring) address points at. */
  const fileOf = (url: string) => new URL(url, 'http://host').pathname.slice(1)

  it("makes a deputy's code once, and it scans to that deputy's page", async () => {
    let made = 0
    const qr = localQr('https://mashang.example.gov.cn')
    const call = caller(db, { media, qr: { render: (s) => (made++, qr.render(s)) } })
    const first = await call('deputies', { action: 'qr', code: 'LZ001' })
    expect(first.code).toBe('OK')
    expect(fileOf(first.data.url)).toBe('media/qrcodes/d-LZ001.png')
    const png = (await media.read('media/qrcodes/d-LZ001.png'))!
    expect(scanPng(png)).toEqual({ width: 600, height: 600, text: 'https://mashang.example.gov.cn/pages/deputy/index?scene=d%3DLZ001' })
    expect(fileOf((await call('deputies', { action: 'qr', code: 'LZ001' })).data.url)).toBe('media/qrcodes/d-LZ001.png')
    expect(made).toBe(1)
    expect(await call('deputies', { action: 'qr', code: 'ZZ999' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it("makes a station's code, which scans to the landing page that opens the station", async () => {
    const call = caller(db, { media, qr: localQr('https://mashang.example.gov.cn') })
    const s01 = (await db.query<{ id: string }>("select id from stations where code = 'S01'"))[0].id
    const r = await call('stations', { action: 'qr', id: s01 })
    expect(fileOf(r.data.url)).toBe('media/qrcodes/s-S01.png')
    expect(scanPng((await media.read('media/qrcodes/s-S01.png'))!).text).toBe('https://mashang.example.gov.cn/pages/deputy/index?scene=s%3DS01')
  })

  it("draws a deputy's poster for the deputy and their station's staff, and its code opens the deputy's page", async () => {
    const call = caller(db, { media, qr: localQr('https://mashang.example.gov.cn'), posterFonts: posterFonts(undefined) })
    const deputy = await login(call, { persona: 'deputy' })
    const staff = await login(call, { persona: 'staff' })
    const resident = await login(call, { persona: 'resident' })
    const mine = await call<{ url: string }>('deputies', { action: 'poster', code: 'LZ001' }, deputy.token)
    expect(mine.code).toBe('OK')
    expect(mine.data!.url).toMatch(/^\/media\/posters\/d-LZ001-[0-9a-f]{16}\.png\?e=\d+&s=[\w-]+$/)
    const png = (await media.read(fileOf(mine.data!.url)))!
    expect(scanPng(png)).toEqual({ ...POSTER_SIZE, text: 'https://mashang.example.gov.cn/pages/deputy/index?scene=d%3DLZ001' })
    // Kept: staff get the same file; a new name draws a new one.
    expect(fileOf((await call<{ url: string }>('deputies', { action: 'poster', code: 'LZ001' }, staff.token)).data!.url)).toBe(fileOf(mine.data!.url))
    await db.query("update deputies set name = name || '（新）' where code = 'LZ001'")
    const renamed = await call<{ url: string }>('deputies', { action: 'poster', code: 'LZ001' }, staff.token)
    expect(fileOf(renamed.data!.url)).not.toBe(fileOf(mine.data!.url))
    await db.query("update deputies set name = replace(name, '（新）', '') where code = 'LZ001'")

    expect(await call('deputies', { action: 'poster', code: 'LZ001' })).toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(await call('deputies', { action: 'poster', code: 'LZ001' }, resident.token)).toMatchObject({ code: 'FORBIDDEN', message: '只有代表本人和所在联络站的工作人员可以下载海报' })
    const elsewhere = (await db.query<{ code: string }>("select d.code from deputies d join stations s on s.id = d.station_id where s.code = 'S02' limit 1"))[0].code
    expect(await call('deputies', { action: 'poster', code: elsewhere }, staff.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('deputies', { action: 'poster', code: elsewhere }, deputy.token)).toMatchObject({ code: 'FORBIDDEN' })

    const fontless = caller(db, { media, qr: localQr('https://mashang.example.gov.cn'), posterFonts: [] })
    expect(await fontless('deputies', { action: 'poster', code: 'LZ001' }, deputy.token)).toMatchObject({ code: 'VALIDATION', message: '暂时无法生成海报' })
  })
})
