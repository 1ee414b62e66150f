import { randomUUID } from 'node:crypto'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { act, filing, inDays, withTeam } from '../support/loop'

const once = (date: string) => ({ rule: { kind: 'once', date }, start: '09:00', end: '11:30', workdayShift: false })

describe.each(BACKENDS)('questions before a reception day and the record after it on $name', (backend) => {
  const env = withTeam(backend)
  const s01 = async () => (await env.db.query<{ id: string }>("select id from stations where code = 'S01'"))[0].id
  const titles = async (token: string) => ((await env.call('messages', { action: 'list' }, token)).data.items as { title: string }[]).map((m) => m.title)
  /** A second deputy of S01, signed in. */
  async function colleague() {
    const [d] = await env.db.query<{ id: string }>(
      "select d.id from deputies d join stations s on s.id = d.station_id where s.code = 'S01' and d.code <> 'LZ001' order by d.code limit 1",
    )
    const who = await login(env.call, { openid: `deputy-${randomUUID()}` })
    await env.db.query("update users set role = 'deputy', deputy_id = $1, station_id = $2 where id = $3", [d.id, await s01(), who.user.id])
    return { ...who, deputyId: d.id }
  }

  it('turns a question sent in before the day into a reception case the deputies on duty hear of', async () => {
    const { call, t } = env
    const other = await colleague()
    const notice = (await call('notices', {
      action: 'post', stationId: await s01(), theme: '加装电梯意见征集', place: '社区议事厅', schedule: once(inDays(5)),
      deputyIds: [t.deputy.user.deputyId, other.deputyId],
    }, t.staff.token)).data

    const asked = await call('cases', filing({ deputyCode: undefined, noticeId: notice.id, text: '我们单元想加装电梯，费用怎么分摊？' }), t.resident.token)
    expect(asked.code).toBe('OK')
    const [row] = await env.db.query<{ channel: string; station_id: string; notice_id: string; deputy_id: string | null }>(
      'select channel, station_id, notice_id, deputy_id from cases where id = $1', [asked.data.id],
    )
    expect(row).toEqual({ channel: 'reception', station_id: await s01(), notice_id: notice.id, deputy_id: null })
    // Both deputies on duty hear of it and can open it; so do the station's staff.
    for (const who of [t.deputy, other, t.staff]) {
      expect(await titles(who.token)).toContain('新诉求待处理')
      expect((await call('cases', { action: 'get', id: asked.data.id }, who.token)).code).toBe('OK')
    }
    // They see the day's questions on the notice; the resident who asked does not see others' questions there.
    const board = await call('notices', { action: 'records', id: notice.id }, other.token)
    expect(board.data.questions).toEqual([expect.objectContaining({ id: asked.data.id, text: '我们单元想加装电梯，费用怎么分摊？', status: 'submitted' })])
    expect(await call('notices', { action: 'records', id: notice.id }, t.resident.token)).toMatchObject({ code: 'FORBIDDEN' })

    // A cancelled day takes no more questions.
    await call('notices', { action: 'cancel', id: notice.id, version: notice.version }, t.staff.token)
    expect(await call('cases', filing({ deputyCode: undefined, noticeId: notice.id }), t.resident.token)).toMatchObject({ code: 'NOT_FOUND', message: '这个接待日已取消或不存在' })
  })

  it('records minutes and attendance after the day, each on-site request a case, once per day', async () => {
    const { call, db, t } = env
    const today = inDays(0)
    const notice = (await call('notices', {
      action: 'post', stationId: await s01(), theme: '物业服务面对面', place: '联络站', schedule: once(today), deputyIds: [t.deputy.user.deputyId],
    }, t.staff.token)).data
    const record = {
      action: 'record', id: notice.id, day: today, minutes: '代表听取了十二位群众关于物业服务的意见，当场答复三条。', attendance: 12,
      deputiesPresent: [t.deputy.user.deputyId],
      requests: [
        { category: '物业管理', text: '3 号楼电梯经常停运，希望尽快维修', name: '李大爷', phone: '13811112222' },
        { category: '环境卫生', text: '小区垃圾清运不及时，夏天气味很大' },
      ],
    }
    // Before the day is over nobody records it; nor anyone but the station's staff.
    expect(await call('notices', { ...record, day: inDays(1) }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '接待日还没到，请在接待之后登记' })
    expect(await call('notices', { ...record, day: inDays(-1) }, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '这一天不是这条公告的接待日' })
    expect(await call('notices', record, t.deputy.token)).toMatchObject({ code: 'FORBIDDEN' })
    // A bad request anywhere in the list: nothing is written.
    const bad = { ...record, requests: [...record.requests, { category: '不存在的类别', text: '这一条的类别不在列表里面' }] }
    expect(await call('notices', bad, t.staff.token)).toMatchObject({ code: 'VALIDATION', message: '请选择列表中的类别' })
    expect(await db.query('select 1 from reception_records where notice_id = $1', [notice.id])).toHaveLength(0)

    const done = await call('notices', record, t.staff.token)
    expect(done.code).toBe('OK')
    const [day] = done.data.records
    const [lz001] = await db.query<{ name: string }>("select name from deputies where code = 'LZ001'")
    expect(day).toMatchObject({ day: today, attendance: 12, minutes: record.minutes, deputiesPresent: [lz001.name] })
    expect(day.requests).toHaveLength(2)
    const cases = await db.query<{ channel: string; status: string; text: string; phone_masked: string | null; notice_id: string }>(
      'select channel, status, text, phone_masked, notice_id from cases where reception_record_id = $1 order by number', [day.id],
    )
    expect(cases).toEqual([
      { channel: 'reception', status: 'submitted', text: '3 号楼电梯经常停运，希望尽快维修（现场反映人：李大爷）', phone_masked: '138****2222', notice_id: notice.id },
      { channel: 'reception', status: 'submitted', text: '小区垃圾清运不及时，夏天气味很大', phone_masked: null, notice_id: notice.id },
    ])
    // They enter the loop: the deputy on duty accepts one like any other case.
    expect((await act(call, db, t.deputy.token, day.requests[0].id, 'accept', {})).code).toBe('OK')
    expect(await call('notices', record, t.staff.token)).toMatchObject({ code: 'CONFLICT', message: '这一天的接待记录已经登记过了' })
    // On-site requests are not mixed into the questions sent in before.
    expect(done.data.questions).toEqual([])
  })
})
