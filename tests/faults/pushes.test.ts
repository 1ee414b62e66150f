import { setTimeout as sleep } from 'node:timers/promises'
import { templatesFrom, wechatPush } from '../../server/adapters/wechat/subscribe'
import { deliverPushes } from '../../server/messaging/deliver'
import { MAX_ATTEMPTS } from '../../server/messaging/retry'
import { addQuota, enqueuePlainPushes } from '../../server/messaging/outbox-repository'
import type { Database } from '../../server/db/queryable'
import type { SubscribeSdk } from '../../server/adapters/wechat/subscribe'
import { BACKENDS, withDatabase } from '../support/backends'
import { TEMPLATES_JSON } from '../support/fake-subscribe'

const PEOPLE = 300

describe.each(BACKENDS)('pushes through a flaky WeChat on $name', (backend) => {
  const database = withDatabase(backend)
  let db: Database
  beforeAll(() => void (db = database.db))

  /** People with one send allowed each, and one push queued for each. */
  async function queue(n: number, tag: string): Promise<string[]> {
    const ids = (
      await db.query<{ id: string }>(
        `insert into users (openid, role) select $1 || g, 'resident' from generate_series(1, $2::int) g returning id`,
        [`${tag}-`, n],
      )
    ).map((r) => r.id)
    for (const id of ids) await addQuota(db, id, ['tmpl-reminder'])
    await enqueuePlainPushes(db, { userIds: ids, kind: 'reminder', page: 'pages/me/index', vals: { title: '接待日提醒', time: '2026-11-24 09:00', category: '接待', body: '明天上午' } as never })
    return ids
  }

  it('delivers every push exactly once in the end, or gives it up by policy, when half the sends fail', async () => {
    await queue(PEOPLE, 'flaky')
    const received = new Map<string, number>()
    let tries = 0
    const sdk: SubscribeSdk = {
      openapi: {
        subscribeMessage: {
          async send(p) {
            tries++
            await sleep(1)
            // Half of all sends fail before they reach the person (a timeout, a busy system).
            if (Math.random() < 0.5) throw Object.assign(new Error('errCode: -1 | system busy'), { errCode: -1 })
            received.set(String(p.touser), (received.get(String(p.touser)) ?? 0) + 1)
            return { errCode: 0, errMsg: 'ok' }
          },
        },
      },
    }
    const push = wechatPush(sdk, templatesFrom(TEMPLATES_JSON))
    // Two dispatchers at once, each round a little later than every backoff.
    let clock = Date.now()
    for (let round = 0; round <= MAX_ATTEMPTS; round++) {
      const services = { db, demoLogins: true, now: () => new Date(clock), push }
      await Promise.all([deliverPushes(services), deliverPushes(services)])
      clock += 65 * 60_000 * 4 ** round
    }
    const rows = await db.query<{ status: string; n: number }>(
      `select o.status, count(*)::int as n from outbox o join users u on u.id = o.user_id where u.openid like 'flaky-%' group by o.status`,
    )
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n]))
    const doubled = [...received.values()].filter((n) => n > 1).length
    console.log(
      `${backend.name}: ${PEOPLE} pushes, ${tries} sends tried (half failing): ${by.sent ?? 0} delivered, ${by.failed ?? 0} given up after ${MAX_ATTEMPTS} tries, ${by.pending ?? 0} pending, ${doubled} doubled`,
    )
    expect(doubled).toBe(0)
    expect(by.pending ?? 0).toBe(0)
    expect(by.sent).toBe(received.size)
    expect((by.sent ?? 0) + (by.failed ?? 0)).toBe(PEOPLE)
  }, 120_000)

  it('holds no lock and no transaction open while a send is on the network', async () => {
    const [user] = await queue(1, 'slow')
    let release!: () => void
    const sending = new Promise<void>((r) => (release = r))
    let started!: () => void
    const inFlight = new Promise<void>((r) => (started = r))
    const sdk: SubscribeSdk = {
      openapi: { subscribeMessage: { send: async () => (started(), await sending, { errCode: 0, errMsg: 'ok' }) } },
    }
    // A moment after the push was queued: the database stamps it to the microsecond, a Date only to the millisecond.
    const delivery = deliverPushes({ db, demoLogins: true, now: () => new Date(Date.now() + 1000), push: wechatPush(sdk, templatesFrom(TEMPLATES_JSON)) })
    await inFlight
    // While WeChat takes its time, the push's own row can still be written by anyone else.
    const touched = db.query('update outbox set last_error = last_error where user_id = $1 returning id', [user])
    const answered = await Promise.race([touched.then(() => true), sleep(2000).then(() => false)])
    release()
    await delivery
    await touched
    expect(answered).toBe(true)
  })
})
