import { withChromiumHost } from '../support/browser'
import { fixture } from '../support/media'

jest.setTimeout(180_000)

/**
 * 学习宣传 in Chromium: a station's staff publish a forum's outcome with a photo, which a resident in
 * 关怀模式 reads from the station's page; the office puts a law on the deputies' reading list with a
 * quiz; the deputy reads it, fails once, passes, and finds 培训学习 in their record.
 */
describe('学习宣传 in Chromium', () => {
  const app = withChromiumHost()
  const { phone, shot } = app

  it('staff publish an item residents read at the station; a deputy passes a material’s quiz and it counts as 培训学习', async () => {
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/study/corner/index`)
    await staff.locator('.compose-post').click()
    await staff.locator('.post-kind', { hasText: '座谈成果' }).click()
    await staff.locator('.post-title input').fill('电动自行车条例草案座谈会成果')
    await staff.locator('.post-body-input textarea').fill('12 位居民逐条讨论了草案，提出的 5 条意见已整理报送市人大法工委。')
    const chooser = staff.waitForEvent('filechooser')
    await staff.locator('.media-add').click()
    await (await chooser).setFiles({ name: 'forum.jpg', mimeType: 'image/jpeg', buffer: fixture('photo.jpg') })
    await staff.locator('.media-tile--done').waitFor()
    await shot(staff, '82-study-compose')
    await staff.locator('.publish-post').click()
    await staff.locator('.study-post', { hasText: '电动自行车条例草案座谈会成果' }).locator('.withdraw-post').waitFor()

    const resident = await phone()
    await resident.goto(`${app.base}/pages/me/index`)
    await resident.locator('.care-toggle', { hasText: '开启关怀模式' }).click()
    await resident.goto(`${app.base}/packages/stations/station/index?code=S01`)
    await resident.locator('.station-study').click()
    const post = resident.locator('.study-post', { hasText: '电动自行车条例草案座谈会成果' })
    await post.locator('.media-photo').waitFor()
    expect(await post.locator('.withdraw-post').count()).toBe(0)
    await shot(resident, '83-study-corner-care')

    // The office adds a law with a two-question quiz.
    const office = await phone('office')
    await office.setViewportSize({ width: 1280, height: 900 })
    await office.goto(`${app.base}/packages/study/materials/index`)
    await office.locator('.add-material').click()
    await office.locator('.material-title input').fill('代表法学习')
    await office.locator('.material-body textarea').fill('代表应当与原选区选民保持密切联系，听取和反映他们的意见和要求。')
    await office.locator('.quiz-question input').fill('代表应当与谁保持密切联系')
    await office.locator('.quiz-options textarea').fill('原选区选民\n上级机关')
    await office.locator('.quiz-answer', { hasText: '原选区选民' }).click()
    await office.locator('.add-question').click()
    await office.locator('.quiz-question input').nth(1).fill('代表应当反映选民的什么')
    await office.locator('.quiz-options textarea').nth(1).fill('意见和要求\n个人爱好')
    await office.locator('.quiz-answer', { hasText: '意见和要求' }).click()
    await office.locator('.save-material').click()
    await office.locator('.material-item', { hasText: '代表法学习' }).waitFor()

    // The deputy: one wrong answer of two is not enough; both right pass, and the record has it.
    const deputy = await phone('deputy')
    await deputy.goto(`${app.base}/packages/study/materials/index`)
    await deputy.locator('.material-item', { hasText: '代表法学习' }).click()
    const items = deputy.locator('.quiz-item')
    await items.nth(0).locator('.quiz-option', { hasText: '上级机关' }).click()
    await items.nth(1).locator('.quiz-option', { hasText: '意见和要求' }).click()
    await deputy.locator('.take-quiz').click()
    await deputy.locator('.quiz-result', { hasText: '答对 1 题，共 2 题，还差一点' }).waitFor()
    await items.nth(0).locator('.quiz-option', { hasText: '原选区选民' }).click()
    await deputy.locator('.take-quiz').click()
    await deputy.locator('.quiz-passed', { hasText: '已计入履职档案的培训学习' }).waitFor()
    await shot(deputy, '84-study-quiz-passed')
    await deputy.goto(`${app.base}/packages/duty/mine/index`)
    await deputy.locator('.point-item', { hasText: '学习《代表法学习》并通过测验' }).waitFor()
  })
})
