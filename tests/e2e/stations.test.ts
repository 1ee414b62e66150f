import { withChromiumHost } from '../support/browser'
import { scanPng } from '../support/qr'

jest.setTimeout(180_000)

describe('stations in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app

  it('finds a station from home, reads who is on duty, and staff change the roster', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/`)
    await resident.locator('.find-stations').click()
    await resident.locator('.station-item').first().waitFor()
    expect(await resident.locator('.station-item').count()).toBe(8)
    await resident.locator('.station-search input').fill('太东')
    await resident.locator('.station-item').nth(1).waitFor()
    await resident.locator('.station-item').nth(2).waitFor({ state: 'detached' })
    await resident.locator('.station-item', { hasText: '太东街道人大代表之家' }).click()
    await resident.locator('.regions', { hasText: '潞州区 › 太东街道 › 澳瑞特社区' }).waitFor()
    await resident.locator('.on-duty', { hasText: '今天：' }).waitFor()
    expect(await resident.locator('.station-deputy').count()).toBeGreaterThanOrEqual(4)
    await shot(resident, '20-station-page')
    // A deputy of the station opens the deputy's page.
    const first = (await resident.locator('.station-deputy .deputy-item__name').first().innerText()).trim()
    await resident.locator('.station-deputy').first().click()
    await resident.locator('.deputy-name', { hasText: first }).waitFor()
    await resident.locator('.deputy-figures .figure-cell--received .figure', { hasText: '0' }).waitFor()
    // A deputy's QR code, scanned, opens that deputy's page in the H5 build.
    const qr = await (await fetch(`${app.base}/fn/deputies`, { method: 'POST', body: JSON.stringify({ action: 'qr', code: 'LZ002' }) })).json()
    const scanned = scanPng(Buffer.from(await (await fetch(`${app.base}${qr.data.url}`)).arrayBuffer()))
    expect(scanned.text).toBe(`${app.base}/pages/deputy/index?scene=d%3DLZ002`)
    await resident.goto(scanned.text!)
    const lz002 = (await (await fetch(`${app.base}/fn/deputies`, { method: 'POST', body: JSON.stringify({ action: 'get', code: 'LZ002' }) })).json()).data.name
    await resident.locator('.deputy-name', { hasText: lz002 }).waitFor()
    await resident.locator('.show-qr').click()
    await resident.locator('.qr-card img').evaluate((img: HTMLImageElement) => img.decode())
    await shot(resident, '24-deputy-page-qr')
    // A station's own QR code opens its page.
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('s=S02')}`)
    await resident.locator('.station-title', { hasText: '太东街道人大代表之家' }).waitFor()

    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/roster/index`)
    await staff.locator('.roster-row').first().waitFor()
    // Everyone takes turns, daily.
    const rows = staff.locator('.roster-row')
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).locator('.chip', { hasText: '轮值' }).click()
    await staff.locator('.chip.period', { hasText: '每天' }).click()
    await staff.locator('.save-roster').click()
    await staff.getByText('值班表已保存').waitFor()
    await shot(staff, '21-staff-roster')
    // The staff persona works at S01, 火车站社区.
    const listed = await (await fetch(`${app.base}/fn/stations`, { method: 'POST', body: JSON.stringify({ action: 'list', q: '火车站' }) })).json()
    const stationId = listed.data.items[0].id
    await resident.goto(`${app.base}/packages/stations/station/index?id=${stationId}`)
    await resident.locator('.roster', { hasText: '每天轮值' }).waitFor()
    expect(await resident.locator('.roster').innerText()).not.toContain('常驻')
  })

  it('staff post a reception day; a resident books a slot; the deputy confirms; the resident hears so', async () => {
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/notices/index`)
    await staff.locator('.notice-theme input').fill('老旧小区改造意见征集')
    await staff.locator('.notice-place input').fill('火车站社区党群服务中心二楼')
    await staff.locator('.capacity input').fill('1')
    await staff.locator('.post-notice').click()
    await staff.locator('.notice__theme', { hasText: '老旧小区改造意见征集' }).waitFor()
    await staff.locator('.notice__when', { hasText: '每月11日 14:30–17:00（遇节假日顺延）' }).waitFor()

    const resident = await phone()
    const listed = await (await fetch(`${app.base}/fn/stations`, { method: 'POST', body: JSON.stringify({ action: 'list', q: '火车站' }) })).json()
    await resident.goto(`${app.base}/packages/stations/station/index?id=${listed.data.items[0].id}`)
    await resident.locator('.follow-station', { hasText: '关注本站' }).click()
    await resident.locator('.follow-station', { hasText: '已关注' }).waitFor()
    await resident.locator('.notice', { hasText: '老旧小区改造意见征集' }).click()
    const mine = resident.locator('.slot-group', { hasText: '王建国' })
    await mine.locator('.slot').first().waitFor()
    await mine.locator('.slot__book', { hasText: '预约' }).first().click()
    await mine.locator('.slot__left', { hasText: '已预约' }).waitFor()
    await shot(resident, '22-notice-booked')

    const deputy = await phone('deputy')
    await deputy.goto(`${app.base}/packages/stations/appointments/index`)
    await deputy.locator('.appointment', { hasText: '老旧小区改造意见征集' }).locator('.appointment__confirm').click()
    await deputy.locator('.appointment__status', { hasText: '代表已确认' }).waitFor()
    await shot(deputy, '23-deputy-appointments')

    await resident.goto(`${app.base}/pages/messages/index`)
    await resident.locator('.message__title', { hasText: '代表已确认约见' }).waitFor()
    await resident.goto(`${app.base}/packages/stations/appointments/index`)
    await resident.locator('.appointment__status', { hasText: '代表已确认' }).waitFor()
  })
})
