import { Document, Packer, Paragraph } from 'docx'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_LAW_DRAFT } from '../../server/seed/demo-legislation'
import { withChromiumHost } from '../support/browser'

jest.setTimeout(180_000)

/**
 * 基层立法联系点 in Chromium: a resident in 关怀模式 opens the demo's draft regulation from the
 * contact point's page, follows it, reads it by its table of contents and comments on an article by
 * phone; the office (1280 px) puts up a new draft, corrects the split and publishes it, reads the
 * resident's comment, exports the comments, reads the heat bar, publishes the summary and keeps the 专家库.
 */
describe('基层立法联系点 in Chromium', () => {
  // A fresh data folder: the demo district with its draft regulation open at 火车站社区联络站.
  const app = withChromiumHost(() => ({ DATA_DIR: join(mkdtempSync(join(tmpdir(), 'ms-legislation-')), 'data') }))
  const { phone, shot } = app

  it('a resident reads a draft law and comments on an article; the office puts up another and reads what was said', async () => {
    const resident = await phone()
    await resident.goto(`${app.base}/pages/me/index`)
    await resident.locator('.care-toggle', { hasText: '开启关怀模式' }).click()
    await resident.locator('.care-toggle', { hasText: '关闭关怀模式' }).waitFor()
    // The contact point's page leads to the drafts open there; the reader follows this one.
    await resident.goto(`${app.base}/packages/stations/station/index?code=S01`)
    await resident.locator('.point-consultations').click()
    await resident.locator('.consultation-item', { hasText: '阳泉市电动自行车管理条例（草案）' }).click()
    await resident.locator('.consultation-status', { hasText: '征求意见中' }).waitFor()
    await resident.locator('.follow-consultation').click()
    await resident.locator('.follow-consultation', { hasText: '已关注这部草案' }).waitFor()
    // The table of contents by 章 takes the reader to 第二章.
    await resident.locator('.toc-item', { hasText: '第二章 停放充电' }).click()
    const fifth = resident.locator('.article', { hasText: '第五条' })
    await fifth.locator('.article-text', { hasText: '（二）携带电动自行车及其蓄电池进入电梯轿厢；' }).waitFor()
    await shot(resident, '72-law-read-care')
    await fifth.locator('.comment-article').click()
    await fifth.locator('.comment-text textarea').fill('建议允许在楼下划定的区域临时停放，不然老人没地方放车')
    await fifth.locator('.comment-phone input').fill('13812345678')
    await fifth.locator('.send-comment').click()
    await fifth.getByText('留下手机号前，请先同意提供给联系点工作人员').waitFor()
    await fifth.locator('.consent').click()
    await fifth.locator('.send-comment').click()
    await fifth.locator('.article-count', { hasText: '1 人对这一条提了意见' }).waitFor()
    await fifth.locator('.my-comment', { hasText: '我的意见：建议允许在楼下划定的区域临时停放' }).waitFor()
    await shot(resident, '73-law-commented-care')

    // The station holds a forum (座谈会) on the draft; what was said there goes in by article.
    const staff = await phone('staff')
    await staff.goto(`${app.base}/packages/station/notices/index`)
    await staff.locator('.notice-theme input').fill('电动自行车管理条例草案座谈会')
    await staff.locator('.notice-place input').fill('联络站二楼会议室')
    await staff.locator('.rule-kind', { hasText: '单次' }).click()
    await staff.locator('.notice-forum', { hasText: '阳泉市电动自行车管理条例（草案）' }).click()
    await staff.locator('.post-notice').click()
    await staff.locator('.card', { hasText: '电动自行车管理条例草案座谈会' }).locator('.open-record').click()
    await staff.locator('.attendance input').fill('12')
    await staff.locator('.minutes textarea').fill('召开电动自行车管理条例草案座谈会，12 位居民逐条讨论了停放充电的规定。')
    await staff.locator('.add-request').click()
    await staff.locator('.request-article', { hasText: '第四条' }).click()
    await staff.locator('.request-text textarea').fill('新建小区充电桩的数量应当有明确标准')
    await staff.locator('.request-name input').fill('刘师傅')
    await staff.locator('.save-record').click()
    await staff.getByText('已登记，1 条发言意见已记入草案').waitFor()
    await shot(staff, '78-law-forum-recorded')
    // A resident who reads the forum's notice at the station reaches the draft from it.
    await resident.goto(`${app.base}/packages/stations/station/index?code=S01`)
    await resident.locator('.station-notices .notice', { hasText: '电动自行车管理条例草案座谈会' }).click()
    await resident.locator('.forum-draft').click()
    await resident.locator('.consultation-title', { hasText: '阳泉市电动自行车管理条例（草案）' }).waitFor()

    // The office at a desk: a new draft uploaded, split, one article corrected, published.
    const office = await phone('office')
    await office.setViewportSize({ width: 1280, height: 900 })
    await office.goto(`${app.base}/packages/legislation/list/index`)
    await office.locator('.new-consultation').click()
    await office.locator('.consultation-title-input input').fill('阳泉市养犬管理条例（草案）')
    await office.locator('.consultation-asked-by input').fill('阳泉市人大常委会法工委')
    await office.locator('.consultation-point').first().click()
    // The draft as the 法工委 sent it: a Word file.
    const word = await Packer.toBuffer(new Document({ sections: [{ children: ['阳泉市养犬管理条例（草案）', '第一章　总则', '第一条　为了规范养犬行为，制定本条例。', '第二条　本条例适用于本市城市建成区。', '第二章　养犬管理', '第三条　携犬出户应当束犬链。'].map((p) => new Paragraph(p)) }] }))
    const chooser = office.waitForEvent('filechooser')
    await office.locator('.upload-draft').click()
    await (await chooser).setFiles({ name: '养犬管理条例（草案）.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: word })
    await office.locator('.consultation-file', { hasText: '已上传：养犬管理条例（草案）.docx' }).waitFor()
    await office.locator('.make-consultation').click()
    await office.locator('.consultation-status', { hasText: '待公布' }).waitFor()
    expect(await office.locator('.article-edit').count()).toBe(3)
    await office.locator('.article-edit-text textarea').nth(1).fill('本条例适用于本市行政区域。')
    await office.locator('.save-articles').click()
    await office.locator('.article', { hasText: '本条例适用于本市行政区域。' }).waitFor()
    await shot(office, '74-law-check-desktop')
    await office.locator('.publish-consultation').click()
    await office.locator('.consultation-status', { hasText: '征求意见中' }).waitFor()

    // What residents said on the demo draft: the comment with the phone left for the staff.
    await office.goto(`${app.base}/packages/legislation/list/index`)
    await office.locator('.consultation-item', { hasText: '阳泉市电动自行车管理条例（草案）' }).click()
    await office.locator('.read-comments').click()
    const comment = office.locator('.law-comment', { hasText: '建议允许在楼下划定的区域临时停放' })
    await comment.locator('.field-label', { hasText: '第五条' }).waitFor()
    await comment.locator('.comment-contact', { hasText: '13812345678' }).waitFor()
    await office.locator('.law-comment', { hasText: '新建小区充电桩的数量应当有明确标准' }).locator('.field-label', { hasText: '第四条' }).waitFor()
    await shot(office, '75-law-comments-desktop')
    // The raw comments for the 法工委, and the heat of each article with where people came from.
    const sheet = office.waitForEvent('download')
    await office.locator('.export-comments').click()
    expect((await sheet).suggestedFilename()).toMatch(/《阳泉市电动自行车管理条例（草案）》群众意见\.xlsx$/)
    await office.locator('.draft-figures').click()
    await office.locator('.chart-article-heat canvas').first().waitFor()
    await office.locator('.street-figures', { hasText: '2 人，2 条意见' }).waitFor()
    await shot(office, '79-law-heat-desktop')
    await office.goBack()

    // From the comment, an opinion in legal language; the point's Word file for the 法工委.
    await comment.locator('.choose-comment').click()
    await office.locator('.opinion-text textarea').fill('第五条增加一项：住宅小区应当划定电动自行车临时停放区域')
    await office.locator('.opinion-reason textarea').fill('禁止楼道停放后，老年群众缺少就近停放的地方')
    await office.locator('.write-opinion').click()
    await office.locator('.opinion .field-label', { hasText: '第五条 · 来自 1 人' }).waitFor()
    await comment.getByText('已归入修改建议').waitFor()
    const download = office.waitForEvent('download')
    await office.locator('.download-submission').first().click()
    expect((await download).suggestedFilename()).toMatch(/关于《阳泉市电动自行车管理条例（草案）》的修改意见\.docx$/)

    // The comment period ends; the law as passed is matched to the draft; the opinion marked; the commenters told.
    await office.goBack()
    await office.locator('.close-consultation').click()
    await office.locator('.consultation-status', { hasText: '征求意见已结束' }).waitFor()
    await office.locator('.summary-input textarea').fill('群众普遍赞成规范电动自行车停放充电，意见集中在第五条：禁止楼道停放后应当给出就近停放的去处。')
    await office.locator('.publish-summary').click()
    await office.locator('.consultation-summary', { hasText: '意见集中在第五条' }).waitFor()
    await office.locator('.read-comments').click()
    const passed = DEMO_LAW_DRAFT.replace('（草案）', '').replace('（三）私拉电线和插座为电动自行车充电。', '（三）私拉电线和插座为电动自行车充电。\n住宅小区应当划定电动自行车临时停放区域。').replace('自　　年　　月　　日', '自2027年3月1日')
    await office.locator('.final-text textarea').fill(passed)
    await office.locator('.load-final').click()
    await office.locator('.final-summary', { hasText: '未改 4 条，修改 2 条，新增 0 条，删去 0 条' }).waitFor()
    const opinion = office.locator('.opinion', { hasText: '第五条' })
    await opinion.locator('.opinion-outcome', { hasText: '部分采纳' }).click()
    await opinion.locator('.opinion-note input').fill('第五条已增加划定临时停放区域的规定')
    await opinion.locator('.save-mark').click()
    await opinion.locator('.field-label', { hasText: '部分采纳' }).waitFor()
    await office.locator('.notify-commenters').click()
    await office.getByText('已通知 1 位提意见的群众').waitFor()
    await shot(office, '76-law-feedback-desktop')

    // The resident hears, once, and the message opens the comparison.
    await resident.goto(`${app.base}/pages/messages/index`)
    await resident.locator('.message', { hasText: '第五条已修改，据您的意见提出的修改建议部分采纳' }).click()
    const mine = resident.locator('.article', { hasText: '第五条' })
    await mine.locator('.article-final', { hasText: '正式文本第五条（已修改）' }).waitFor()
    await mine.locator('.my-comment', { hasText: '据此提出的修改建议部分采纳：第五条已增加划定临时停放区域的规定' }).waitFor()
    await shot(resident, '77-law-feedback-read-care')
    // The draft's page for everyone: who took part, what was adopted, the summary.
    await resident.locator('.participation-text', { hasText: '共 2 人提出意见 2 条，召开座谈会 1 场，联系点整理形成修改建议 1 条，1 个联系点已报送；法规通过时采纳 0 条、部分采纳 1 条。' }).waitFor()
    await resident.locator('.consultation-summary').scrollIntoViewIfNeeded()
    await shot(resident, '80-law-public-care')

    // The 专家库: the office adds a lawyer and issues the code that binds them.
    await office.goto(`${app.base}/packages/legislation/experts/index`)
    await office.locator('.add-expert').click()
    await office.locator('.expert-code input').fill('ZJ002')
    await office.locator('.expert-name input').fill('孙教授')
    await office.locator('.expert-field input').fill('地方立法')
    await office.locator('.expert-organisation input').fill('山西大学法学院')
    await office.locator('.save-expert').click()
    const expert = office.locator('.expert-item', { hasText: '孙教授（ZJ002）' })
    await expert.getByText('地方立法 · 山西大学法学院 · 已绑定 0 个账号').waitFor()
    await shot(office, '81-law-experts-desktop')
    await expert.locator('.bind-expert').click()
    await office.locator('.issue-binding').click()
    await office.locator('.issued-code').waitFor()
  })
})
