import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ARTIFACTS, faultWatch, launchChromium, PHONE } from '../support/browser'
import { opened } from '../support/hooks'
import { startHost, type RunningHost } from '../support/host-process'

jest.setTimeout(180_000)

/**
 * The first slice in a real browser against the real host: a resident opens a deputy's QR
 * URL and files a concern; the deputy finds it in the inbox and answers; the resident reads it.
 */
describe('first slice in Chromium', () => {
  // Closed in the order opened (jest runs afterAll hooks so): the browser and its connections, then the host.
  const chromium = opened(launchChromium, (b) => b.close())
  const running = opened(() => startHost(), (h) => h.stop())
  let host: RunningHost
  let browser: Browser
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) })
  const faults = faultWatch()
  afterEach(() => expect(faults.take()).toEqual([]))

  beforeAll(() => {
    host = running.value
    browser = chromium.value
  })

  it('goes from a QR scan to the deputy’s answer', async () => {
    const resident = faults.watch(await (await browser.newContext(PHONE)).newPage())
    const concern = '小区东门晚上总有车辆占用消防通道，救护车进不来'

    // The QR code opens the deputy's landing page.
    await resident.goto(`${host.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    // By its own class: the deputy's name may also stand in an upcoming reception day's list of deputies.
    await resident.locator('.deputy-name', { hasText: '王建国' }).waitFor()
    await resident.locator('.station-name', { hasText: '西街街道火车站社区人大代表联络站' }).first().waitFor()
    await shot(resident, '01-deputy-landing')

    // The form keeps what was typed through a reload, and says what is missing.
    await resident.getByText('码上说事', { exact: true }).click()
    await resident.getByText('问题类别').waitFor()
    await resident.getByText('提交给代表').click()
    await resident.getByText('请选择问题类别').waitFor()
    await resident.locator('.chip', { hasText: '停车' }).click()
    await resident.locator('textarea').fill(concern)
    await resident.reload()
    await resident.getByText('问题类别').waitFor()
    expect(await resident.locator('textarea').inputValue()).toBe(concern)
    expect(await resident.locator('.chip--on').innerText()).toBe('停车')
    await shot(resident, '02-submit-form')

    await resident.getByText('提交给代表').click()
    await resident.locator('.success-number').waitFor()
    const number = await resident.locator('.success-number').innerText()
    expect(number).toMatch(/^LZ-\d{4}-\d{6}$/)
    await shot(resident, '03-submitted')

    // The deputy, on another phone, finds it in the inbox and replies.
    const deputy = faults.watch(await (await browser.newContext(PHONE)).newPage())
    await deputy.goto(`${host.base}/pages/me/index?persona=deputy`)
    await deputy.locator('.current-role', { hasText: '人大代表' }).waitFor()
    await deputy.getByText('代表收件箱').click()
    await deputy.getByText(concern).click()
    await deputy.locator('.move', { hasText: '答复' }).click()
    await deputy.locator('.move-form textarea').fill('已联系物业和交警，本周内划线并安装隔离桩')
    await deputy.getByText('发送答复').click()
    await deputy.locator('.timeline__text', { hasText: '本周内划线' }).waitFor()
    await shot(deputy, '04-deputy-replied')

    // The resident sees the reply and the new status in 我的诉求.
    await resident.getByText('查看办理进度').click()
    await resident.locator('.timeline__text', { hasText: '本周内划线并安装隔离桩' }).waitFor()
    await resident.locator('.tag', { hasText: '已答复' }).waitFor()
    await resident.goto(`${host.base}/pages/mine/index`)
    await resident.locator('.case-card', { hasText: number }).waitFor()
    await resident.locator('.case-card', { hasText: number }).click()
    await resident.getByText('王建国答复').waitFor()
    await shot(resident, '05-resident-sees-reply')
  })

  it('shows a clear page for an unknown or unreadable code', async () => {
    const page = faults.watch(await (await browser.newContext(PHONE)).newPage())
    await page.goto(`${host.base}/pages/deputy/index?scene=${encodeURIComponent('d=NOBODY')}`)
    await page.getByText('没有找到这位代表，二维码可能已失效').waitFor()
    await page.goto(`${host.base}/pages/deputy/index?scene=garbage`)
    await page.getByText('无法识别这个二维码').waitFor()
    await shot(page, '06-unknown-code')
  })
})
