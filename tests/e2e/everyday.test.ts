import type { Page } from 'playwright-core'
import { withChromiumHost } from '../support/browser'
import { opened } from '../support/hooks'
import { startHost } from '../support/host-process'
import { scanPng } from '../support/qr'

jest.setTimeout(240_000)

/** Each sheet's page: a record to add, the column to change, the new value. */
const SHEETS = [
  { sheet: '代表', listed: 'LZ001', row: { 代表编码: 'LZ901', 姓名: '测试代表', 层级: '县区', 职务: '社区居民', 所属站点编码: 'S01', 手机: '', 状态: '在任' }, change: ['职务', '退休教师'] },
  { sheet: '部门', listed: '区住房和城乡建设局', row: { 部门编码: 'BM901', 名称: '测试部门' }, change: ['名称', '测试部门（新）'] },
  { sheet: '类别', listed: '物业管理', row: { 类别: '测试类别', 派单部门编码: '' }, change: ['派单部门编码', 'BM02'] },
  { sheet: '节假日', listed: '', row: { 日期: '2027-02-11', 类型: '休', 名称: '测试假日' }, change: ['名称', '测试假日（调）'] },
] as const

/** The everyday defects a newcomer found, as a person meets them in Chromium. */
describe('everyday use in Chromium', () => {
  const app = withChromiumHost()
  const desktop = async () => {
    const page = await app.phone('admin')
    await page.setViewportSize({ width: 1280, height: 900 })
    return page
  }
  const modalButton = (page: Page, text: string) => page.locator('.taro-modal__foot').getByText(text, { exact: true }).click()

  it('opens each of the admin’s records pages from its encoded address, and lists, adds, edits and removes that sheet’s records', async () => {
    const admin = await desktop()
    for (const { sheet, listed, row, change } of SHEETS) {
      const asked: string[] = []
      const listen = (r: { url(): string; postData(): string | null }) => void (r.url().includes('/fn/admin') && asked.push(r.postData() ?? ''))
      admin.on('request', listen)
      // As a person follows a link: the address bar holds the sheet percent-encoded.
      await admin.goto(`${app.base}/packages/admin/records/index?sheet=${encodeURIComponent(sheet)}`)
      await admin.locator('.new-record', { hasText: `新增${sheet}` }).waitFor()
      await admin.locator('.state--loading').waitFor({ state: 'detached' })
      expect(asked.some((b) => b.includes(`"sheet":"${sheet}"`))).toBe(true)
      expect(asked.some((b) => b.includes('"sheet":"站点"'))).toBe(false)
      admin.off('request', listen)
      if (listed) await admin.locator('.record-item', { hasText: listed }).first().waitFor()

      // Add.
      await admin.locator('.new-record').click()
      for (const [column, value] of Object.entries(row)) await admin.locator(`.record-${column} input`).fill(value)
      await admin.locator('.save-record').click()
      const key = Object.values(row)[0]
      await admin.getByText(`修改${sheet}：${key}`).waitFor()
      await admin.getByText('返回列表', { exact: true }).click()
      await admin.locator('.record-search input').fill(key)
      await admin.locator('.record-item', { hasText: key }).waitFor()

      // Edit.
      await admin.locator('.record-item', { hasText: key }).click()
      await admin.locator(`.record-${change[0]} input`).fill(change[1])
      const saved = admin.waitForResponse((r) => r.url().endsWith('/fn/admin') && (r.request().postData() ?? '').includes(change[1]))
      await admin.locator('.save-record').click()
      expect((await (await saved).json()).code).toBe('OK')
      await admin.reload()
      await admin.locator('.record-search input').fill(key)
      await admin.locator('.record-item', { hasText: key }).click()
      expect(await admin.locator(`.record-${change[0]} input`).inputValue()).toBe(change[1])
      if (sheet === '代表') await app.shot(admin, '40-admin-records-deputies')

      // Remove.
      await admin.locator('.remove-record').click()
      await modalButton(admin, '删除')
      await admin.locator('.record-search').waitFor()
      await admin.locator('.record-search input').fill(key)
      await admin.getByText('没有找到').waitFor()
    }
  })

  it('tells a resident what is wrong with a long paste or an emoji-only text, keeps every word, says when they will hear back, and takes a 补充说明', async () => {
    const resident = await app.phone('resident')
    await resident.goto(`${app.base}/pages/submit/index?station=S01`)
    await resident.locator('.chip', { hasText: '环境卫生' }).click()
    // A 5,000-character paste is kept whole: the counter and a message say it is too long.
    const pasted = `${'小区垃圾站每天下午才清运，夏天气味很大。'.repeat(250)}`
    expect(pasted.length).toBe(5000)
    await resident.locator('textarea').fill(pasted)
    await resident.locator('.counter', { hasText: '5000/1000' }).waitFor()
    await resident.locator('.text-over', { hasText: '超出 4000 个字' }).waitFor()
    await resident.reload()
    await resident.locator('.counter', { hasText: '5000/1000' }).waitFor()
    expect(await resident.locator('textarea').inputValue()).toBe(pasted)
    await resident.locator('.submit').click()
    await resident.getByText('问题描述不能超过 1000 个字（现在 5000 个字），请删减后再提交').waitFor()
    await app.shot(resident, '43-long-paste-kept')
    // Emoji and punctuation are not words, and the form says so.
    await resident.locator('textarea').fill('😡😡😡😡😡！！')
    await resident.locator('.submit').click()
    await resident.getByText('请把问题说清楚一些：问题描述至少 5 个字（表情和标点不算字）').waitFor()

    // Filed: the success page says within how many working days, and by which day, they hear back.
    await resident.locator('textarea').fill('小区垃圾站每天下午才清运，夏天气味很大，希望改到上午清运')
    await resident.locator('.submit').click()
    const replyBy = resident.locator('.reply-by')
    await replyBy.waitFor()
    expect(await replyBy.textContent()).toMatch(/^代表和联络站会在 2 个工作日内答复您，最晚 \d{1,2}月\d{1,2}日；/)
    await app.shot(resident, '44-success-reply-by')

    // 补充说明 on the open case: on its timeline, the state unchanged.
    await resident.getByText('查看办理进度').click()
    await resident.locator('.move', { hasText: '补充说明' }).click()
    await resident.locator('.move-form textarea').fill('补充：垃圾站就在三号楼和四号楼之间')
    await resident.getByText('提交补充说明').click()
    await resident.locator('.timeline__text', { hasText: '垃圾站就在三号楼和四号楼之间' }).waitFor()
    await resident.locator('.tag', { hasText: '已提交' }).first().waitFor()
    await app.shot(resident, '45-add-info')
  })

  it('offers 大字 (关怀模式) on the home page and on a deputy’s landing page, and 注销 looks dangerous and says what is lost', async () => {
    const resident = await app.phone('resident')
    await resident.goto(`${app.base}/`)
    await resident.locator('.care-switch', { hasText: '大字' }).click()
    await resident.locator('.care-switch', { hasText: '标准字' }).waitFor()
    await resident.waitForFunction(() => document.documentElement.classList.contains('care'))
    await app.shot(resident, '46-home-care-switch')
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await resident.locator('.deputy-name').waitFor()
    expect(await resident.locator('.care-switch').getAttribute('aria-pressed')).toBe('true')
    await resident.locator('.care-switch', { hasText: '标准字' }).click()
    await resident.locator('.care-switch', { hasText: '大字' }).waitFor()
    await resident.waitForFunction(() => !document.documentElement.classList.contains('care'))

    await resident.goto(`${app.base}/pages/me/index`)
    const remove = resident.locator('.delete-account', { hasText: '注销账号（不可恢复）' })
    expect(await remove.evaluate((b) => getComputedStyle(b).color)).toBe('rgb(168, 7, 26)')
    await remove.click()
    await resident.getByText('注销账号？此操作不可恢复').waitFor()
    await resident.getByText(/消息、关注和预约会被删除/).waitFor()
    await resident.locator('.taro-modal__foot').getByText('取消', { exact: true }).click()
  })

  it('lays the staff’s pages out cleanly: labels clear of their boxes, lines apart, choices apart, places to tap, the day’s whole duty list', async () => {
    const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!
    const staff = await app.phone('staff')
    await staff.goto(`${app.base}/packages/duty/record/index`)
    const label = await box(staff, 'text=活动日期')
    const date = await box(staff, '.activity-date')
    expect(date.y).toBeGreaterThanOrEqual(label.y + label.height - 1)
    await staff.goto(`${app.base}/packages/duty/verify/index`)
    await staff.getByText('为代表登记履职活动').waitFor()

    const resident = await app.phone('resident')
    await resident.goto(`${app.base}/packages/stations/index/index`)
    const address = await box(resident, '.station-item__address')
    const deputies = await box(resident, '.station-item__deputies')
    expect(deputies.y).toBeGreaterThanOrEqual(address.y + address.height - 1)
    // A found place says it can be chosen, and names its street once.
    await resident.goto(`${app.base}/pages/submit/index`)
    await resident.locator('.place-search input').fill('太东街道')
    await resident.locator('.find-place').click()
    const option = resident.locator('.place-option').first()
    await option.locator('.place-option__pick', { hasText: '选择' }).waitFor()
    expect(await option.textContent()).not.toContain('太东街道太东街道')
    // The form names every deputy on duty today, as the station's page does.
    await resident.goto(`${app.base}/pages/submit/index?station=S01`)
    await resident.locator('.route-note', { hasText: '今天值班的代表是' }).waitFor()
    await app.shot(resident, '47-station-duty-note')

    const admin = await app.phone('admin')
    await admin.setViewportSize({ width: 1280, height: 900 })
    await admin.goto(`${app.base}/packages/admin/bindings/index`)
    const staffChip = await box(admin, '.give-staff')
    const deputyChip = await box(admin, '.give-deputy')
    expect(deputyChip.x - (staffChip.x + staffChip.width)).toBeGreaterThanOrEqual(8)
  })

  it('shows the office at a desk its cases as a table, a line a case, and a phone the cards', async () => {
    const fn = async (name: string, body: object, token?: string) =>
      (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()
    const resident = (await fn('auth', { action: 'devLogin', openid: 'desk-table-resident' })).data.token
    for (let i = 1; i <= 3; i++) {
      const filed = await fn('cases', { action: 'submit', submissionId: `desk-table-${i}-0000`, stationCode: 'S02', category: '停车', text: `第${i}件：小区门口的共享单车堆成山，老人推车过不去` }, resident)
      expect(filed.code).toBe('OK')
    }
    const office = await desktop()
    await office.goto(`${app.base}/packages/office/board/index`)
    await office.locator('.tab', { hasText: '全部' }).click()
    const table = office.getByRole('table', { name: '诉求列表' })
    await table.getByRole('row', { name: /第3件：小区门口的共享单车/ }).waitFor()
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['编号', '类别', '内容', '状态', '期限', '承办', '提交时间'])
    const row = table.getByRole('row', { name: /第2件/ })
    expect(await row.getByRole('cell').nth(5).textContent()).toBe('太东街道人大代表之家')
    // One line a case: the rows stand no taller than a line of text and its padding.
    expect((await row.boundingBox())!.height).toBeLessThan(60)
    await app.shot(office, '48-office-board-table')
    await row.click()
    await office.locator('.case-text', { hasText: '第2件' }).waitFor()

    const phone = await app.phone('office')
    await phone.goto(`${app.base}/packages/office/board/index`)
    await phone.locator('.tab', { hasText: '全部' }).click()
    await phone.locator('.card.case-card', { hasText: '第3件' }).waitFor()
    expect(await phone.getByRole('table').count()).toBe(0)
  })

  it('keeps the roster’s sentence whole after saving and on a later load', async () => {
    const staff = await app.phone('staff')
    // As staff get there: from 我的, the workbench's 值班表.
    await staff.getByText('值班表', { exact: true }).click()
    const sentence = staff.locator('.starts-on', { hasText: /\d{4}-\d{2}-\d{2}/ })
    await sentence.waitFor()
    const shown = (await sentence.textContent())!
    expect(shown).toMatch(/^从 \d{4}-\d{2}-\d{2} 开始，按上面的顺序轮流$/)
    await staff.locator('.save-roster').click()
    await staff.getByText('值班表已保存').waitFor()
    expect(await sentence.textContent()).toBe(shown)
    await staff.reload()
    await sentence.waitFor()
    expect(await sentence.textContent()).toBe(shown)
    await app.shot(staff, '41-roster-sentence')
  })

  it('warns on the poster page, when the host points at itself, that printed codes will not open on phones', async () => {
    const staff = await app.phone('staff')
    await staff.goto(`${app.base}/packages/station/deputies/index`)
    await staff.locator('.deputy-poster .show-qr').first().click()
    const warning = staff.locator('.qr-warning').first()
    await warning.waitFor()
    expect(await warning.textContent()).toContain('手机扫码打不开')
    expect(await warning.textContent()).toContain('PUBLIC_URL')
    await app.shot(staff, '42-poster-loopback-warning')
    // And npm start's banner said so.
    expect(app.output()).toContain('注意：二维码指向本机地址')
  })
})

describe('codes on a host with PUBLIC_URL', () => {
  const host = opened(() => startHost({ PUBLIC_URL: 'https://lianluo.example.gov.cn' }), (h) => h.stop())

  it('says nothing of loopback, and the code opens the public address', async () => {
    const r = await (await fetch(`${host.value.base}/fn/deputies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'qr', code: 'LZ001' }) })).json()
    expect(r.code).toBe('OK')
    expect(r.data.warning).toBeUndefined()
    const png = Buffer.from(await (await fetch(`${host.value.base}${r.data.url}`)).arrayBuffer())
    expect(scanPng(png).text).toBe('https://lianluo.example.gov.cn/pages/deputy/index?scene=d%3DLZ001')
    expect(host.value.output()).not.toContain('PUBLIC_URL')
  })
})
