import { randomUUID } from 'node:crypto'
import type { AppointmentView, NoticeView } from '../../src/core/reception/views'
import { addNotice } from '../../server/reception/notices'
import { BACKENDS } from '../support/backends'
import { login } from '../support/call'
import { withTeam } from '../support/loop'

type Page<T> = { items: T[]; cursor?: string }

describe.each(BACKENDS)('reception days and appointments read a page at a time on $name', (backend) => {
  const env = withTeam(backend)

  /** Every page of a list, calling `between` after each so that new items arrive while it is read. */
  async function readAll<T>(page: (cursor?: string) => Promise<Page<T>>, between: () => Promise<void>): Promise<T[][]> {
    const pages: T[][] = []
    let cursor: string | undefined
    do {
      const p = await page(cursor)
      pages.push(p.items)
      cursor = p.cursor
      await between()
    } while (cursor)
    return pages
  }

  it('lists a station’s reception days soonest first, and all of them newest posted first for its staff, each once while new ones are posted', async () => {
    const { db, call, t } = env
    const [station] = await db.query<{ id: string }>(
      `insert into stations (district_id, code, name, kind, street, address)
       select district_id, $1, '翻页测试联络站', '联络站', '西街街道', '测试地址' from stations where code = 'S01' returning id`,
      [`P${randomUUID().slice(0, 6)}`],
    )
    await db.query('update users set station_id = $1 where id = $2', [station.id, t.staff.user.id])
    const notice = (n: number) => ({
      theme: `翻页接待日${n}`, place: '二楼会议室', deputyIds: [], slotMinutes: 30, slotCapacity: 2,
      // Monthly on days 1–28, so that the days to come spread over a month and several share a day.
      schedule: { rule: { kind: 'monthly' as const, day: 1 + (n % 28) }, start: '09:00', end: '11:00', workdayShift: false },
    })
    const posted = new Set<string>()
    for (let n = 0; n < 45; n++) posted.add(await addNotice(db, station.id, notice(n)))
    let extra = 100
    const postOne = async () => void (await addNotice(db, station.id, notice(extra++)))

    const coming = await readAll<NoticeView>(async (cursor) => (await call('notices', { action: 'list', stationId: station.id, cursor })).data, postOne)
    expect(coming.length).toBeGreaterThanOrEqual(3)
    expect(coming.slice(0, -1).every((p) => p.length === 20)).toBe(true)
    const seen = coming.flat()
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length)
    for (const id of posted) expect(seen.filter((n) => n.id === id)).toHaveLength(1)
    const keys = seen.map((n) => `${n.next[0]}|${n.id}`)
    expect(keys).toEqual([...keys].sort())

    const all = await readAll<NoticeView>(async (cursor) => (await call('notices', { action: 'list', stationId: station.id, past: true, cursor }, t.staff.token)).data, postOne)
    const listed = all.flat().map((n) => n.id)
    expect(new Set(listed).size).toBe(listed.length)
    for (const id of posted) expect(listed.filter((x) => x === id)).toHaveLength(1)
    // Newest posted first: the last of the 45 comes before the first.
    const order = [...posted]
    expect(listed.indexOf(order[44])).toBeLessThan(listed.indexOf(order[0]))

    expect(await call('notices', { action: 'list', stationId: station.id, cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({ code: 'VALIDATION' })
  })

  it('lists a resident’s appointments latest first and a deputy’s soonest first, each once while new ones are booked', async () => {
    const { db, call, t } = env
    const person = await login(call, { openid: `pager-${randomUUID()}` })
    const [n] = await db.query<{ id: string }>(`select id from reception_notices order by created_at limit 1`)
    const deputyId = t.deputy.user.deputyId
    let k = 0
    /** A slot of its own, k days ahead, and the resident's booking on it. */
    const bookOne = async () => {
      const [slot] = await db.query<{ id: string }>(
        `insert into reception_slots (notice_id, day, deputy_id, starts_at, capacity)
         values ($1, (now() + $2 * interval '1 day')::date, $3, now() + $2 * interval '1 day' + $4 * interval '1 second', 2) returning id`,
        [n.id, 1 + (k % 40), deputyId, k],
      )
      k++
      const [a] = await db.query<{ id: string }>(`insert into appointments (slot_id, resident_id, status) values ($1, $2, 'booked') returning id`, [slot.id, person.user.id])
      return a.id
    }
    const booked = new Set<string>()
    for (let i = 0; i < 45; i++) booked.add(await bookOne())
    const more = async () => void (await bookOne())

    const mine = (await readAll<AppointmentView>(async (cursor) => (await call('appointments', { action: 'mine', cursor }, person.token)).data, more)).flat()
    expect(new Set(mine.map((a) => a.id)).size).toBe(mine.length)
    for (const id of booked) expect(mine.filter((a) => a.id === id)).toHaveLength(1)
    const starts = mine.map((a) => a.start)
    expect(starts).toEqual([...starts].sort().reverse())

    const handled = (await readAll<AppointmentView>(async (cursor) => (await call('appointments', { action: 'mine', cursor }, t.deputy.token)).data, more)).flat()
    expect(new Set(handled.map((a) => a.id)).size).toBe(handled.length)
    for (const id of booked) expect(handled.filter((a) => a.id === id)).toHaveLength(1)
    const soonest = handled.map((a) => a.start)
    expect(soonest).toEqual([...soonest].sort())
  })
})
