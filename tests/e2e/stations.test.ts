import { withChromiumHost } from '../support/browser'
import { scanPng } from '../support/qr'

jest.setTimeout(180_000)

describe('stations in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app
  /** Calls a function on the host, as the app's api client does. */
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()

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
    const qr = await fn('deputies', { action: 'qr', code: 'LZ002' })
    const scanned = scanPng(Buffer.from(await (await fetch(`${app.base}${qr.data.url}`)).arrayBuffer()))
    expect(scanned.text).toBe(`${app.base}/pages/deputy/index?scene=d%3DLZ002`)
    await resident.goto(scanned.text!)
    const lz002 = (await fn('deputies', { action: 'get', code: 'LZ002' })).data.name
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
    const listed = await fn('stations', { action: 'list', q: '火车站' })
    const stationId = listed.data.items[0].id
    await resident.goto(`${app.base}/packages/stations/station/index?id=${stationId}`)
    await resident.locator('.roster', { hasText: '每天轮值' }).waitFor()
    expect(await resident.locator('.roster').innerText()).not.toContain('常驻')
  })

  it('staff post a reception day; a resident books a slot; the deputy confirms; the resident hears so', async () => {
    // Whoever the first test's daily rotation puts on duty depends on today's date: 王建国 (the
    // deputy persona) is made the fixed deputy, so the day's duty always includes him.
    const staffToken = (await fn('auth', { action: 'devLogin', persona: 'staff' })).data.token
    const s01 = (await fn('stations', { action: 'get', code: 'S01' })).data
    const wang = s01.deputiesList.find((d: { name: string }) => d.name === '王建国').id
    const others = s01.deputiesList.filter((d: { id: string }) => d.id !== wang).map((d: { id: string }) => d.id)
    const saved = await fn('stations', { action: 'saveRoster', id: s01.id, fixed: [wang], rotating: others, period: 'week', startsOn: '2026-01-05' }, staffToken)
    expect(saved.code).toBe('OK')
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/notices/index`)
    await staff.locator('.notice-theme input').fill('老旧小区改造意见征集')
    await staff.locator('.notice-place input').fill('火车站社区党群服务中心二楼')
    await staff.locator('.capacity input').fill('1')
    await staff.locator('.post-notice').click()
    await staff.locator('.notice__theme', { hasText: '老旧小区改造意见征集' }).waitFor()
    await staff.locator('.notice__when', { hasText: '每月11日 14:30–17:00（遇节假日顺延）' }).waitFor()

    const resident = await phone()
    const listed = await fn('stations', { action: 'list', q: '火车站' })
    await resident.goto(`${app.base}/packages/stations/station/index?id=${listed.data.items[0].id}`)
    await resident.locator('.follow-station', { hasText: '关注本站' }).click()
    await resident.locator('.follow-station', { hasText: '已关注' }).waitFor()
    await resident.locator('.notice', { hasText: '老旧小区改造意见征集' }).click()
    const mine = resident.locator('.slot-group', { hasText: '王建国' })
    await mine.locator('.slot').first().waitFor()
    await mine.locator('.slot__book', { hasText: '预约' }).first().click()
    // 约见 asks what it is about, and a phone only with consent, then confirms.
    await resident.locator('.booking-place', { hasText: '地点：' }).waitFor()
    await resident.locator('.appointment-topic textarea').fill('楼道加装电梯的费用怎么分摊，想当面请教')
    await resident.locator('.appointment-phone input').fill('13912345678')
    await resident.locator('.consent').click()
    await shot(resident, '22a-booking-topic')
    await resident.locator('.confirm-booking').click()
    await resident.locator('.taro-modal__foot').getByText('确认预约', { exact: true }).click()
    await mine.locator('.slot__left', { hasText: '已预约' }).waitFor()
    await shot(resident, '22-notice-booked')
    // 提前征集: a question sent in before the day, from the notice.
    await resident.locator('.ask-ahead').click()
    await resident.locator('.submit-target', { hasText: '老旧小区改造意见征集' }).waitFor()
    await resident.locator('.chip', { hasText: '物业管理' }).click()
    await resident.locator('.textarea textarea').fill('小区外墙保温层脱落，改造时能不能一并处理？')
    await resident.getByText('提交给代表').click()
    await resident.locator('.success-number').waitFor()
    // The district's 接待日 list shows the day too.
    await resident.goto(`${app.base}/`)
    await resident.locator('.find-receptions').click()
    await resident.locator('.reception-day .notice__theme', { hasText: '老旧小区改造意见征集' }).waitFor()
    await shot(resident, '22b-reception-days')

    const deputy = await phone('deputy')
    await deputy.goto(`${app.base}/packages/stations/appointments/index`)
    const booked = deputy.locator('.appointment', { hasText: '老旧小区改造意见征集' })
    await booked.locator('.appointment__topic', { hasText: '楼道加装电梯的费用怎么分摊' }).waitFor()
    await booked.locator('.appointment__phone', { hasText: '13912345678' }).waitFor()
    await booked.locator('.appointment__confirm').click()
    await deputy.locator('.appointment__status', { hasText: '代表已确认' }).waitFor()
    await shot(deputy, '23-deputy-appointments')
    // The deputy on duty reads the question sent in before the day.
    await deputy.locator('.appointment .field-value', { hasText: '老旧小区改造意见征集' }).click()
    await deputy.locator('.open-records').click()
    await deputy.locator('.advance-question', { hasText: '小区外墙保温层脱落' }).waitFor()
    await shot(deputy, '23b-questions-sent-ahead')

    await resident.goto(`${app.base}/pages/messages/index`)
    await resident.locator('.message__title', { hasText: '代表已确认约见' }).waitFor()
    await resident.goto(`${app.base}/packages/stations/appointments/index`)
    await resident.locator('.appointment__status', { hasText: '代表已确认' }).waitFor()
    await resident.locator('.appointment__place', { hasText: '地点：' }).waitFor()
    await resident.locator('.appointment__cancel', { hasText: '取消预约' }).waitFor()
  })

  it("a deputy prints their poster, which scans to their page; staff approve the profile the page then shows", async () => {
    const deputy = await phone('deputy')
    await deputy.goto(`${app.base}/pages/me/index`)
    await deputy.getByText('我的资料与海报').click()
    await deputy.locator('.show-qr', { hasText: '生成我的二维码海报' }).click()
    const poster = deputy.locator('.qr-card__poster img')
    await poster.evaluate((img: HTMLImageElement) => img.decode())
    await deputy.locator('.save-poster').waitFor()
    await shot(deputy, '25-deputy-poster')
    // The poster, scanned, opens the deputy's page in the H5 build.
    const src = await poster.evaluate((img: HTMLImageElement) => img.src)
    const scanned = scanPng(Buffer.from(await (await fetch(src)).arrayBuffer()))
    expect(scanned).toMatchObject({ width: 1240, height: 1754, text: `${app.base}/pages/deputy/index?scene=d%3DLZ001` })

    await deputy.locator('.bio textarea').fill('在社区工作二十年，关注老旧小区改造和养老服务。')
    await deputy.locator('.contact-hours input').fill('每周三下午在联络站')
    await deputy.locator('.send-profile').click()
    await deputy.locator('.banner--pending', { hasText: '等待联络站审核' }).waitFor()
    await shot(deputy, '26-deputy-profile-pending')

    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/deputies/index`)
    const change = staff.locator('.profile-change')
    await change.locator('.diff-new', { hasText: '在社区工作二十年' }).waitFor()
    await shot(staff, '27-staff-approves-profile')
    await change.locator('.approve-change').click()
    await staff.locator('.no-changes').waitFor()

    const resident = await phone()
    await resident.goto(scanned.text!)
    await resident.locator('.deputy-bio', { hasText: '在社区工作二十年' }).waitFor()
    await resident.locator('.contact-hours', { hasText: '每周三下午在联络站' }).waitFor()
    await shot(resident, '28-deputy-page-profile')
  })
})
