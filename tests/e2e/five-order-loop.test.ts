import type { Locator, Page } from 'playwright-core'
import { withChromiumHost } from '../support/browser'
import { fixture } from '../support/media'

jest.setTimeout(300_000)

/**
 * The whole loop on four phones: the resident files; station staff accept and dispatch; the
 * department sends it back, then takes it, and reports; the deputy follows it; the resident
 * rates 不满意, reopens, and rates again; 消息 shows the resident every step.
 */
describe('the five-order loop in Chromium, four personas', () => {
  const app = withChromiumHost()
  const { phone, shot } = app

  /** Waits for a photo and checks it really loaded (the browser decoded the served bytes). */
  const shown = async (photo: Locator) => {
    await photo.first().waitFor()
    await photo.first().locator('img').evaluate((img: HTMLImageElement) => img.decode())
    expect(await photo.first().locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96)
  }

  /** Makes a move from the case page: its button, its form, its confirm; waits for the timeline. */
  const move = async (page: Page, label: string, fill: Record<string, string>, confirm: string, expectTitle: string) => {
    const confirmButton = page.locator('.move-confirm', { hasText: confirm })
    if (!(await confirmButton.isVisible())) await page.locator('.move', { hasText: new RegExp(`^${label}$`) }).click()
    for (const [field, value] of Object.entries(fill)) {
      const box = page.locator(`.move-field--${field}`)
      if (field.endsWith('Rating')) await box.locator('.chip', { hasText: new RegExp(`^${value}$`) }).click()
      else await box.locator('textarea').fill(value)
    }
    await confirmButton.click()
    await page.locator('.timeline__title', { hasText: expectTitle }).first().waitFor()
  }

  it('travels the loop to closed, each actor on their own page', async () => {
    const concern = '3号楼楼道声控灯坏了三个月，老人晚上上下楼很危险'
    const resident = await phone()
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await resident.getByText('码上说事', { exact: true }).click()
    await resident.locator('.chip', { hasText: '物业管理' }).click()
    await resident.locator('textarea').fill(concern)
    // A photo of the dark stairwell: its upload shows progress, and the form waits for it.
    await resident.route('**/media', async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      await route.continue()
    })
    const chooser = resident.waitForEvent('filechooser')
    await resident.locator('.media-add').click()
    await (await chooser).setFiles({ name: 'stairs.jpg', mimeType: 'image/jpeg', buffer: fixture('photo.jpg') })
    await resident.locator('.media-tile--uploading', { hasText: '上传中' }).waitFor()
    await resident.locator('.submit', { hasText: '照片上传中…' }).waitFor()
    await shot(resident, '09-resident-uploading')
    await resident.locator('.media-tile--done').waitFor()
    await resident.unroute('**/media')
    await resident.locator('.phone input').fill('13812341234')
    await resident.getByText('提交给代表').click()
    await resident.getByText('留下手机号前，请先同意提供给办理人员').waitFor()
    await resident.locator('.consent', { hasText: '同意将手机号提供给办理人员' }).click()
    await resident.getByText('提交给代表').click()
    await resident.locator('.success-number').waitFor()
    await resident.getByText('查看办理进度').click()
    await resident.locator('.tag', { hasText: '已提交' }).waitFor()
    await resident.locator('.phone-number', { hasText: '138****1234' }).waitFor()
    const residentCase = resident.url()

    // A neighbour with the same problem sees it while filing, and follows it instead of filing again.
    const neighbour = await phone()
    await neighbour.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await neighbour.getByText('码上说事', { exact: true }).click()
    await neighbour.locator('.chip', { hasText: '物业管理' }).click()
    // The resident did not allow their words to be shown: the neighbour sees that it exists, not what it says.
    const same = neighbour.locator('.similar__item', { hasText: '反映人未公开具体内容' })
    await same.waitFor()
    expect(await neighbour.locator('.similar').innerText()).not.toMatch(/1381234|声控灯/)
    await shot(neighbour, '09b-neighbour-same-problem')
    await same.locator('.similar__follow').click()
    await neighbour.locator('.tag', { hasText: '已提交' }).waitFor()
    await neighbour.locator('.case-text', { hasText: '反映人未公开具体内容' }).waitFor()
    expect(await neighbour.locator('.media-photo').count()).toBe(0)

    // Station staff: the queue shows it as to-do with its deadline; accept, then dispatch to the proposed department.
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/queue/index`)
    await staff.locator('.case-card', { hasText: concern }).locator('.due').waitFor()
    await shot(staff, '10-staff-queue')
    await staff.locator('.case-card', { hasText: concern }).click()
    await staff.locator('.phone-number', { hasText: '13812341234' }).waitFor()
    await shown(staff.locator('.case-text ~ .media-grid .media-photo'))
    await move(staff, '受理', {}, '确认受理', '受理')
    const staffCase = staff.url()
    await staff.locator('.move', { hasText: /^派单$/ }).click()
    await staff.locator('.department.chip--on', { hasText: '区住房和城乡建设局（推荐）' }).waitFor()
    await staff.locator('.move-field--note textarea').fill('请一周内修复')
    await shot(staff, '11-staff-dispatch')
    await staff.locator('.move-confirm', { hasText: '确认派单' }).click()
    await staff.locator('.timeline__text', { hasText: '派往区住房和城乡建设局：请一周内修复' }).waitFor()

    // The department sends it back once; staff dispatch again; then the department takes it.
    const department = await phone('department')
    await department.goto(`${app.base}/packages/department/orders/index`)
    await department.locator('.case-card', { hasText: concern }).click()
    await move(department, '退单', { reason: '楼道照明属物业维修范围，请先转物业' }, '确认退单', '区住房和城乡建设局退单')
    await staff.goto(staffCase)
    await staff.locator('.tag', { hasText: '已受理' }).waitFor()
    await staff.locator('.move', { hasText: /^派单$/ }).click()
    await staff.locator('.department.chip--on').waitFor()
    await staff.locator('.move-confirm', { hasText: '确认派单' }).click()
    await staff.locator('.tag', { hasText: '已派单' }).waitFor()

    await department.goto(`${app.base}/packages/department/orders/index`)
    await department.locator('.case-card', { hasText: concern }).click()
    const departmentCase = department.url()
    await move(department, '接单', {}, '确认接单', '区住房和城乡建设局接单')

    // The deputy follows it (代表跟单).
    const deputy = await phone('deputy')
    await deputy.goto(`${app.base}/packages/deputy/inbox/index`)
    await deputy.locator('.tab', { hasText: '全部' }).click()
    await deputy.locator('.case-card', { hasText: concern }).click()
    await move(deputy, '跟单', { text: '已到现场查看，督促住建局本周修复' }, '保存跟单记录', '王建国跟单')
    await shot(deputy, '12-deputy-follow-up')

    await department.goto(departmentCase)
    await department.locator('.move', { hasText: /^办结$/ }).click()
    const resultPhoto = department.waitForEvent('filechooser')
    await department.locator('.move-field--media .media-add').click()
    await (await resultPhoto).setFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: fixture('photo.png') })
    await department.locator('.move-field--media .media-tile--done').waitFor()
    await move(department, '办结', { text: '已更换3号楼全部声控灯' }, '提交办结', '区住房和城乡建设局办结')
    await shown(department.locator('.timeline__item--resolve .media-photo'))
    await shot(department, '13-department-resolved')

    // The resident is not satisfied and reopens; the department resolves again; the resident rates.
    await resident.goto(residentCase)
    await shown(resident.locator('.timeline__item--resolve .media-photo'))
    await move(resident, '评价', { resultRating: '不满意', followUpRating: '满意' }, '提交评价', '群众评价')
    await move(resident, '重新办理', { reason: '二楼的灯还是不亮' }, '申请重新办理', '群众重新办理')
    await resident.locator('.tag', { hasText: '办理中' }).waitFor()
    await department.goto(departmentCase)
    await move(department, '办结', { text: '二楼线路已检修，全部灯具正常' }, '提交办结', '区住房和城乡建设局办结')
    await resident.goto(residentCase)
    await move(resident, '评价', { resultRating: '满意', followUpRating: '满意' }, '提交评价', '系统关闭')
    await resident.locator('.tag', { hasText: '已关闭' }).waitFor()
    await resident.locator('.rating', { hasText: '办理结果满意，代表跟进满意' }).waitFor()
    expect(await resident.locator('.move').count()).toBe(0)
    await shot(resident, '14-resident-closed')

    // 消息: every step someone else took, newest first.
    await resident.goto(`${app.base}/pages/messages/index`)
    await resident.locator('.message').first().waitFor()
    expect(await resident.locator('.message__title').allInnerTexts()).toEqual([
      '您的诉求已关闭', '您的诉求已办结', '您的诉求已办结', '代表跟进了您的诉求', '您的诉求办理中', '您的诉求已派单',
      '您的诉求已受理', '您的诉求已派单', '您的诉求已受理',
    ])
    // Shown as new while the person reads them; seen, they no longer count on the tab's badge.
    expect(await resident.locator('.message--unread').count()).toBe(9)
    await shot(resident, '15-resident-messages')
    await resident.locator('.weui-tabbar__item', { hasText: '消息' }).locator('.weui-badge').waitFor({ state: 'hidden' })
    await resident.reload()
    await resident.locator('.message').first().waitFor()
    expect(await resident.locator('.message--unread').count()).toBe(0)

    // The neighbour who followed heard of it too, without the words the resident kept private.
    await neighbour.goto(`${app.base}/pages/messages/index`)
    await neighbour.locator('.message__title', { hasText: '您关注的诉求已关闭' }).waitFor()
    expect((await neighbour.locator('.message').allInnerTexts()).join('\n')).not.toContain('声控灯')

    // The office sees the figures.
    const office = await phone('office')
    await office.goto(`${app.base}/packages/reports/office/index`)
    await office.locator('.funnel-row--received .figure').waitFor()
    expect(await office.locator('.report-rate--satisfactionRate .figure').first().innerText()).toMatch(/%$/)
    await shot(office, '16-office-funnel')
    // …and ranks the stations on their residents' satisfaction this month.
    await office.locator('.report-by .tab', { hasText: '按联络站' }).click()
    await office.locator('.report-rank .chip', { hasText: '满意率排名' }).click()
    expect(await office.locator('.report-row .section-title').first().innerText()).toMatch(/^1\. .*联络站/)
  })
})
