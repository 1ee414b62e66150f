import { withChromiumHost } from '../support/browser'
import { fixture } from '../support/media'

jest.setTimeout(180_000)

describe('履职 in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()
  const pointsOn = async (page: Awaited<ReturnType<typeof phone>>) => Number((await page.locator('.quarter-points').innerText()).match(/(-?[\d.]+) 分/)![1])

  it('a deputy records a 视察 with a photo, staff verify it, and the public page shows it with the new score and the last 述职 with its rating', async () => {
    const title = `视察火车站社区加装电梯 ${Date.now() % 100000}`
    const resident = await phone()
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await resident.locator('.duty-card .quarter-points').waitFor()
    const before = await pointsOn(resident)

    // The deputy records it, with a photo, from 我的履职.
    const deputy = await phone('deputy')
    await deputy.goto(`${app.base}/packages/duty/mine/index`)
    await deputy.locator('.record-activity').click()
    await deputy.locator('.activity-kind', { hasText: '视察' }).click()
    await deputy.locator('.activity-title input').fill(title)
    await deputy.locator('.activity-text textarea').fill('查看了三栋楼的加装电梯施工进度，督促施工方做好安全防护')
    const chooser = deputy.waitForEvent('filechooser')
    await deputy.locator('.media-add').click()
    await (await chooser).setFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: fixture('photo.jpg') })
    await deputy.locator('.media-tile--done').waitFor()
    await shot(deputy, '60-deputy-records-activity')
    await deputy.locator('.save-activity').click()
    await deputy.getByText('已提交，等待联络站核实').waitFor()
    await deputy.locator('.activity', { hasText: title }).locator('.activity-status', { hasText: '待核实' }).waitFor()
    await shot(deputy, '61-deputy-record')

    // Not public, and worth nothing, until verified.
    await resident.reload()
    await resident.locator('.duty-card .quarter-points').waitFor()
    expect(await pointsOn(resident)).toBe(before)
    expect(await resident.locator('.recent-activity', { hasText: title }).count()).toBe(0)

    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/duty/verify/index`)
    const pending = staff.locator('.activity', { hasText: title })
    await pending.locator('.media-photo').waitFor()
    await shot(staff, '62-staff-verifies')
    await pending.locator('.verify-activity').click()
    await staff.getByText('已核实，计入履职档案').waitFor()
    await pending.waitFor({ state: 'detached' })

    // The deputy publishes a 述职 (through the api client's calls), and the resident rates it on the page.
    const token = (await fn('auth', { action: 'devLogin', persona: 'deputy' })).data.token
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()
    const draft = (await fn('dutyReports', { action: 'draft', year }, token)).data
    expect((await fn('dutyReports', { action: 'publish', id: draft.id, text: draft.text.replace('（请在这里填写）', '继续跟踪加装电梯。'), version: draft.version }, token)).code).toBe('OK')

    await resident.reload()
    await resident.locator('.recent-activity', { hasText: title }).waitFor()
    // 视察 earns 3 points under the default rules; 述职 10 more (published this year, so this quarter).
    expect(await pointsOn(resident)).toBe(before + 3 + 10)
    await resident.locator('.last-duty-report', { hasText: `${year}年度述职：待评议` }).waitFor()
    await resident.locator('.duty-more').click()
    await resident.locator('.points-total', { hasText: `${before + 13} 分` }).waitFor()
    await resident.locator('.point-item', { hasText: title }).locator('text=+3 分').waitFor()
    await resident.locator('.point-item', { hasText: `${year}年度述职报告` }).locator('text=+10 分').waitFor()
    const shown = resident.locator('.activity', { hasText: title })
    // The photo itself loads for the public.
    await shown.locator('.media-photo img').evaluate((img: HTMLImageElement) => img.decode())
    await resident.locator('.rate-option', { hasText: /^满意$/ }).click()
    await resident.getByText('感谢您的评议').waitFor()
    await resident.locator('.duty-verdict', { hasText: '称职（满意率 100%）' }).waitFor()
    await resident.locator('.hint', { hasText: '您的评议：满意' }).waitFor()
    await shot(resident, '63-public-record')
  })
})
