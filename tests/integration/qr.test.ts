import { localQr } from '../../server/adapters/local/qr'
import { BACKENDS } from '../support/backends'
import { caller } from '../support/call'
import { scratchMedia } from '../support/media'
import { scanPng } from '../support/qr'
import type { Database } from '../../server/db/database'

describe.each(BACKENDS)("deputies' QR codes on $name", (backend) => {
  let db: Database
  let dispose = async () => {}
  const media = scratchMedia()
  beforeAll(async () => {
    const opened = await backend.open()
    db = opened.db
    dispose = opened.dispose
  })
  afterAll(() => dispose())

  it("makes a deputy's code once, and it scans to that deputy's page", async () => {
    let made = 0
    const qr = localQr('https://mashang.example.gov.cn')
    const call = caller(db, { media, qr: { render: (s) => (made++, qr.render(s)) } })
    const first = await call('deputies', { action: 'qr', code: 'LZ001' })
    expect(first).toMatchObject({ code: 'OK', data: { url: '/media/qrcodes/d-LZ001.png' } })
    const png = (await media.read('media/qrcodes/d-LZ001.png'))!
    expect(scanPng(png)).toEqual({ width: 600, height: 600, text: 'https://mashang.example.gov.cn/pages/deputy/index?scene=d%3DLZ001' })
    expect((await call('deputies', { action: 'qr', code: 'LZ001' })).data).toEqual(first.data)
    expect(made).toBe(1)
    expect(await call('deputies', { action: 'qr', code: 'ZZ999' })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it("makes a station's code, which scans to the landing page that opens the station", async () => {
    const call = caller(db, { media, qr: localQr('https://mashang.example.gov.cn') })
    const s01 = (await db.query<{ id: string }>("select id from stations where code = 'S01'"))[0].id
    const r = await call('stations', { action: 'qr', id: s01 })
    expect(r.data).toEqual({ url: '/media/qrcodes/s-S01.png' })
    expect(scanPng((await media.read('media/qrcodes/s-S01.png'))!).text).toBe('https://mashang.example.gov.cn/pages/deputy/index?scene=s%3DS01')
  })
})
