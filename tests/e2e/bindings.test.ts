import { withChromiumHost } from '../support/browser'

jest.setTimeout(180_000)

/** Roles by binding code in the browser: the admin at a desktop issues a code; a new person binds and works. */
describe('binding codes in Chromium', () => {
  const app = withChromiumHost()

  it('an admin at 1280 px issues a staff code; a new person binds with it and lands on the station queue', async () => {
    const admin = await app.phone('admin')
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.getByText('绑定码与人员', { exact: true }).click()
    await admin.locator('.give-staff').click()
    await admin.locator('.binding-target input').fill('S02')
    await admin.locator('.issue-binding').click()
    const code = (await admin.locator('.issued-code').textContent())!.trim()
    expect(code).toMatch(/^[A-Z3-9]{8}$/)
    await admin.locator('.binding-qr').waitFor()
    await admin.locator('.binding-item', { hasText: '待使用' }).first().waitFor()
    await app.shot(admin, '23-bindings-desktop')

    const person = await app.phone()
    await person.goto(`${app.base}/pages/me/index`)
    await person.locator('.bind-role').click()
    await person.locator('.binding-code input').fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)
    await person.locator('.bind').click()
    // Bound as the station's staff: its queue opens.
    await person.getByText('暂时没有待处理的诉求').or(person.locator('.case-card').first()).waitFor()
    await person.goto(`${app.base}/pages/me/index`)
    await person.locator('.current-role', { hasText: '联络站工作人员' }).waitFor()
    await app.shot(person, '24-bound-staff')

    // The same code again is refused, saying why.
    const other = await app.phone()
    await other.goto(`${app.base}/packages/account/bind/index?code=${code}`)
    await other.locator('.bind').click()
    await other.getByText('这个绑定码已经使用过，每个绑定码只能用一次').waitFor()
  })
})
