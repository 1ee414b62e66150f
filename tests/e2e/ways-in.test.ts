import gcoord from 'gcoord'
import type { Locator, Page } from 'playwright-core'
import { withChromiumHost } from '../support/browser'

jest.setTimeout(180_000)

/** S02 太东街道人大代表之家's own point (GCJ-02), as a phone's GPS tells it to the browser (WGS-84). */
const [lng, lat] = gcoord.transform([113.1302, 36.1921], gcoord.GCJ02, gcoord.WGS84)
const AT_S02 = { geolocation: { latitude: lat, longitude: lng }, permissions: ['geolocation'] }

/** Taps the resident makes, counted: every way in files in four or fewer, plus typing. */
function tapper() {
  let taps = 0
  return {
    tap: async (target: Locator) => {
      taps++
      await target.click()
    },
    get taps() {
      return taps
    },
  }
}

describe('every way in, in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()

  /** Picks a category, types the concern and sends it; answers the new case's page as the resident sees it. */
  async function fileIt(page: Page, t: ReturnType<typeof tapper>, text: string) {
    await t.tap(page.locator('.chip', { hasText: '环境卫生' }))
    await page.locator('textarea').fill(text)
    await t.tap(page.locator('.submit'))
    await page.locator('.success-number').waitFor()
    await page.getByText('查看办理进度').click()
    await page.locator('.case-text', { hasText: text }).waitFor()
  }

  it('from a station’s QR code: 向本站反映问题 files to that station, and the deputies on duty are named', async () => {
    const resident = await phone()
    const t = tapper()
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('s=S01')}`)
    await t.tap(resident.locator('.file-to-station'))
    const s01 = (await fn('stations', { action: 'get', code: 'S01' })).data
    const duty = s01.roster.today.rotating ?? s01.roster.today.fixed[0]
    await resident.locator('.submit-target', { hasText: '西街街道火车站社区人大代表联络站' }).waitFor()
    // Every deputy on duty today, as the station's page lists them, and the one it goes to first.
    const today = [...s01.roster.today.fixed, ...(s01.roster.today.rotating ? [s01.roster.today.rotating] : [])].join('、')
    await resident.locator('.route-note', { hasText: `今天值班的代表是${today}；您的诉求先交给${duty}代表` }).waitFor()
    await shot(resident, '40-station-way-in')
    await fileIt(resident, t, '火车站广场东侧的垃圾桶满了好几天没人清运')
    expect(t.taps).toBeLessThanOrEqual(4)
    await resident.locator('.suggested-deputy', { hasText: duty }).waitFor()
    await resident.locator('.case-receiver', { hasText: '西街街道火车站社区人大代表联络站' }).waitFor()
  })

  it('from home with the phone’s position: 我要反映 shows where it goes before sending, and it lands there', async () => {
    const resident = await phone(undefined, AT_S02)
    const t = tapper()
    await resident.goto(`${app.base}/`)
    await t.tap(resident.locator('.tell-us').first())
    await resident.locator('.route-note', { hasText: '标注问题发生的位置后' }).waitFor()
    await t.tap(resident.locator('.use-here'))
    await resident.locator('.place-name', { hasText: '太东街道澳瑞特社区党群服务中心附近' }).waitFor()
    await resident.locator('.submit-target', { hasText: '太东街道人大代表之家' }).waitFor()
    await resident.locator('.route-note', { hasText: '您标注的位置在这个联络站的服务范围内' }).waitFor()
    await shot(resident, '41-tell-us-by-position')
    await fileIt(resident, t, '澳瑞特小区北门外的路灯一到晚上就不亮')
    expect(t.taps).toBeLessThanOrEqual(4)
    // The deputy or department who goes there reads the place by name and address, with a map.
    await resident.locator('.case-place', { hasText: '太东街道澳瑞特社区党群服务中心附近' }).waitFor()
    await resident.locator('.case-address', { hasText: '潞州区太东街道澳瑞特社区' }).waitFor()
    await resident.locator('.open-map').waitFor()
    await resident.locator('.case-receiver', { hasText: '太东街道人大代表之家' }).waitFor()
    await shot(resident, '42-case-with-place')
  })

  it('from home without a position: a place typed and picked routes the same way', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/pages/submit/index`)
    await resident.locator('.place-search input').fill('淮海')
    await resident.locator('.find-place').click()
    await resident.locator('.place-option', { hasText: '延南街道淮海社区人大代表联络站' }).click()
    await resident.locator('.place-name', { hasText: '延南街道淮海社区人大代表联络站' }).waitFor()
    await resident.locator('.submit-target', { hasText: '延南街道淮海社区人大代表联络站' }).waitFor()
    await shot(resident, '43-tell-us-by-search')
    await fileIt(resident, tapper(), '淮海社区居委会门前的井盖松动了，一踩就响')
    await resident.locator('.case-receiver', { hasText: '延南街道淮海社区人大代表联络站' }).waitFor()
  })

  it('signals a result: a badge on 消息, and home’s 待评价 opens the list to rate it', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/pages/submit/index?station=S01`)
    await fileIt(resident, tapper(), '火车站社区3号楼前的路面塌了一个坑')
    const id = new URL(resident.url()).searchParams.get('id')!
    const staff = (await fn('auth', { action: 'devLogin', persona: 'staff' })).data.token
    const version = (await fn('cases', { action: 'get', id }, staff)).data.version
    expect((await fn('cases', { action: 'answer', id, version, text: '已报社区安排修补，周五前填平' }, staff)).code).toBe('OK')
    await resident.goto(`${app.base}/`)
    await resident.locator('.to-rate', { hasText: '1 件诉求已办结，等您评价' }).waitFor()
    await resident.locator('.unread-messages', { hasText: '1 条新消息' }).waitFor()
    // The 消息 tab carries the unread count.
    await resident.locator('.taro-tabbar__badge, .weui-badge', { hasText: '1' }).first().waitFor()
    // Every tab shows its icon, not an empty box.
    const icons = await resident.$$eval('.weui-tabbar__icon', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))
    expect(icons).toEqual([81, 81, 81, 81])
    await shot(resident, '45-home-signals')
    await resident.locator('.to-rate').click()
    await resident.locator('.to-rate-filter.chip--on', { hasText: '待评价（1）' }).waitFor()
    await resident.getByRole('radio', { name: '待评价（1）', checked: true }).waitFor()
    await resident.locator('.case-card', { hasText: '路面塌了一个坑' }).waitFor()
    await shot(resident, '46-to-rate')
    // Opening 消息 clears its badge, and home no longer counts the message as new.
    await resident.locator('.weui-tabbar__item', { hasText: '消息' }).click()
    await resident.locator('.message--unread').first().waitFor()
    await resident.locator('.taro-tabbar__badge, .weui-badge', { hasText: '1' }).first().waitFor({ state: 'hidden' })
    await resident.locator('.weui-tabbar__item', { hasText: '首页' }).click()
    await resident.locator('.tell-us').waitFor()
    await resident.locator('.unread-messages').waitFor({ state: 'detached' })
  })

  it('an unknown code’s page offers the stations and 我要反映', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=ZZ999')}`)
    await resident.getByText('没有找到这位代表').waitFor()
    await resident.locator('.tell-us').waitFor()
    await shot(resident, '44-unknown-code')
    await resident.locator('.find-stations').click()
    await resident.locator('.station-item').first().waitFor()
    await resident.goBack()
    await resident.locator('.tell-us').click()
    await resident.getByText('问题发生在哪里').waitFor()
  })
})
