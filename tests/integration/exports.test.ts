import ExcelJS from 'exceljs'
import { randomUUID } from 'node:crypto'
import { shanghaiDay } from '../../src/core/time'
import { FUNCTIONS } from '../../server/host/registry'
import type { Database } from '../../server/db/queryable'
import { invoke } from '../../server/runtime/context'
import { BACKENDS } from '../support/backends'
import { act, filing, payloadFor, withTeam, type Call, type Team } from '../support/loop'
import { scratchMedia } from '../support/media'

const media = scratchMedia()
const today = shanghaiDay(new Date())
let clock: Date | null = null

/** The workbook an export's address points at, read back from the store. */
async function workbookAt(url: string): Promise<ExcelJS.Workbook> {
  const key = url.slice(1).split('?')[0]
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await media.read(key)) as unknown as ArrayBuffer)
  return wb
}

/** A sheet's rows as plain values, without exceljs's empty first slot. */
const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().filter(Boolean).map((r) => (r as ExcelJS.CellValue[]).slice(1))

describe.each(BACKENDS)('Excel exports on $name', (backend) => {
  const env = withTeam(backend, { media, now: () => clock ?? new Date() })
  let db: Database, call: Call, t: Team
  beforeAll(() => ({ db, call, t } = env))

  it('writes a search’s cases, each phone as the asker may read it, for the asker alone', async () => {
    const word = `导出${randomUUID().slice(0, 6)}`
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const text = `${word}：小区门口第 ${i + 1} 个路灯不亮，晚上出行不便`
      ids.push((await call('cases', filing({ text, phone: '13812345678', phoneConsent: true }), t.resident.token)).data.id)
    }
    await act(call, db, t.staff.token, ids[0], 'accept', payloadFor('accept', t))
    await call('cases', filing({ text: '别的诉求，不应出现在导出里' }), t.resident.token)

    const asked = { action: 'export', kind: 'cases', q: word, from: today, to: today }
    const staff = await call('reports', asked, t.staff.token)
    expect(staff).toMatchObject({ code: 'OK', data: { rows: 3, name: `诉求明细_${today}至${today}.xlsx` } })
    expect(staff.data.url).toMatch(new RegExp(`^/exports/${t.staff.user.id}/[0-9a-f-]{36}\\.xlsx\\?e=\\d+&s=`))
    const sheet = (await workbookAt(staff.data.url)).getWorksheet('诉求明细')!
    const [header, ...rows] = rowsOf(sheet)
    expect(header).toEqual(['诉求编号', '提交时间', '状态', '类别', '联络站', '代表', '承办部门', '诉求内容', '地点', '联系电话', '办结时间', '结果评价', '是否超期'])
    expect(rows).toHaveLength(3)
    // Newest first, as the inbox lists them; the station's staff call back, so they read the whole number.
    expect(rows.map((r) => r[7])).toEqual([3, 2, 1].map((n) => `${word}：小区门口第 ${n} 个路灯不亮，晚上出行不便`))
    expect(rows.map((r) => r[9])).toEqual(['13812345678', '13812345678', '13812345678'])
    expect(rows[2][2]).toBe('已受理')

    // The office does not call residents back: masked.
    const office = await call('reports', asked, t.office.token)
    const officeRows = rowsOf((await workbookAt(office.data.url)).getWorksheet('诉求明细')!).slice(1)
    expect(officeRows.map((r) => r[9])).toEqual(['138****5678', '138****5678', '138****5678'])

    // Residents have no cases to export; every export is written down.
    expect(await call('reports', asked, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })
    const [logged] = await db.query<{ detail: string }>(`select detail from audit_log where kind = 'report.export' and actor_id = $1`, [t.staff.user.id])
    expect(logged.detail).toBe(`诉求明细 ${today}至${today}，共 3 条（含完整手机号）`)
  })

  it('writes the period’s 五单 table by station and the report by every grouping, equal to the report itself', async () => {
    await call('cases', filing({ category: '停车' }), t.resident.token)
    const r = await call('reports', { action: 'export', kind: 'report', from: today, to: today }, t.office.token)
    expect(r.code).toBe('OK')
    const wb = await workbookAt(r.data.url)
    expect(wb.worksheets.map((s) => s.name)).toEqual(['五单汇总', '按月份', '按类别', '按联络站', '按代表', '按部门'])
    const byStation = (await call('stats', { action: 'report', from: today, to: today, by: 'station' }, t.office.token)).data
    const table = rowsOf(wb.getWorksheet('五单汇总')!)
    expect(table[0][0]).toBe(`“五单”接待办理情况（${today}至${today}）`)
    expect(table[2]).toEqual(['联络站', '选民接单', '人大派单', '部门接单', '代表跟单', '群众评单', '满意（含基本满意）', '满意率'])
    const total = table[table.length - 1]
    const w = byStation.total
    expect(total).toEqual(['合计', w.received, w.dispatched, w.accepted, w.followed, w.rated, w.satisfied, ...(w.satisfactionRate === null ? [] : [w.satisfactionRate])])
    expect(table.slice(3, -1).map((row) => row[0])).toEqual(byStation.rows.map((s: { label: string }) => s.label))
    expect(r.data.rows).toBe(w.received)

    // A department has no report to export.
    expect(await call('reports', { action: 'export', kind: 'report', from: today, to: today }, t.department.token)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('reports', { action: 'export', kind: 'report', from: today, to: '2020-01-01' }, t.office.token)).toMatchObject({
      code: 'VALIDATION',
      message: '开始日期不能晚于结束日期',
    })
    expect(await call('reports', { action: 'export', kind: 'everything', from: today, to: today }, t.office.token)).toMatchObject({ code: 'VALIDATION' })
  })

  it('removes an export after a day', async () => {
    const r = await call('reports', { action: 'export', kind: 'report', from: today, to: today }, t.staff.token)
    const key = r.data.url.slice(1).split('?')[0]
    expect(await media.read(key)).not.toBeNull()
    clock = new Date(Date.now() + 25 * 3_600_000)
    try {
      const done = await invoke(FUNCTIONS.timer, { Type: 'Timer' }, { db, demoLogins: true, now: () => clock!, media }, { kind: 'trigger' })
      expect((done.data as { exportsRemoved: number }).exportsRemoved).toBeGreaterThanOrEqual(1)
    } finally {
      clock = null
    }
    expect(await media.read(key)).toBeNull()
  })
})
