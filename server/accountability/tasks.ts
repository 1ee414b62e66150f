import { readsDutyOf } from '../../src/core/accountability/access'
import { addDays, periodOf } from '../../src/core/accountability/periods'
import type { PointRules } from '../../src/core/accountability/rules'
import { taskProgress, unmet, type TaskProgress } from '../../src/core/accountability/tasks'
import type { BehindRow, ProgressView } from '../../src/core/accountability/types'
import { errors } from '../../src/core/errors'
import { formatShanghaiLong, shanghaiDay, shanghaiDayStart, shanghaiHour } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import { accountsOfDeputy } from '../identity/accounts'
import { queuePushes, tell } from '../messaging/inbox'
import type { FnContext } from '../runtime/context'
import type { Services } from '../runtime/services'
import { deputyAsked, scopeAsked, scopeOf } from './deputies'
import { deputiesOf, ratedReports, recordItems, type DeputyItem } from './record-repository'
import { rulesOf } from './rules'
import { markTaskReminder, unremindedDeputies } from './tasks-repository'

/** Each deputy's progress on the tasks in force on `day`, each counted over its own period holding it. */
async function progressOf(q: Queryable, deputyIds: readonly string[], day: string, today: string, rulesOn: (day: string) => PointRules): Promise<Map<string, TaskProgress[]>> {
  const year = periodOf(day, 'year')
  const items = await recordItems(q, deputyIds, year.from, year.to, today)
  const rated = await ratedReports(q, deputyIds, Number(year.key))
  const out = new Map<string, TaskProgress[]>()
  for (const id of deputyIds) {
    const mine = items.filter((i) => i.deputyId === id).map(({ deputyId: _d, internal: _i, ...i }: DeputyItem) => i)
    out.set(id, taskProgress(rulesOn(day).tasks, mine, rated.filter((r) => r.deputyId === id && r.year === Number(year.key)), day))
  }
  return out
}

/** `tasks progress`: what a deputy has done of each task in the periods holding `period` (today by default). */
export async function progress(ctx: FnContext, deputyCode: string | undefined, period?: string): Promise<ProgressView> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const d = await deputyAsked(ctx, deputyCode)
  if (!readsDutyOf(user, scopeOf(d))) throw errors.forbidden.dutyOf()
  const today = shanghaiDay(ctx.services.now())
  const items = (await progressOf(db, [d.id], period ?? today, today, await rulesOf(db, d.districtId))).get(d.id)!
  return { deputy: { code: d.code, name: d.name }, items }
}

/** `tasks behind`: the deputies (of a station, or the district for the office) with a task still unmet in the current periods, most behind first. */
export async function behind(ctx: FnContext, stationCode?: string): Promise<{ rows: BehindRow[] }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const { districtId, stationId } = await scopeAsked(ctx, user, stationCode)
  const today = shanghaiDay(ctx.services.now())
  const deputies = await deputiesOf(db, districtId, stationId)
  const all = await progressOf(db, deputies.map((d) => d.id), today, today, await rulesOf(db, districtId))
  const rows = deputies
    .map((d) => ({
      deputy: { code: d.code, name: d.name },
      unmet: unmet(all.get(d.id)!).map((p) => ({ task: p.task.name, period: p.period.label, done: p.done, required: p.required })),
    }))
    .filter((r) => r.unmet.length > 0)
    .sort((a, b) => b.unmet.length - a.unmet.length || a.deputy.code.localeCompare(b.deputy.code))
  return { rows }
}

const REMIND_DAYS = 7
const REMIND_HOUR = 9
const BATCH = 50
const DUTY_PAGE = 'packages/deputy/duty/index'

/**
 * The timer's chore: from nine in the morning a week before a month closes (and with it a quarter
 * or a year), each deputy in office with a task of a period closing that day still unmet is told
 * in 消息 and, where they allowed it, by subscribe message — once per deputy and closing day.
 */
export async function remindTasks(services: Services): Promise<number> {
  const now = services.now()
  const today = shanghaiDay(now)
  const end = periodOf(today, 'month').to
  if (shanghaiHour(now) < REMIND_HOUR || addDays(end, -REMIND_DAYS) > today) return 0
  let reminded = 0
  for (;;) {
    const batch = await unremindedDeputies(services.db, end, BATCH)
    for (const districtId of new Set(batch.map((d) => d.districtId))) {
      const here = batch.filter((d) => d.districtId === districtId)
      const all = await progressOf(services.db, here.map((d) => d.id), today, today, await rulesOf(services.db, districtId))
      for (const d of here) {
        const closing = unmet(all.get(d.id)!).filter((p) => p.period.to === end)
        await services.db.tx(async (q) => {
          if (!(await markTaskReminder(q, d.id, end, closing.length)) || !closing.length) return
          const accounts = await accountsOfDeputy(q, d.id)
          const list = closing.map((p) => `${p.task.name}（${p.period.label}，已完成 ${p.done}/${p.required}）`).join('；')
          await tell(q, accounts, '履职任务即将到期', `${end} 前还有 ${closing.length} 项任务未完成：${list}`)
          const vals = { number: '', status: '待完成', title: '履职任务提醒', body: `还有 ${closing.length} 项任务未完成`, category: '履职', time: formatShanghaiLong(shanghaiDayStart(end)) }
          await queuePushes(q, { userIds: accounts, kind: 'reminder', page: DUTY_PAGE, vals })
          reminded++
        })
      }
    }
    if (batch.length < BATCH) return reminded
  }
}
