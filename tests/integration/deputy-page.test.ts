import { BACKENDS } from '../support/backends'
import { act, caseIn, filing, payloadFor, withTeam } from '../support/loop'

describe.each(BACKENDS)("a deputy's public page on $name", (backend) => {
  const env = withTeam(backend)

  it('shows live figures that match the cases, the cases residents allowed, and duty days', async () => {
    const { call, db, t } = env
    // 1: answered on the spot and rated 满意, shown publicly; its text carries a phone number.
    const shown = (await call('cases', filing({ showPublicly: true, text: '小区门口路灯坏了，联系我13912345678' }), t.resident.token)).data.id
    await act(call, db, t.deputy.token, shown, 'answer', { text: '已联系物业，明天上午修好' })
    await act(call, db, t.resident.token, shown, 'rate', { resultRating: '满意', followUpRating: '满意' })
    // 2: through a department, resolved, rated 不满意. 3: accepted. 4: not yet touched. 5: another deputy's.
    const viaDepartment = await caseIn(call, db, t, 'resolved')
    await act(call, db, t.resident.token, viaDepartment, 'rate', payloadFor('rate', t))
    await caseIn(call, db, t, 'accepted')
    await caseIn(call, db, t, 'submitted')
    await call('cases', filing({ deputyCode: 'LZ002' }), t.resident.token)
    const s01 = (await db.query<{ id: string }>("select id from stations where code = 'S01'"))[0].id
    const notice = (await call('notices', {
      action: 'post', stationId: s01, theme: '听取群众意见', place: '联络站', deputyIds: [t.deputy.user.deputyId],
      schedule: { rule: { kind: 'monthly', day: 11 }, start: '09:00', end: '11:00', workdayShift: true },
    }, t.staff.token)).data

    const page = await call('deputies', { action: 'figures', code: 'LZ001' })
    expect(page.code).toBe('OK')
    const { medianFirstResponseHours, ...counts } = page.data.figures
    expect(counts).toEqual({ received: 4, answered: 1, dispatched: 1, resolved: 2, rated: 2, satisfied: 1, satisfactionRate: 0.5 })

    // The median time to a first response, measured here from the events themselves.
    const hours = await db.query<{ h: number }>(
      `select extract(epoch from (min(e.created_at) - c.created_at))::float8 / 3600 as h
         from cases c join deputies d on d.id = c.deputy_id join case_events e on e.case_id = c.id
        where d.code = 'LZ001' and e.type in ('accept', 'answer', 'decline') group by c.id, c.created_at order by h`,
    )
    expect(hours).toHaveLength(3)
    expect(medianFirstResponseHours).toBeCloseTo(hours[1].h, 1)

    expect(page.data.recent).toEqual([
      expect.objectContaining({ id: shown, category: '物业管理', excerpt: '小区门口路灯坏了，联系我***', result: '已联系物业，明天上午修好', rating: '满意' }),
    ])
    expect(JSON.stringify(page.data.recent)).not.toMatch(/12345678|resident|phone/)
    // The day just posted, beside the demo's weekly reception day the deputy also receives on; soonest first.
    const upcoming = page.data.upcoming as { id: string; theme: string; next: string[] }[]
    expect(upcoming.map((n) => n.theme).sort()).toEqual(['听取群众对老旧小区改造的意见', '听取群众意见'])
    expect(upcoming.map((n) => n.id)).toContain(notice.id)
    expect(upcoming[0].next[0] <= upcoming[1].next[0]).toBe(true)
    expect(await call('deputies', { action: 'figures', code: 'ZZ999' })).toMatchObject({ code: 'NOT_FOUND' })
  })
})
