import { seedDemoHistory } from '../../server/seed/demo-history'
import { BACKENDS, withDatabase } from '../support/backends'
import { caller, login, TEST_PHONE_KEY } from '../support/call'

interface Listed {
  id: string
  status: string
  overdue: boolean
  createdAt: string
  late?: { days: number; holder: string }
}

/** A newcomer trying the demo sees the overdue path: cases filed weeks ago, late at each stage, one escalated, one 督办. */
describe.each(BACKENDS)('the demo district’s history on $name', (backend) => {
  const database = withDatabase(backend)

  it('holds cases filed weeks ago, overdue at every stage, one escalated to the office’s leaders and one pressed by the office', async () => {
    const { db } = database
    await seedDemoHistory({ db, demoLogins: true, now: () => new Date(), phoneKey: TEST_PHONE_KEY })
    const call = caller(db)
    const office = await login(call, { persona: 'office' })

    const board = (await call('cases', { action: 'inbox', filter: 'overdue' }, office.token)).data.items as Listed[]
    expect(board.map((c) => c.status).sort()).toEqual(['accepted', 'accepted', 'dispatched', 'in_progress', 'submitted'])
    for (const c of board) {
      expect(c.overdue).toBe(true)
      expect(Date.now() - Date.parse(c.createdAt)).toBeGreaterThan(20 * 86_400_000)
      expect(c.late!.days).toBeGreaterThan(0)
    }

    const timelines = await Promise.all(board.map(async (c) => (await call('cases', { action: 'get', id: c.id }, office.token)).data.events as { type: string; text: string; createdAt: string }[]))
    const all = timelines.flat()
    expect(all.filter((e) => e.type === 'overdue' && e.text.includes('已报人大办领导'))).toHaveLength(1)
    expect(all.filter((e) => e.type === 'supervise').map((e) => e.text)).toEqual(['人大办督办：请本周内答复群众'])
    // Each timeline reads in the order it happened, on the demo's days.
    for (const events of timelines) expect(events.map((e) => e.createdAt)).toEqual([...events.map((e) => e.createdAt)].sort())

    // Its suggestions: one overdue and 重点督办 on the office's board, one answered on the public list, each on the demo's days.
    const overdue = (await call('suggestions', { action: 'list', board: 'overdue' }, office.token)).data.items
    expect(overdue).toEqual([expect.objectContaining({ title: '关于老旧小区电梯运行保障的建议', overdue: true, key: true, nextMilestone: expect.objectContaining({ title: '完成电梯安全检测' }) })])
    const late = (await call('suggestions', { action: 'get', id: overdue[0].id }, office.token)).data
    expect(late.events.map((e: { label: string }) => e.label)).toEqual(['起草', '提交', '审查通过', '交办', '签收', '重点督办', '超期'])
    expect(late.events.map((e: { at: string }) => e.at)).toEqual([...late.events.map((e: { at: string }) => e.at)].sort())
    expect(Date.now() - Date.parse(late.events[0].at)).toBeGreaterThan(30 * 86_400_000)
    const published = (await call('suggestions', { action: 'public' })).data.items
    expect(published).toEqual(expect.arrayContaining([expect.objectContaining({ title: '关于西街菜市场占道经营治理的建议', grade: 'A', status: 'closed', answer: expect.stringContaining('临时摊位区') })]))
    // A draft regulation open for comments at the first station, made a 基层立法联系点, split into its six articles.
    const [law] = (await call('legislation', { action: 'list' })).data.items
    expect(law).toMatchObject({ title: '阳泉市电动自行车管理条例（草案）', status: 'open', articles: 6 })
    const read = (await call('legislation', { action: 'get', id: law.id })).data
    expect(read.points).toEqual([expect.objectContaining({ code: 'S01' })])
    expect(read.articles[4]).toMatchObject({ label: '第五条', heading: '第二章 停放充电' })
  })
})
