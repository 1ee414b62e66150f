import { readFileSync } from 'node:fs'
import { withChromiumHost } from '../support/browser'
import { sheetsOf } from '../support/workbook'

jest.setTimeout(180_000)

describe('staff find cases among many, in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()

  /** 26 cases at station S01 from six residents: 25 alike, and one about a bench, with a phone. */
  beforeAll(async () => {
    for (let r = 0; r < 5; r++) {
      const token = (await fn('auth', { action: 'devLogin', openid: `search-resident-${r}` })).data.token
      for (let i = 0; i < 5; i++) {
        const filed = await fn('cases', { action: 'submit', submissionId: `search-${r}-${i}-0000`, stationCode: 'S01', category: '物业管理', text: `第${r * 5 + i + 1}件：楼道里堆满了杂物，消防通道被堵住了` }, token)
        expect(filed.code).toBe('OK')
      }
    }
    const token = (await fn('auth', { action: 'devLogin', openid: 'search-resident-bench' })).data.token
    const bench = { action: 'submit', submissionId: 'search-bench-0000', stationCode: 'S01', category: '环境卫生', text: '公园西门的长椅被人拆走了，老人散步没地方歇脚', phone: '13700001111', phoneConsent: true }
    expect((await fn('cases', bench, token)).code).toBe('OK')
  })

  it('pages through the station’s cases, finds one by a word or a phone, and keeps the search for next time', async () => {
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/queue/index`)
    await staff.locator('.tab', { hasText: '全部' }).click()
    await staff.locator('.case-card').nth(19).waitFor()
    expect(await staff.locator('.case-card').count()).toBe(20)
    // A double tap (or a tap as the list reaches the bottom) brings the next page once.
    await staff.locator('.load-more', { hasText: '查看更多' }).dblclick()
    await staff.locator('.case-card').nth(25).waitFor()
    await staff.locator('.load-more').waitFor({ state: 'detached' })
    expect(await staff.locator('.case-card').count()).toBe(26)
    expect(await staff.locator('.load-more').count()).toBe(0)

    await staff.locator('.case-search__input input').fill('长椅')
    await staff.locator('.search-go').click()
    await staff.locator('.case-card').filter({ hasText: '消防通道' }).first().waitFor({ state: 'detached' })
    await staff.locator('.case-card', { hasText: '公园西门的长椅' }).waitFor()
    expect(await staff.locator('.case-card').count()).toBe(1)
    await shot(staff, '55-staff-search-word')
    await staff.locator('.save-filter').click()
    await staff.locator('.saved-filter', { hasText: '长椅' }).waitFor()

    await staff.locator('.case-search__input input').fill('13700001111')
    await staff.locator('.search-go').click()
    await staff.locator('.case-card', { hasText: '公园西门的长椅' }).waitFor()
    expect(await staff.locator('.case-card').count()).toBe(1)
    await staff.locator('.case-search__input input').fill('13700002222')
    await staff.locator('.search-go').click()
    await staff.getByText('没有找到符合条件的诉求').waitFor()

    // A category from the filters; nothing of that kind but the bench.
    await staff.locator('.clear-filter').click()
    await staff.locator('.case-card').nth(19).waitFor()
    await staff.locator('.filters-toggle').click()
    await staff.locator('.filters .chip', { hasText: '环境卫生' }).click()
    await staff.locator('.case-card').filter({ hasText: '消防通道' }).first().waitFor({ state: 'detached' })
    expect(await staff.locator('.case-card').count()).toBe(1)
    await shot(staff, '56-staff-search-category')

    // Saved on this phone: the next visit offers it, and a tap brings the case back.
    await staff.reload()
    await staff.locator('.saved-filter', { hasText: '长椅' }).click()
    await staff.locator('.case-card', { hasText: '公园西门的长椅' }).waitFor()
    expect(await staff.locator('.case-card').count()).toBe(1)
  })

  it('the office finds a case by a word, exports the month’s 五单 report to Excel and sees the trend chart', async () => {
    const office = await phone('office')
    await office.goto(`${app.base}/packages/office/board/index`)
    await office.locator('.tab', { hasText: '全部' }).click()
    await office.locator('.case-card').nth(19).waitFor()
    await office.locator('.case-search__input input').fill('长椅')
    await office.locator('.search-go').click()
    // The bench is on the unsearched page too: the search has answered once the other cases are gone.
    await office.locator('.case-card').filter({ hasText: '消防通道' }).first().waitFor({ state: 'detached' })
    await office.locator('.case-card', { hasText: '公园西门的长椅' }).waitFor()
    expect(await office.locator('.case-card').count()).toBe(1)

    await office.goto(`${app.base}/packages/reports/office/index`)
    const received = Number((await office.locator('.funnel-row--received .figure').innerText()).replace(/\D/g, ''))
    expect(received).toBeGreaterThanOrEqual(26)
    // The funnel, drawn by echarts, which also tells a screen reader what it shows.
    await office.locator('.chart-funnel canvas').waitFor()
    expect(await office.locator('.chart-funnel').getAttribute('aria-label')).toContain(`选民接单 ${received} 件`)

    const [download] = await Promise.all([office.waitForEvent('download'), office.locator('.export-report').click()])
    expect(download.suggestedFilename()).toMatch(/^五单报表_\d{4}-\d{2}-01至\d{4}-\d{2}-\d{2}\.xlsx$/)
    const sheets = await sheetsOf(readFileSync((await download.path())!).toString('base64'))
    expect(Object.keys(sheets)).toEqual(['五单汇总', '按月份', '按类别', '按联络站', '按代表', '按部门'])
    const total = sheets['五单汇总'].find((row) => row[0] === '合计')!
    expect(Number(total[1])).toBe(received)

    await office.locator('.report-by .tab', { hasText: '按月份' }).click()
    await office.locator('.chart-month canvas').waitFor()
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7)
    const described = await office.locator('.chart-month').getAttribute('aria-label')
    expect(described).toContain(`${month} 选民接单 ${received} 件`)
    // Drawn, not just laid out: the canvas holds coloured pixels.
    const inked = await office.locator('.chart-month canvas').evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
      let n = 0
      for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && !(px[i] > 240 && px[i + 1] > 240 && px[i + 2] > 240)) n++
      return n
    })
    expect(inked).toBeGreaterThan(500)
    await shot(office, '57-office-trend-chart')
  })
})
