import { shanghaiDay } from '../../src/core/time'
import { withChromiumHost } from '../support/browser'

jest.setTimeout(180_000)

/** Content safety in the browser: a refused draft stays, staff release what was held, a resident reports. */
describe('content safety in Chromium', () => {
  const app = withChromiumHost()
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()

  it('refuses risky words and keeps the draft; holds doubtful ones, which staff then release', async () => {
    const resident = await app.phone()
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await resident.getByText('码上说事', { exact: true }).click()
    await resident.locator('.chip', { hasText: '物业管理' }).click()
    const risky = '有人在小区里代开发票，还到处贴小广告'
    await resident.locator('textarea').fill(risky)
    await resident.getByText('提交给代表').click()
    await resident.getByText('诉求内容含有不宜发布的内容，请修改后再提交。').waitFor()
    expect(await resident.locator('textarea').inputValue()).toBe(risky)

    await resident.locator('textarea').fill('楼下有人私拉电线给电瓶车充电，随时可能爆炸，请尽快处理')
    await resident.getByText('提交给代表').click()
    await resident.locator('.held-hint').waitFor()
    await app.shot(resident, '21-held-case')

    const staff = await app.phone('staff')
    await staff.getByText('内容审核', { exact: true }).click()
    const item = staff.locator('.review-item', { hasText: '私拉电线' })
    await item.waitFor()
    expect(await item.locator('.review-why').textContent()).toContain('待审词：爆炸')
    await app.shot(staff, '22-review-queue')
    await item.locator('.release-item').click()
    await staff.getByText('没有待审核的内容').waitFor()

    await resident.goto(`${app.base}/pages/messages/index`)
    await resident.getByText('诉求内容已通过审核', { exact: true }).waitFor()
  })

  it('lets a resident report a reception notice from its page', async () => {
    const staff = (await fn('auth', { action: 'devLogin', persona: 'staff' })).data
    const day = shanghaiDay(new Date(Date.now() + 5 * 86_400_000))
    const notice = await fn('notices', {
      action: 'post', stationId: staff.user.stationId, theme: '听取群众对停车收费的意见', place: '联络站一楼',
      schedule: { rule: { kind: 'once', date: day }, start: '09:00', end: '11:00', workdayShift: false },
    }, staff.token)
    expect(notice.code).toBe('OK')

    const resident = await app.phone('resident')
    await resident.goto(`${app.base}/packages/stations/notice/index?id=${notice.data.id}`)
    await resident.locator('.report-link').click()
    await resident.locator('.taro-actionsheet__cell', { hasText: '虚假不实' }).click()
    await resident.locator('.report-link', { hasText: '已举报' }).waitFor()
  })
})
