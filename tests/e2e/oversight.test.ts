import { withChromiumHost } from '../support/browser'

jest.setTimeout(180_000)

/**
 * 满意度测评 in Chromium: the office (1280 px) opens a ballot of the appointed officials; a member
 * (the demo deputy, made one by a code) scans the room's code on a phone, rates each official and
 * submits once after a confirmation; the office enters the paper ballots, closes it, and the room sees the results.
 */
describe('满意度测评 in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()
  const login = async (persona: string) => (await fn('auth', { action: 'devLogin', persona })).data.token as string

  it('a member votes on a phone from the room’s code; the office closes the ballot and shows the results', async () => {
    const [office, deputy, staff] = [await login('office'), await login('deputy'), await login('staff')]
    // Two members by their codes: the demo deputy and the station's staff member; their roles stay.
    for (const [token, name] of [[deputy, '王建国'], [staff, '李委员']]) {
      const code = (await fn('admin', { action: 'issueBinding', grant: 'member', memberName: name }, office)).data.code
      expect((await fn('auth', { action: 'bind', code }, token)).code).toBe('OK')
    }
    const units = (await fn('oversight', { action: 'officials' }, office)).data.items as unknown[]
    expect(units).toEqual([])

    const desk = await phone('office')
    await desk.setViewportSize({ width: 1280, height: 900 })
    await desk.goto(`${app.base}/packages/oversight/office/index`)
    for (const [name, post, unit] of [['张明', '区住建局局长', 'BM01'], ['赵华', '区交通运输局局长', 'BM02']]) {
      await desk.locator('.official-name input').fill(name)
      await desk.locator('.official-post input').fill(post)
      await desk.locator('.official-unit input').fill(unit)
      await desk.locator('.official-appointed input').fill('2025-03-01')
      await desk.locator('.add-official').click()
      await desk.locator('.official-item', { hasText: name }).waitFor()
    }
    await desk.getByText('常委会组成人员 2 人').waitFor()
    await desk.locator('.ballot-title-input input').fill('区人大常委会第二十次会议满意度测评')
    await desk.locator('.open-ballot').click()
    await desk.locator('.show-qr').click()
    const caption = await desk.locator('.qr-card .muted').innerText()
    const code = caption.match(/编码 ([A-Z2-9]{6})/)![1]

    // The member scans the code shown in the room: it opens the ballot.
    const member = await phone('deputy')
    await member.goto(`${app.base}/pages/deputy/index?scene=${encodeURIComponent(`b=${code}`)}`)
    await member.locator('.ballot-title', { hasText: '满意度测评' }).waitFor()
    const [zhang, zhao] = [member.locator('.ballot-official', { hasText: '张明' }), member.locator('.ballot-official', { hasText: '赵华' })]
    await zhang.locator('.ballot-rating', { hasText: /^满意$/ }).click()
    await member.locator('.cast-vote', { hasText: '还有 1 位没有评价' }).waitFor()
    await zhao.locator('.ballot-rating', { hasText: '基本满意' }).click()
    await shot(member, '85-ballot-member')
    await member.locator('.cast-vote').click()
    await member.locator('.taro-modal__foot').getByText('提交', { exact: true }).click()
    await member.locator('.ballot-voted').waitFor()
    expect(await member.locator('.cast-vote').count()).toBe(0)

    // The other member votes; one more on paper; the office closes it and the room reads the results.
    const ballotId = (await fn('oversight', { action: 'ballots' }, office)).data.items[0].id
    const officials = (await fn('oversight', { action: 'ballot', ballotId }, staff)).data.officials as { id: string; name: string }[]
    expect((await fn('oversight', { action: 'vote', ballotId, votes: officials.map((o) => ({ officialId: o.id, rating: o.name === '张明' ? '满意' : '不满意' })) }, staff)).code).toBe('OK')
    const paper = desk.locator('.paper-entry', { hasText: '张明' })
    await paper.locator('.paper-count input').nth(0).fill('1')
    await paper.locator('.enter-paper').click()
    await desk.getByText('纸质票已录入').waitFor()
    await desk.locator('.close-ballot').click()
    await desk.locator('.taro-modal__foot').getByText('结束', { exact: true }).click()
    const row = desk.locator('.result-row', { hasText: '张明' })
    await row.getByText('100%').waitFor()
    await desk.locator('.result-row', { hasText: '赵华' }).getByText('50%').waitFor()
    await desk.getByText('应到 2 人，网上投票 2 人，纸质票 1 张').waitFor()
    await desk.getByText('纸质票已录入').waitFor({ state: 'hidden' })
    await shot(desk, '86-ballot-results-desktop')
  })
})
