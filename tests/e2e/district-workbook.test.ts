import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withChromiumHost } from '../support/browser'
import { deputyRow, officeWorkbook, typed, xlsBytes } from '../fixtures/office-workbooks'
import { luzhouSized, sheetsOf, workbookOf } from '../support/workbook'

jest.setTimeout(180_000)

/** The admin at a desktop loads the district from Excel: checked first, then written, then exported. */
describe("a district's workbook in Chromium", () => {
  const app = withChromiumHost()

  it('an admin at 1280 px checks a 潞州-sized workbook, imports it, and downloads the district back', async () => {
    const file = join(tmpdir(), `district-${Date.now()}.xlsx`)
    writeFileSync(file, Buffer.from(await workbookOf(luzhouSized()), 'base64'))
    const admin = await app.phone('admin')
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.getByText('本区数据（Excel）', { exact: true }).click()

    const [chooser] = await Promise.all([admin.waitForEvent('filechooser'), admin.locator('.pick-workbook').click()])
    await chooser.setFiles(file)
    await admin.getByText('检查通过，确认后导入').waitFor()
    expect(await admin.locator('.import-count').allTextContents()).toEqual([
      '站点：新增 66，更新 0，不变 0', '代表：新增 612，更新 0，不变 0', '部门：新增 12，更新 0，不变 0', '类别：新增 10，更新 0，不变 0', '节假日：新增 8，更新 0，不变 0',
    ])
    await admin.locator('.confirm-import').click()
    await admin.getByText('导入完成').waitFor()
    await app.shot(admin, '26-district-import-desktop')

    const [download] = await Promise.all([admin.waitForEvent('download'), admin.locator('.export-district').click()])
    const sheets = await sheetsOf(readFileSync((await download.path())!).toString('base64'))
    expect(sheets['站点'].map((r) => r[0])).toContain('ZS066')
    expect(sheets['代表']).toHaveLength(1 + 612 + 36)
  })

  it("then edits an imported station, issues a staff code for it, and the person who binds sees that station's queue", async () => {
    const admin = await app.phone('admin')
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.getByText('本区开通与数据', { exact: true }).click()
    await admin.locator('.checklist-stations', { hasText: '已完成' }).waitFor()
    await admin.locator('.checklist-reception', { hasText: '已完成' }).waitFor()
    await app.shot(admin, '27-admin-checklist-desktop')

    await admin.locator('.records-站点').click()
    await admin.locator('.record-search input').fill('ZS002')
    await admin.locator('.record-item', { hasText: 'ZS002' }).click()
    await admin.locator('.record-名称 input').fill('第2联络站（新址）')
    await admin.locator('.save-record').click()
    await admin.getByText('修改站点：ZS002').waitFor()
    await admin.getByText('已保存').waitFor()
    await app.shot(admin, '28-station-record-desktop')

    // A resident files to an imported deputy of ZS002.
    const post = (name: string, body: object, token?: string) =>
      fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json())
    const resident = (await post('auth', { action: 'devLogin', openid: `r-${Date.now()}` })).data.token
    const text = '第二联络站门口的人行道砖松动，雨天踩上去溅水'
    expect((await post('cases', { action: 'submit', submissionId: `s-${Date.now()}`, deputyCode: 'ZD0002', category: '导入类别1', text, showPublicly: false }, resident)).code).toBe('OK')

    await admin.goto(`${app.base}/packages/admin/bindings/index`)
    await admin.locator('.give-staff').click()
    await admin.locator('.binding-target input').fill('ZS002')
    await admin.locator('.issue-binding').click()
    const code = (await admin.locator('.issued-code').textContent())!.trim()

    const person = await app.phone()
    await person.goto(`${app.base}/packages/account/bind/index?code=${code}`)
    await person.locator('.bind').click()
    await person.locator('.case-card', { hasText: text }).waitFor()
    await app.shot(person, '29-imported-station-queue')

    // The admin pages on a phone.
    const phoneAdmin = await app.phone('admin')
    await phoneAdmin.goto(`${app.base}/packages/admin/home/index`)
    await phoneAdmin.locator('.checklist-item').first().waitFor()
    await app.shot(phoneAdmin, '30-admin-checklist-phone')
    await phoneAdmin.goto(`${app.base}/packages/admin/settings/index`)
    await phoneAdmin.locator('.settings-prefix input').waitFor()
    // The district's 行政区划代码, Open311's jurisdiction_id, is shown to edit.
    expect(await phoneAdmin.locator('.settings-code input').inputValue()).toBe('140403')
    await app.shot(phoneAdmin, '31-admin-settings-phone')
  })

  it("shows the admin what an office's workbook holds: the one cell Excel turned into a date, and what was written in its certain form", async () => {
    const file = join(tmpdir(), `office-${Date.now()}.xlsx`)
    const year = new Date().getUTCFullYear()
    const workbook = await officeWorkbook({
      代表: {
        title: '潞州区人大代表名册',
        rows: [deputyRow('ZD0001', 'ZS001', { 手机: '１３９１２３４５６７８' }), deputyRow('ZD0002', typed.dateFromCode(3, 1))],
      },
    })
    writeFileSync(file, Buffer.from(workbook, 'base64'))
    const admin = await app.phone('admin')
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.goto(`${app.base}/packages/admin/district/index`)
    const [chooser] = await Promise.all([admin.waitForEvent('filechooser'), admin.locator('.pick-workbook').click()])
    await chooser.setFiles(file)
    await admin.getByText('发现 1 处问题，未导入').waitFor()
    expect(await admin.locator('.import-error').allTextContents()).toEqual([`代表 第 4 行 所属站点编码：这一格被 Excel 识别成了日期 ${year}-03-01，请把这一列设为文本后重新输入编码`])
    expect(await admin.locator('.import-notice').allTextContents()).toEqual([
      '代表：表头在第 2 行，上面的行当作标题跳过',
      '代表：全角字符 1 处已按规范改写，如 第 3 行 手机“１３９１２３４５６７８”→“13912345678”',
    ])
    await app.shot(admin, '26b-office-workbook-notices')

    // An old-format file is offered by the chooser, and refused with how to save it as .xlsx.
    const old = join(tmpdir(), `office-${Date.now()}.xls`)
    writeFileSync(old, Buffer.from(xlsBytes(), 'base64'))
    const [again] = await Promise.all([admin.waitForEvent('filechooser'), admin.locator('.pick-workbook').click()])
    expect(await again.element().getAttribute('accept')).toContain('.xls')
    await again.setFiles(old)
    await admin.locator('.import-error', { hasText: '这是旧版 Excel（.xls）、WPS 表格（.et）或设了打开密码的文件' }).waitFor()
  })
})
