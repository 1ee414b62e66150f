import type { Page } from 'playwright-core'
import { axeViolations } from '../support/axe'
import { withChromiumHost } from '../support/browser'

jest.setTimeout(600_000)

/** Every page of the mini-program, as the person it is for opens it: persona, address, and whether it is a desk page. */
type Visit = [persona: string, path: string, desk?: boolean]

/**
 * axe-core on every resident and staff page, normal and in 关怀模式: no violation of any rule
 * axe runs by default (one heading of level one, content inside landmarks, real controls for
 * choices, alt text for photos, contrast).
 */
describe('accessibility of every page, in Chromium', () => {
  const app = withChromiumHost()
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()
  let visits: Visit[] = []

  beforeAll(async () => {
    const login = async (persona: string) => (await fn('auth', { action: 'devLogin', persona })).data as { token: string; user: { stationId: string; departmentId: string } }
    const [resident, staff, department] = await Promise.all(['resident', 'staff', 'department'].map(login))
    const filed = await fn('cases', { action: 'submit', submissionId: 'a11y-case-0001', deputyCode: 'LZ001', category: '环境卫生', text: '小区东门外的垃圾桶满了三天没人清运，味道很大', showPublicly: true }, resident.token)
    const id = filed.data.id as string
    const version = async () => (await fn('cases', { action: 'get', id }, staff.token)).data.version as number
    await fn('cases', { action: 'accept', id, version: await version() }, staff.token)
    // Dispatched to the demo department, so each role's case page has the case to show.
    await fn('cases', { action: 'dispatch', id, version: await version(), departmentId: department.user.departmentId }, staff.token)
    const notices = (await fn('notices', { action: 'list' })).data.items as { id: string; stationId: string }[]
    const notice = notices.find((n) => n.stationId === staff.user.stationId) ?? notices[0]
    // A draft law open at the first station, made a contact point.
    const [admin, office] = await Promise.all(['admin', 'office'].map(login))
    await fn('legislation', { action: 'setPoint', stationCode: 'S01', on: true }, admin.token)
    const law = (await fn('legislation', { action: 'create', title: '阳泉市养犬管理条例（草案）', askedBy: '阳泉市人大常委会法工委', deadline: '2099-12-31', text: '第一章　总则\n第一条　为了规范养犬行为，制定本条例。\n第二章　附则\n第二条　本条例自公布之日起施行。', stationCodes: ['S01'] }, office.token)).data
    await fn('legislation', { action: 'publish', id: law.id, version: law.version }, office.token)
    // A publicity item at the station and a material on the deputies' reading list.
    await fn('study', { action: 'post', kind: '法规解读', title: '养犬条例草案解读', body: '草案规定携犬出户应当束犬链，欢迎到联系点提意见。' }, staff.token)
    const material = (await fn('study', { action: 'saveMaterial', kind: '法律法规', title: '代表法学习', body: '代表应当与原选区选民保持密切联系。', quiz: [{ q: '代表应当与谁保持密切联系', options: ['原选区选民', '上级机关'], answer: 0 }] }, office.token)).data
    visits = [
      ['resident', '/'],
      ['resident', `/pages/deputy/index?scene=${encodeURIComponent('d=LZ001')}`],
      ['resident', '/pages/submit/index?station=S01'],
      ['resident', `/pages/success/index?id=${id}&number=${encodeURIComponent(filed.data.number)}&days=2&by=2026-12-09`],
      ['resident', '/pages/mine/index'],
      ['resident', `/pages/case/index?id=${id}`],
      ['resident', '/pages/messages/index'],
      ['resident', '/pages/me/index'],
      ['resident', '/pages/privacy/index'],
      ['resident', '/packages/stations/index/index'],
      ['resident', `/packages/stations/station/index?id=${staff.user.stationId}`],
      ['resident', `/packages/stations/notice/index?id=${notice.id}`],
      ['resident', '/packages/stations/appointments/index'],
      ['resident', '/packages/stations/receptions/index'],
      ['resident', '/packages/account/bind/index'],
      ['resident', '/packages/account/claim/index'],
      ['resident', '/packages/duty/deputy/index?code=LZ001'],
      ['resident', '/packages/suggestions/public/index'],
      ['resident', '/packages/suggestions/public/index?deputy=LZ001'],
      ['resident', '/packages/legislation/list/index'],
      ['resident', `/packages/legislation/read/index?id=${law.id}`],
      ['resident', '/packages/study/corner/index?station=S01'],
      ['deputy', '/packages/study/materials/index'],
      ['deputy', `/packages/study/material/index?id=${material.id}`],
      ['staff', '/packages/study/compose/index'],
      ['deputy', '/packages/deputy/inbox/index'],
      ['deputy', `/packages/deputy/case/index?id=${id}`],
      ['deputy', '/packages/deputy/profile/index'],
      ['deputy', '/packages/duty/mine/index'],
      ['deputy', '/packages/duty/record/index'],
      ['deputy', '/packages/duty/report/index'],
      ['deputy', '/packages/reports/deputy/index'],
      ['deputy', '/packages/suggestions/list/index'],
      ['deputy', '/packages/suggestions/draft/index'],
      ['staff', '/packages/station/queue/index'],
      ['staff', `/packages/station/case/index?id=${id}`],
      ['staff', '/packages/station/roster/index'],
      ['staff', '/packages/station/notices/index'],
      ['staff', '/packages/station/deputies/index'],
      ['staff', `/packages/station/record/index?id=${notice.id}`],
      ['staff', '/packages/station/call/index'],
      ['staff', '/packages/review/queue/index'],
      ['staff', '/packages/duty/verify/index'],
      ['staff', '/packages/reports/station/index'],
      ['staff', '/packages/suggestions/draft/index'],
      ['department', '/packages/department/orders/index'],
      ['department', `/packages/department/case/index?id=${id}`],
      ['office', '/packages/office/board/index', true],
      ['office', `/packages/office/case/index?id=${id}`, true],
      ['office', '/packages/reports/office/index', true],
      ['office', '/packages/duty/ranking/index', true],
      ['office', '/packages/suggestions/list/index', true],
      ['office', '/packages/suggestions/list/index?board=key', true],
      ['office', '/packages/reports/suggestions/index', true],
      ['office', '/packages/legislation/new/index', true],
      ['office', `/packages/legislation/comments/index?id=${law.id}`, true],
      ['office', '/packages/legislation/experts/index', true],
      ['office', '/packages/oversight/office/index', true],
      ['office', '/packages/reports/legislation/index', true],
      ['office', `/packages/reports/legislation/index?id=${law.id}`, true],
      ['admin', '/packages/admin/home/index', true],
      ['admin', '/packages/admin/bindings/index', true],
      ['admin', '/packages/admin/district/index', true],
      ['admin', '/packages/admin/settings/index', true],
      ['admin', `/packages/admin/records/index?sheet=${encodeURIComponent('代表')}`, true],
      ['admin', '/packages/admin/regions/index', true],
      ['admin', '/packages/review/words/index', true],
      ['admin', '/packages/account/security/index', true],
      ['resident', '/packages/account/login/index'],
    ]
  })

  /** Opens each page as its person, settled (nothing loading), and lists what axe finds. */
  async function audit(care: boolean): Promise<string[]> {
    const found: string[] = []
    const pages = new Map<string, Page>()
    for (const [persona, path, desk] of visits) {
      if (!pages.has(persona)) {
        const page = await app.phone(persona)
        if (desk) await page.setViewportSize({ width: 1280, height: 900 })
        await page.goto(`${app.base}/pages/me/index`)
        const toggle = page.locator('.care-toggle')
        if ((await toggle.textContent())?.includes(care ? '开启' : '关闭')) await toggle.click()
        await page.locator('.care-toggle', { hasText: care ? '关闭关怀模式' : '开启关怀模式' }).waitFor()
        pages.set(persona, page)
      }
      const page = pages.get(persona)!
      await page.goto(`${app.base}${path}`)
      await page.waitForLoadState('networkidle')
      await page.locator('.state--loading').first().waitFor({ state: 'detached' })
      for (const v of await axeViolations(page)) found.push(`${persona} ${path.split('?')[0]}: ${v}`)
    }
    return found
  }

  it('offers every chip as a real choice: a radio button or checkbox with its state, focusable and chosen by Space or Enter', async () => {
    const resident = await app.phone('resident')
    await resident.goto(`${app.base}/pages/submit/index?station=S01`)
    const chip = resident.getByRole('radio', { name: '环境卫生' })
    await chip.waitFor()
    expect(await chip.getAttribute('aria-checked')).toBe('false')
    await chip.focus()
    await resident.keyboard.press('Space')
    await resident.getByRole('radio', { name: '环境卫生', checked: true }).waitFor()
    await resident.getByRole('radio', { name: '停车' }).focus()
    await resident.keyboard.press('Enter')
    await resident.getByRole('radio', { name: '停车', checked: true }).waitFor()
    expect(await resident.getByRole('radio', { checked: true }).count()).toBe(1)
    // Several deputies may take part in one activity: checkboxes.
    const staff = await app.phone('staff')
    await staff.goto(`${app.base}/packages/duty/record/index`)
    const first = staff.getByRole('checkbox').first()
    await first.waitFor()
    const name = (await first.textContent())!
    await first.focus()
    await staff.keyboard.press('Space')
    await staff.getByRole('checkbox', { name, checked: true }).waitFor()
  })

  it('finds no violation on any page', async () => {
    expect(await audit(false)).toEqual([])
  })

  it('finds no violation on any page in 关怀模式', async () => {
    expect(await audit(true)).toEqual([])
  })
})
