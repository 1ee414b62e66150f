import { readFileSync } from 'node:fs'
import { withChromiumHost } from '../support/browser'

jest.setTimeout(180_000)

/** A resident's own data in the browser: the privacy policy, a download of everything held, and ending the account. */
describe('my own data in Chromium', () => {
  const app = withChromiumHost()

  it('reads the policy, downloads everything held, and deletes the account', async () => {
    const resident = await app.phone()
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await resident.getByText('码上说事', { exact: true }).click()
    await resident.locator('.chip', { hasText: '物业管理' }).click()
    await resident.locator('textarea').fill('楼下垃圾桶满了三天没人清运，气味很大')
    await resident.getByText('提交给代表').click()
    await resident.locator('.success-number').waitFor()

    await resident.goto(`${app.base}/pages/me/index`)
    await resident.locator('.privacy-policy').click()
    await resident.getByText('码上说事隐私保护指引').waitFor()
    await resident.goBack()

    const [download] = await Promise.all([resident.waitForEvent('download'), resident.locator('.export-my-data').click()])
    const kept = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(kept.cases.map((c: { text: string }) => c.text)).toEqual(['楼下垃圾桶满了三天没人清运，气味很大'])
    await app.shot(resident, '20-my-data')

    await resident.locator('.delete-account').click()
    await resident.locator('.taro-modal__foot').getByText('注销', { exact: true }).click()
    await resident.getByText('账号已注销').waitFor()
    // Signed in again as a new resident: 我的诉求 is empty.
    await resident.goto(`${app.base}/pages/mine/index`)
    await resident.getByText(/还没有|暂无/).first().waitFor()
  })
})
