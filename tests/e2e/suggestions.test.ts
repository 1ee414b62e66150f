import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withChromiumHost } from '../support/browser'
import { fixture } from '../support/media'

jest.setTimeout(180_000)

/**
 * 建议办理 in Chromium: two residents' cases, grouped by the helper, become 王建国's suggestion (a phone), the office reviews
 * and hands it to a unit (1280 px) as 重点督办 with a milestone, the unit signs, asks for more time
 * (granted), logs its contact and answers (1280 px), the office presses an overdue one from its
 * 督办 board, the deputy rates it, and the resident reads in 消息 what became of their case.
 */
describe('建议办理 in Chromium', () => {
  // A fresh data folder, as on a first `npm start`: the host seeds the demo district with its history (an overdue suggestion among it).
  const app = withChromiumHost(() => ({ DATA_DIR: join(mkdtempSync(join(tmpdir(), 'ms-suggestions-')), 'data') }))
  const { phone, shot } = app
  const desk = async (persona: string) => {
    const page = await phone(persona)
    await page.setViewportSize({ width: 1280, height: 900 })
    return page
  }

  it('a deputy turns a resident’s case into a suggestion that the office hands to a unit, the unit answers and the deputy rates; the resident hears', async () => {
    const concern = '凌燕巷路肩塌陷好几处，下雨天积水，老人走路容易摔倒'
    // Both give their place, about 90 m apart on the lane.
    const at = (latitude: number, longitude: number) => ({ geolocation: { latitude, longitude }, permissions: ['geolocation'] })
    const resident = await phone(undefined, at(36.1952, 113.1204))
    await resident.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await resident.getByText('码上说事', { exact: true }).click()
    await resident.locator('.chip', { hasText: '道路交通' }).click()
    await resident.locator('textarea').fill(concern)
    await resident.locator('.use-here').click()
    await resident.locator('.place-chosen').waitFor()
    await resident.getByText('提交给代表').click()
    await resident.locator('.success-number').waitFor()

    // A neighbour tells the same deputy of the same lane.
    const neighbour = await phone(undefined, at(36.1958, 113.1211))
    await neighbour.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`)
    await neighbour.getByText('码上说事', { exact: true }).click()
    await neighbour.locator('.chip', { hasText: '道路交通' }).click()
    await neighbour.locator('textarea').fill('凌燕巷路肩塌陷，下雨天积水过不去')
    await neighbour.locator('.use-here').click()
    await neighbour.locator('.place-chosen').waitFor()
    await neighbour.getByText('提交给代表').click()
    await neighbour.locator('.success-number').waitFor()

    // The deputy, from 我的 → 代表建议, drafts from the helper's group of the two cases and submits.
    const deputy = await phone('deputy')
    await deputy.getByText('代表建议', { exact: true }).click()
    await deputy.locator('.new-suggestion').click()
    const group = deputy.locator('.case-group', { hasText: '道路交通 · 2 位群众 · 2 件' })
    // Its map: the two places as dots, and how far apart they are.
    await group.locator('.points-spread', { hasText: '2 处有位置，东西约 63 米、南北约 66 米' }).waitFor()
    expect(await group.locator('.points-map__dot').count()).toBe(2)
    await group.scrollIntoViewIfNeeded()
    await shot(deputy, '71-suggestion-group-map')
    await group.locator('.pick-group').click()
    await deputy.locator('.suggestion-case[aria-checked="true"]', { hasText: concern.slice(0, 18) }).waitFor()
    expect(await deputy.locator('.suggestion-situation textarea').inputValue()).toContain('共有 2 位群众就道路交通方面的问题反映 2 件诉求')
    await deputy.locator('.suggestion-category[aria-checked="true"]', { hasText: '道路交通' }).waitFor()
    // The cases can be searched too: the neighbour's, by a word of it, still chosen.
    await deputy.locator('.draft-case-search input').fill('积水过不去')
    await deputy.locator('.case-search .search-go').click()
    await deputy.waitForFunction(() => document.querySelectorAll('.suggestion-case').length === 1)
    await deputy.locator('.suggestion-case[aria-checked="true"]', { hasText: '凌燕巷路肩塌陷，下雨天积水过不去'.slice(0, 18) }).waitFor()
    await deputy.locator('.suggestion-title input').fill('关于修整凌燕巷道路路肩的建议')
    await deputy.locator('.suggestion-situation textarea').fill('凌燕巷路肩多处塌陷，群众多次反映，雨天积水，老人出行不便。')
    await deputy.locator('.suggestion-proposal textarea').fill('请区住建局对凌燕巷路肩进行整体修整，并完善排水设施。')
    // A survey report as a PDF, picked from the disk, uploaded with its progress.
    const report = deputy.waitForEvent('filechooser')
    await deputy.locator('.suggestion-form .attachment-add').click()
    await (await report).setFiles({ name: '凌燕巷路肩调查.pdf', mimeType: 'application/pdf', buffer: fixture('answer.pdf') })
    await deputy.locator('.suggestion-form .attachment-document', { hasText: 'PDF 文件 1' }).waitFor()
    await shot(deputy, '60-suggestion-draft')
    await deputy.locator('.save-suggestion').click()
    await deputy.locator('.suggestion-status', { hasText: '草稿' }).waitFor()
    await deputy.locator('.suggestion-body .attachment-document', { hasText: '附件' }).waitFor()
    const address = deputy.url()
    await deputy.locator('.submit-suggestion').click()
    await deputy.locator('.suggestion-status', { hasText: /LZ-JY-\d{4}-\d{4} · 待审查/ }).waitFor()
    await shot(deputy, '61-suggestion-submitted')

    // The office at a desk: 审查 and 交办.
    const office = await desk('office')
    await office.goto(address)
    await office.locator('.accept-suggestion').click()
    await office.locator('.suggestion-status', { hasText: '待交办' }).waitFor()
    // The demo's department persona works at 区住房和城乡建设局.
    const unit = '区住房和城乡建设局'
    await office.locator('.assign-lead', { hasText: unit }).click()
    await office.locator('.assign-lead[aria-checked="true"]', { hasText: unit }).waitFor()
    await office.locator('.assign-suggestion').click()
    await office.locator('.suggestion-status', { hasText: '办理中' }).waitFor()
    await office.locator('.suggestion-units', { hasText: `${unit}（主办，未签收）` }).waitFor()
    await shot(office, '62-suggestion-assigned-desktop')
    // 重点督办 with a milestone (due, as proposed, on the answer's day).
    await office.locator('.add-milestone').click()
    await office.locator('.milestone-title input').fill('完成路肩临时修补')
    await office.locator('.prioritize-suggestion').click()
    await office.locator('.supervision .milestone', { hasText: '○ 未完成 完成路肩临时修补' }).waitFor()

    // The unit at a desk: 签收, the contact logged (an answer without it is refused), the answer.
    const department = await desk('department')
    await department.goto(address)
    await department.locator('.sign-suggestion').click()
    // More time, a month beyond the answer's day as proposed, and the office agrees.
    await department.locator('.extend-reason input').fill('需与雨污分流工程统筹施工')
    await department.locator('.ask-extension').click()
    await department.locator('.extension', { hasText: '待人大办审批' }).waitFor()
    await office.reload()
    await office.locator('.approve-extension').click()
    await office.locator('.extension', { hasText: '已同意' }).waitFor()
    await shot(office, '68-suggestion-key-and-extension-desktop')
    await department.reload()
    // The deputies' phones, to contact them (the read is recorded).
    await department.locator('.show-phones').click()
    await department.locator('.deputy-phones', { hasText: '王建国' }).waitFor()
    await department.locator('.answer-grade', { hasText: 'B 类' }).click()
    await department.locator('.answer-text textarea').fill('已列入明年道路维修计划，先行临时修补积水路段。')
    await department.locator('.send-answer').click()
    await department.getByText('答复前请先联系代表，并登记联系情况').waitFor()
    await department.locator('.contact-way', { hasText: '走访' }).click()
    await department.locator('.contact-note input').fill('与王建国代表一同到凌燕巷现场查看')
    await department.locator('.log-contact').click()
    await department.locator('.suggestion-event', { hasText: '联系代表：走访' }).waitFor()
    // The signed answer, scanned to PDF.
    const signed = department.waitForEvent('filechooser')
    await department.locator('.answer-form .attachment-add').click()
    await (await signed).setFiles({ name: '答复函.pdf', mimeType: 'application/pdf', buffer: fixture('answer.pdf') })
    await department.locator('.answer-form .attachment-document', { hasText: 'PDF 文件 1' }).waitFor()
    await department.locator('.send-answer').click()
    await department.locator('.suggestion-status', { hasText: '已答复，待代表评价' }).waitFor()
    await shot(department, '63-suggestion-answered-desktop')

    // The office's 督办 board shows the demo's overdue suggestion beside the overdue cases; 督办 presses its unit.
    await office.goto(`${app.base}/packages/office/board/index`)
    await office.locator('.overdue-suggestion', { hasText: '关于老旧小区电梯运行保障的建议' }).click()
    await office.locator('.suggestion-overdue').waitFor()
    await office.locator('.supervise-suggestion').click()
    await office.locator('.suggestion-event', { hasText: '督办：已超过答复期限，请抓紧办理' }).waitFor()
    await shot(office, '69-suggestion-supervised-desktop')
    // The year's figures: the unit's line with this answer's class, charted.
    await office.goto(`${app.base}/packages/reports/suggestions/index`)
    await office.locator('.unit-figures', { hasText: unit }).locator('text=/已答复 [1-9]/').waitFor()
    await office.locator('.chart-suggestion-grades').waitFor()
    await shot(office, '70-suggestion-figures-desktop')

    // The deputy rates it; it is done.
    await deputy.reload()
    await deputy.locator('.suggestion-answer', { hasText: 'B 类' }).waitFor()
    // The signed answer opens as the PDF it is.
    const opened = deputy.waitForEvent('popup')
    await deputy.locator('.suggestion-answer .attachment-document', { hasText: '答复函（PDF，点击查看）' }).click()
    const tab = await opened
    await tab.waitForURL(/\/media\//)
    expect((await deputy.request.get(tab.url())).headers()['content-type']).toBe('application/pdf')
    await tab.close()
    await deputy.locator('.rate-result', { hasText: '基本满意' }).click()
    await deputy.locator('.rate-contact', { hasText: '满意' }).first().click()
    await deputy.locator('.send-evaluation').click()
    await deputy.locator('.suggestion-status', { hasText: '办理完毕' }).waitFor()
    await shot(deputy, '64-suggestion-rated')

    // The resident reads, in 消息, what became of their case, and the message opens it.
    await resident.goto(`${app.base}/pages/messages/index`)
    await resident.locator('.message', { hasText: '纳入代表建议《关于修整凌燕巷道路路肩的建议》' }).waitFor()
    await resident.locator('.message', { hasText: '代表建议《关于修整凌燕巷道路路肩的建议》已答复：正在解决或者列入规划逐步解决' }).waitFor()
    await shot(resident, '65-resident-hears-of-the-suggestion')
    await resident.locator('.message', { hasText: '已答复' }).click()
    await resident.locator('.case-text', { hasText: concern }).waitFor()
    // Their own case says how it ended.
    await resident.locator('.case-suggestion__status', { hasText: '办理完毕：B 类，正在解决或者列入规划逐步解决' }).waitFor()
    await resident.locator('.case-suggestion__answer', { hasText: '已列入明年道路维修计划' }).waitFor()
    await shot(resident, '66-resident-case-with-suggestion')
    // Its public page, for anyone: its answer, to follow.
    await resident.locator('.public-suggestions').click()
    const published = resident.locator('.public-suggestion', { hasText: '关于修整凌燕巷道路路肩的建议' })
    await published.locator('.public-answer', { hasText: '已列入明年道路维修计划' }).waitFor()
    expect(await resident.locator('.public-suggestion').count()).toBe(1)
    await published.locator('.follow-suggestion').click()
    await published.locator('.follow-suggestion', { hasText: '已关注' }).waitFor()
    await shot(resident, '67-public-suggestion')
  })
})
