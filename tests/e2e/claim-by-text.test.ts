import { withChromiumHost } from '../support/browser'
import { fakeSmsEnv, fakeTencentSms } from '../support/fake-tencent-sms'

jest.setTimeout(180_000)

/**
 * Someone without a smartphone calls the station; staff record the call for them; the text they get
 * leads them (or a grandchild's phone) to claim the case with a code sent to the same number, and
 * then to rate it like any other resident.
 */
describe('a phone call recorded by staff, claimed by a text code, in Chromium', () => {
  let fake: Awaited<ReturnType<typeof fakeTencentSms>>
  beforeAll(async () => {
    fake = await fakeTencentSms()
  })
  afterAll(() => fake.close())
  const app = withChromiumHost(() => fakeSmsEnv(fake.base))
  const { phone, shot } = app
  const fn = async (name: string, body: object, token?: string) =>
    (await fetch(`${app.base}/fn/${name}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })).json()

  it('staff record the call; the person claims it with the texted code and rates the answer', async () => {
    const number = '13712345678'
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/call/index`)
    await staff.locator('.call-channel', { hasText: '来电' }).waitFor()
    await staff.locator('.person-name input').fill('李大爷')
    await staff.locator('.person-phone input').fill(number)
    await staff.locator('.call-category', { hasText: '环境卫生' }).click()
    await staff.locator('.call-text textarea').fill('三号楼后面的垃圾堆了一个星期没人清运，味道很大')
    await shot(staff, '47-staff-record-call')
    await staff.locator('.save-call').click()
    await staff.locator('.recorded-for', { hasText: '李大爷（等待本人凭短信认领）' }).waitFor()

    // The text names the case and links to where it is claimed.
    const recorded = fake.to(number).find((t) => t.template === 'recorded')!
    const [caseNumber, link] = recorded.params
    expect(recorded.text).toContain(`编号${caseNumber}`)
    expect(link).toBe(`${app.base}/packages/account/claim/index?no=${encodeURIComponent(caseNumber)}`)

    const resident = await phone()
    await resident.goto(link)
    await resident.locator('.claim-number', { hasText: caseNumber }).waitFor()
    await resident.locator('.claim-phone input').fill(number)
    await resident.locator('.ask-code').click()
    await resident.locator('.code-sent', { hasText: '137****5678' }).waitFor()
    await resident.locator('.ask-code', { hasText: '秒后可重新获取' }).waitFor()
    const code = fake.to(number).find((t) => t.template === 'code')!.params[0]
    await resident.locator('.claim-code input').fill(code)
    await shot(resident, '48-claim-with-code')
    await resident.locator('.claim').click()
    const claimed = resident.locator('.claimed-case', { hasText: caseNumber })
    await claimed.waitFor()
    await shot(resident, '49-claimed')

    // The station answers; the person, now the case's own resident, rates it.
    const staffToken = (await fn('auth', { action: 'devLogin', persona: 'staff' })).data.token as string
    const detail = (await fn('cases', { action: 'get', id: (await fn('cases', { action: 'inbox' }, staffToken)).data.items.find((c: { number: string }) => c.number === caseNumber).id }, staffToken)).data
    expect(detail.recordedFor).toEqual({ name: '李大爷', claimed: true })
    expect((await fn('cases', { action: 'answer', id: detail.id, version: detail.version, text: '已安排环卫今天下午清运' }, staffToken)).code).toBe('OK')
    expect(fake.to(number).filter((t) => t.template === 'step').map((t) => t.params[1])).toEqual(['已答复'])

    await claimed.click()
    await resident.locator('.tag', { hasText: '已答复' }).waitFor()
    await resident.locator('.move', { hasText: /^评价$/ }).click()
    await resident.locator('.move-field--resultRating .chip', { hasText: /^满意$/ }).click()
    await resident.locator('.move-field--followUpRating .chip', { hasText: /^满意$/ }).click()
    await resident.locator('.move-confirm', { hasText: '提交评价' }).click()
    await resident.locator('.timeline__title', { hasText: '群众评价' }).first().waitFor()
    await shot(resident, '50-claimed-case-rated')
    await resident.goto(`${app.base}/pages/mine/index`)
    await resident.locator('.case-card', { hasText: caseNumber }).waitFor()
  })
})
