import { randomUUID } from 'node:crypto'
import type { Database } from '../../server/db/queryable'
import { BACKENDS } from '../support/backends'
import { withFunctionHost } from '../support/function-host'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { login } from '../support/call'
import { act, filing, payloadFor, withTeam, type Call, type Team } from '../support/loop'

/** Every field a GeoReport v2 request carries here; address, media_url and anything naming a person never. */
const FIELDS = [
  'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible',
  'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'lat', 'long',
].sort()
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/

describe.each(BACKENDS)('Open311 GeoReport v2 on $name', (backend) => {
  const env = withTeam(backend)
  let db: Database, call: Call, t: Team
  const host = withFunctionHost(env)
  let base: string
  const get = async (path: string) => {
    const r = await fetch(`${base}/open311/v2/${path}`)
    return { status: r.status, body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text(), cors: r.headers.get('access-control-allow-origin') }
  }
  beforeAll(async () => {
    ;({ db, call, t } = env)
    base = host.base
  })

  it('serves only the cases residents allowed to be public, anonymized, placed on a 100 m grid', async () => {
    const word = `开放${randomUUID().slice(0, 4)}`
    const text = `${word}：我是王建国，电话13912345678，住幸福小区3号楼2单元501，楼下井盖丢了一个月`
    const place = { latitude: 36.195312, longitude: 113.103487, name: '幸福小区3号楼', address: '西街街道幸福小区3号楼' }
    const shown = (await call('cases', filing({ text, location: place, showPublicly: true, phone: '13912345678', phoneConsent: true }), t.resident.token)).data
    const hidden = (await call('cases', filing({ text: `${word}：不公开的诉求，邻居家漏水` }), t.resident.token)).data

    const services = await get('services.json')
    expect(services.status).toBe(200)
    expect(services.cors).toBe('*')
    expect(services.body).toContainEqual({ service_code: '物业管理', service_name: '物业管理', description: expect.stringContaining('物业管理'), metadata: false, type: 'realtime', keywords: '物业管理', group: '码上说事' })

    const list = await get('requests.json?jurisdiction_id=140403&page_size=200')
    expect(list.status).toBe(200)
    const numbers = list.body.map((r: { service_request_id: string }) => r.service_request_id)
    const [{ number }] = await db.query<{ number: string }>('select number from cases where id = $1', [shown.id])
    const [{ number: privateNumber }] = await db.query<{ number: string }>('select number from cases where id = $1', [hidden.id])
    expect(numbers).toContain(number)
    expect(numbers).not.toContain(privateNumber)

    const r = list.body.find((x: { service_request_id: string }) => x.service_request_id === number)
    expect(Object.keys(r).sort()).toEqual(FIELDS)
    expect(r).toMatchObject({ status: 'open', service_code: '物业管理', service_name: '物业管理', service_notice: '' })
    expect(r.status_notes).toContain('选民接单')
    expect(r.requested_datetime).toMatch(W3C)
    expect(r.agency_responsible).toBe('西街街道火车站社区人大代表联络站')
    // No name, phone or door; the words the resident wrote otherwise stand.
    const all = JSON.stringify(r)
    for (const secret of ['王建国', '13912345678', '3号楼', '501']) expect(all).not.toContain(secret)
    expect(r.description).toContain('井盖丢了一个月')
    // GCJ-02 to WGS-84, then three decimals: within about 100 m of the place, never the place itself.
    expect(Math.round(r.lat * 1000)).toBe(r.lat * 1000)
    expect(Math.round(r.long * 1000)).toBe(r.long * 1000)
    expect(Math.abs(r.lat - place.latitude)).toBeLessThan(0.01)
    expect(Math.abs(r.long - place.longitude)).toBeLessThan(0.01)

    // Once dispatched, the department is responsible.
    await act(call, db, t.staff.token, shown.id, 'accept', payloadFor('accept', t))
    await act(call, db, t.staff.token, shown.id, 'dispatch', payloadFor('dispatch', t))
    const one = await get(`requests/${number}.json`)
    expect(one.status).toBe(200)
    expect(one.body).toHaveLength(1)
    expect(one.body[0]).toMatchObject({ service_request_id: number, status: 'open', status_notes: expect.stringContaining('人大派单') })
    const [{ name: department }] = await db.query<{ name: string }>('select name from departments where id = $1', [t.department.user.departmentId])
    expect(one.body[0].agency_responsible).toBe(department)
    expect(await get(`requests/${privateNumber}.json`)).toMatchObject({ status: 404, body: [{ code: 404, description: expect.any(String) }] })

    // The same rows as CSV, for a spreadsheet (with a BOM, so Excel reads the Chinese).
    const csv = await get(`requests.csv?service_code=物业管理`)
    expect(csv.status).toBe(200)
    const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\n')
    expect(lines[0]).toBe('service_request_id,status,status_notes,service_code,service_name,description,agency_responsible,requested_datetime,updated_datetime,expected_datetime,lat,long')
    expect(lines.some((l) => l.startsWith(`${number},open,`))).toBe(true)
    expect(csv.body).not.toContain('13912345678')
  })

  it('filters by status, service and dates, pages, and answers bad questions in Open311’s error shape', async () => {
    for (let i = 0; i < 3; i++) await call('cases', filing({ category: '停车', text: `小区门口乱停车问题第${i + 1}次反映，请管一管`, showPublicly: true }), t.resident.token)
    const parked = (await get('requests.json?service_code=停车')).body
    expect(parked.length).toBeGreaterThanOrEqual(3)
    expect(parked.every((r: { service_code: string }) => r.service_code === '停车')).toBe(true)
    expect((await get('requests.json?service_code=停车&status=closed')).body).toEqual([])
    const firstTwo = (await get('requests.json?service_code=停车&page_size=2')).body
    const next = (await get('requests.json?service_code=停车&page_size=2&page=2')).body
    expect(firstTwo).toHaveLength(2)
    expect(next.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(firstTwo[0].service_request_id)
    expect([...firstTwo, ...next].slice(0, 3).map((r: { service_request_id: string }) => r.service_request_id)).toEqual(parked.slice(0, 3).map((r: { service_request_id: string }) => r.service_request_id))
    expect((await get('requests.json?service_code=停车&start_date=2020-01-01&end_date=2020-12-31')).body).toEqual([])

    expect(await get('requests.json?page_size=1001')).toMatchObject({ status: 400, body: [{ code: 400, description: 'page_size 最大 1000' }] })
    expect(await get('requests.json?page=12&page_size=1000')).toMatchObject({ status: 400, body: [{ code: 400, description: expect.stringContaining('after') }] })
    expect(await get('requests.json?start_date=yesterday')).toMatchObject({ status: 400 })
    expect(await get('requests.json?status=pending')).toMatchObject({ status: 400, body: [{ code: 400, description: 'status不正确' }] })
    expect(await get('requests.json?jurisdiction_id=999999')).toMatchObject({ status: 404 })
    expect(await get('requests/nothing.json')).toMatchObject({ status: 404, body: [{ code: 404, description: expect.any(String) }] })
  })

  it('reads as a GeoReport v2 client reads it: XML beside JSON on every route, discovery, service_request_id, empty parameters, the default limit and its Link, errors everywhere, jurisdiction_id', async () => {
    const parser = new XMLParser({ parseTagValue: false, ignoreDeclaration: true, isArray: (name) => ['service', 'request', 'error', 'endpoint', 'format'].includes(name) })
    const xml = async (path: string, init?: RequestInit) => {
      const r = await fetch(`${base}/open311/${path}`, init)
      const text = await r.text()
      expect(XMLValidator.validate(text)).toBe(true)
      expect(r.headers.get('content-type')).toContain('text/xml')
      return { status: r.status, doc: parser.parse(text), link: r.headers.get('link') }
    }
    const text = (v: unknown) => (v === null ? '' : String(v))
    const asXml = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, text(v)]))
    const ids = (rs: { service_request_id: string }[]) => rs.map((r) => r.service_request_id)

    // Sixty public cases, one declined and one withdrawn among them.
    const word = `客户端${randomUUID().slice(0, 4)}`
    const filed: string[] = []
    for (let i = 0; i < 60; i++) filed.push((await call('cases', filing({ category: '环境卫生', text: `${word} 第${i + 1}处垃圾没人清运，气味很大`, showPublicly: true }), t.resident.token)).data.id)
    await act(call, db, t.staff.token, filed[0], 'decline', { reason: '属于司法程序中的事项，请通过法院反映', referral: '12345 热线' })
    await act(call, db, t.resident.token, filed[1], 'withdraw', {})
    const numberOf = async (id: string) => (await db.query<{ number: string }>('select number from cases where id = $1', [id]))[0].number
    const [declined, withdrawn, third] = [await numberOf(filed[0]), await numberOf(filed[1]), await numberOf(filed[2])]

    // The spec's default limit is 1,000: a client that does not page sees all sixty (less the withdrawn).
    const all = (await get('requests.json?service_code=环境卫生')).body as Record<string, unknown>[] & { service_request_id: string }[]
    expect(all.length).toBeGreaterThanOrEqual(59)
    expect(ids(all)).not.toContain(withdrawn)
    expect(all.map((r) => r.description).join()).not.toContain(`${word} 第2处`)
    expect((await get(`requests/${withdrawn}.json`)).status).toBe(404)
    // A declined case says where it stands once, and not the reason given to the resident.
    const no = all.find((r) => r.service_request_id === declined)!
    expect(no).toMatchObject({ status: 'closed', status_notes: '选民接单（不予受理）' })
    expect(JSON.stringify(no)).not.toContain('司法程序')

    // XML on every route, the same as JSON.
    const listXml = await xml('v2/requests.xml?service_code=环境卫生')
    expect(listXml.status).toBe(200)
    expect(listXml.doc.service_requests.request).toEqual(all.map(asXml))
    expect((await xml(`v2/requests/${third}.xml`)).doc.service_requests.request).toEqual([asXml(all.find((r) => r.service_request_id === third)!)])
    const services = (await get('services.json')).body as Record<string, unknown>[]
    expect((await xml('v2/services.xml')).doc.services.service).toEqual(services.map(asXml))
    expect((await get('services/环境卫生.json')).body).toEqual({ service_code: '环境卫生', attributes: [] })
    expect((await xml(`v2/services/${encodeURIComponent('环境卫生')}.xml`)).doc).toEqual({ service_definition: { service_code: '环境卫生', attributes: '' } })
    const discovery = (await (await fetch(`${base}/open311/discovery.json`)).json())
    expect(discovery).toMatchObject({ endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${base}/open311/v2`, type: 'production', formats: ['application/json', 'text/xml'] }] })
    expect((await xml('discovery.xml')).doc.discovery.endpoints.endpoint[0]).toMatchObject({ url: `${base}/open311/v2`, formats: { format: ['application/json', 'text/xml'] } })

    // service_request_id, a comma list, overrides every other argument.
    const named = (await get(`requests.json?service_request_id=${third},${declined.toLowerCase()}&service_code=停车&status=open&start_date=2020-01-01&end_date=2020-01-02`)).body
    expect(ids(named).sort()).toEqual([third, declined].sort())
    // An empty parameter is one not given.
    expect(ids((await get('requests.json?service_code=环境卫生&status=&start_date=&end_date=&jurisdiction_id=&page_size=')).body)).toEqual(ids(all))

    // Paging past the limit goes by the Link header's next address (a keyset cursor), never twice, never skipping.
    const seen: string[] = []
    let page = await xml('v2/requests.xml?service_code=环境卫生&page_size=25')
    for (;;) {
      seen.push(...ids(page.doc.service_requests.request ?? []))
      if (!page.link) break
      page = await xml(page.link.replace(/^<(.*)>; rel="next"$/, '$1').replace(`${base}/open311/`, ''))
    }
    expect(seen).toEqual(ids(all))

    // Errors in Open311's shape on every route: unknown ones, a POST of the write half, bad parameters; XML too.
    expect(await get('nothing.json')).toMatchObject({ status: 404, body: [{ code: 404, description: expect.stringContaining('discovery') }] })
    expect((await xml('v3/requests.xml')).doc).toEqual({ errors: { error: [{ code: '404', description: expect.any(String) }] } })
    const post = await fetch(`${base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'service_code=环境卫生&lat=36.2&long=113.1&description=x' })
    expect(post.status).toBe(405)
    expect(await post.json()).toEqual([{ code: 405, description: expect.stringContaining('码上说事') }])
    expect((await xml('v2/requests.xml', { method: 'POST', body: 'x' })).doc.errors.error[0].code).toBe('405')
    expect((await xml('v2/requests.xml?status=pending')).doc).toEqual({ errors: { error: [{ code: '400', description: 'status不正确' }] } })
    expect((await xml('v2/requests/nothing.xml')).status).toBe(404)

    // jurisdiction_id: the district's administrative division code, or its case-number prefix, in any case.
    for (const id of ['140403', 'LZ', 'lz']) expect(ids((await get(`requests.json?service_code=环境卫生&jurisdiction_id=${id}`)).body)).toEqual(ids(all))
    const admin = (await login(call, { persona: 'admin' })).token
    const settings = (await call('admin', { action: 'settings' }, admin)).data
    expect(settings.code).toBe('140403')
    expect(await call('admin', { action: 'saveSettings', ...settings, code: '1404' }, admin)).toMatchObject({ code: 'VALIDATION', message: '行政区划代码应为 6 位数字，如 140403' })
    await call('admin', { action: 'saveSettings', ...settings, code: '140404' }, admin)
    expect((await get('requests.json?jurisdiction_id=140404&service_code=环境卫生')).body).toHaveLength(all.length)
    expect((await get('requests.json?jurisdiction_id=140403')).status).toBe(404)
    await call('admin', { action: 'saveSettings', ...(await call('admin', { action: 'settings' }, admin)).data, code: '140403' }, admin)
  })
})
