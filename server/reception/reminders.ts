import { formatShanghai, formatShanghaiLong, shanghaiDay, shanghaiHour } from '../../src/core/time'
import { accountsOfDeputy } from '../identity/accounts'
import { queuePushes, tell } from '../messaging/inbox'
import type { Services } from '../runtime/services'
import { dueReminders, markReminded } from './appointments-repository'

const REMINDER_BATCH = 100
/** Reminders go out from nine in the morning the day before, not at midnight. */
const REMINDER_HOUR = 9
const APPOINTMENTS_PAGE = 'packages/stations/appointments/index'

/**
 * The day before a reception day: each live appointment reminds its resident and its deputy,
 * in 消息 and (where they allowed it) by subscribe message — once, marked in the same transaction.
 */
export async function sendReminders(services: Services): Promise<number> {
  const now = services.now()
  if (shanghaiHour(now) < REMINDER_HOUR) return 0
  const tomorrow = shanghaiDay(new Date(now.getTime() + 86_400_000))
  let sent = 0
  for (;;) {
    const n = await services.db.tx(async (q) => {
      const due = await dueReminders(q, tomorrow, REMINDER_BATCH)
      for (const r of due) {
        const time = formatShanghai(r.starts_at.toISOString())
        const deputies = await accountsOfDeputy(q, r.deputy_id)
        await tell(q, [r.resident_id], '明天有约见', `${time}，${r.station_name}，${r.deputy_name}代表，地点${r.place}`)
        await tell(q, deputies, '明天有约见', `${time}，群众约见（${r.theme}）`)
        const vals = { number: '', status: '待参加', title: '约见提醒', body: `${r.deputy_name}代表 ${r.place}`, category: r.station_name, time: formatShanghaiLong(r.starts_at) }
        await queuePushes(q, { userIds: [r.resident_id, ...deputies], kind: 'reminder', page: APPOINTMENTS_PAGE, vals })
        await markReminded(q, r.id, now)
      }
      return due.length
    })
    sent += n
    if (n < REMINDER_BATCH) return sent
  }
}
