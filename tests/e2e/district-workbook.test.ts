import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withChromiumHost } from '../support/browser'
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
})
