import ExcelJS from 'exceljs'
import { shanghaiDay } from '../../src/core/time'
import type { PointsView } from '../../src/core/accountability/types'
import type { ReportRow } from '../../src/core/stats/report'
import { BACKENDS } from '../support/backends'
import { act, filing, withTeam } from '../support/loop'
import { scratchMedia } from '../support/media'

const media = scratchMedia()
const today = shanghaiDay(new Date())
const period = { from: today, to: today }

/**
 * A deputy's cases are those addressed to them and those they acted on: counted alike by the public
 * page, the first response, the report 按代表, the Excel 代表 column, the 履职 points and the 述职.
 */
describe.each(BACKENDS)('a deputy’s credit for the cases they handle, on $name', (backend) => {
  const env = withTeam(backend, { media })

  it('counts a case filed to the station that the deputy answered, and one of a colleague they followed, everywhere alike', async () => {
    const { call, db, t } = env
    const [me] = await db.query<{ id: string; name: string }>("select id, name from deputies where code = 'LZ001'")
    const [colleague] = await db.query<{ code: string; name: string }>(
      "select d.code, d.name from deputies d join stations s on s.id = d.station_id where s.code = 'S01' and d.code <> 'LZ001' order by d.code limit 1",
    )

    // 1. Filed to his station S01, answered by him, rated 满意 by the resident.
    const toStation = (await call('cases', filing({ deputyCode: undefined, stationCode: 'S01', text: '火车站社区三号楼前的下水道堵了，污水漫到路上' }), t.resident.token)).data.id
    expect((await act(call, db, t.deputy.token, toStation, 'answer', { text: '已联系社区，今天下午疏通' })).code).toBe('OK')
    expect((await act(call, db, t.resident.token, toStation, 'rate', { resultRating: '满意', followUpRating: '满意' })).code).toBe('OK')
    // 2. Addressed to a colleague of the station, followed by him.
    const colleagues = (await call('cases', filing({ deputyCode: colleague.code, text: '火车站社区菜市场门口占道经营，早上过不去车' }), t.resident.token)).data.id
    expect((await act(call, db, t.deputy.token, colleagues, 'followUp', { text: '已到现场查看，请城管处理' })).code).toBe('OK')
    // 3. Another station's case he never touched.
    await call('cases', filing({ deputyCode: undefined, stationCode: 'S02', text: '太东街道的公交站台顶棚漏雨' }), t.resident.token)

    // Counted independently: cases addressed to him, or with a step taken by an account of his as a deputy.
    const [independent] = await db.query<{ n: number; rated: number; satisfied: number }>(
      `select count(*)::int as n, count(result_rating)::int as rated, (count(*) filter (where result_rating in ('满意', '基本满意')))::int as satisfied
         from cases c
        where c.deputy_id = $1
           or exists (select 1 from case_events e join users u on u.id = e.actor_id where e.case_id = c.id and e.actor_role = 'deputy' and u.deputy_id = $1)`,
      [me.id],
    )
    expect(independent).toEqual({ n: 2, rated: 1, satisfied: 1 })

    // His public page: the station's case answered on the spot and rated, a first response time.
    const page = (await call('deputies', { action: 'figures', code: 'LZ001' })).data
    expect(page.figures).toMatchObject({ received: independent.n, answered: 1, rated: 1, satisfied: 1, satisfactionRate: 1 })
    expect(page.figures.medianFirstResponseHours).not.toBeNull()
    expect(page.recent.map((c: { id: string }) => c.id)).toEqual([])

    // The report 按代表 puts each case under the deputies who had it; the whole counts each case once.
    const report = (await call('stats', { action: 'report', ...period, by: 'deputy' }, t.office.token)).data
    const row = (label: string) => report.rows.find((r: ReportRow) => r.label === label)
    expect(row(me.name)).toMatchObject({ received: 2, rated: 1, satisfied: 1, followed: 1 })
    expect(row(colleague.name)).toMatchObject({ received: 1, followed: 1 })
    expect(row('未指定代表')).toMatchObject({ received: 1 })
    const [all] = await db.query<{ n: number }>("select count(*)::int as n from cases where created_at >= now() - interval '1 day'")
    expect(report.total.received).toBe(all.n)

    // The Excel 代表 column names him on the station's case, and both deputies on the colleague's.
    const exported = (await call('reports', { action: 'export', kind: 'cases', from: today, to: today }, t.office.token)).data
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await media.read(exported.url.slice(1).split('?')[0])) as unknown as ArrayBuffer)
    const rows = wb.getWorksheet('诉求明细')!.getSheetValues().filter(Boolean).map((r) => (r as ExcelJS.CellValue[]).slice(1))
    const deputyColumn = rows[0].indexOf('代表')
    const cell = async (id: string) => {
      const [{ number }] = await db.query<{ number: string }>('select number from cases where id = $1', [id])
      return rows.find((r) => r[0] === number)?.[deputyColumn]
    }
    expect(await cell(toStation)).toBe(me.name)
    expect(await cell(colleagues)).toBe(`${colleague.name}、${me.name}`)

    // 履职: his answer, his follow-up and the resident's rating of his answer are points of his.
    const points = (await call<PointsView>('points', { action: 'get', deputyCode: 'LZ001', from: today, to: today })).data!
    const caseItems = points.items.filter((i) => i.source === 'case').map((i) => i.kind).sort()
    expect(caseItems).toEqual(['群众满意', '答复诉求', '跟踪办理'].sort())
    expect(points.total).toBeGreaterThan(0)

    // His 述职 draft counts the same cases as his page.
    const draft = (await call('dutyReports', { action: 'draft', year: Number(today.slice(0, 4)) }, t.deputy.token)).data
    expect(draft.figures).toMatchObject({ received: independent.n, answered: 1, satisfied: 1 })
  })
})
