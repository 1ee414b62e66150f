import type { Envelope } from '../../src/core/envelope'
import type { SessionUser } from '../../src/core/identity/viewer'
import { sweepDeadlines } from '../cases/deadlines'
import { auth } from '../functions/auth'
import { cases } from '../functions/cases'
import { invoke, type Services } from '../runtime/context'
import { seedDemoLegislation } from './demo-legislation'
import { seedDemoSuggestions } from './demo-suggestions'

const DAY = 86_400_000

type Step = [who: 'staff' | 'department' | 'office', action: string, payload: Record<string, unknown>, afterDays: number]

/** Cases of the demo (its first station, whose staff and deputy the demo signs in as), each filed `daysAgo` and moved on the days after: stuck at every stage, one late twice, one pressed by the office. */
const HISTORY: { daysAgo: number; deputyCode?: string; stationCode?: string; category: string; text: string; steps: Step[]; sweepAfterDays?: number[] }[] = [
  { daysAgo: 21, deputyCode: 'LZ001', category: '环境卫生', text: '火车站社区三号楼前的路灯坏了半个月，晚上一片漆黑，老人不敢出门', steps: [] },
  { daysAgo: 24, stationCode: 'S01', category: '物业管理', text: '小区物业一直不清理楼顶积水，顶楼住户家里墙面发霉', steps: [['staff', 'accept', {}, 1]] },
  {
    daysAgo: 30, deputyCode: 'LZ001', category: '道路交通', text: '西街菜市场门口占道经营，早高峰公交车过不去，天天堵车',
    steps: [['staff', 'accept', {}, 1], ['staff', 'dispatch', { note: '请核实后处理占道经营' }, 2]],
  },
  {
    daysAgo: 36, stationCode: 'S01', category: '供暖供水', text: '延南街道淮海小区的雨水井盖破损，下雨天积水一尺深',
    steps: [['staff', 'accept', {}, 1], ['staff', 'dispatch', { note: '请维修井盖并疏通雨水管' }, 2], ['department', 'acceptOrder', {}, 3]],
  },
  // Late at filing, then late again once accepted: the second time goes up to the office's leaders.
  {
    daysAgo: 42, deputyCode: 'LZ001', category: '物业管理', text: '小区电梯三天两头停运，八楼以上的老人上下楼非常困难', steps: [['staff', 'accept', {}, 12]], sweepAfterDays: [10],
  },
]

/** The demo district's week-old cases and its suggestions (only on a freshly seeded demo host): so the overdue board, 督办, 催办 and the escalation can be seen. */
export async function seedDemoHistory(services: Services): Promise<void> {
  const now = services.now().getTime()
  const written = new Date(now)
  let at = new Date(now)
  const ctxServices: Services = { ...services, now: () => at, submitLimits: { perHour: 100, perDay: 100 } }
  const call = async <T>(fn: typeof cases, event: Record<string, unknown>, token?: string): Promise<T> => {
    const r = (await invoke(fn, event, ctxServices, token ? { kind: 'token', token } : { kind: 'anonymous' })) as Envelope<T>
    if (r.code !== 'OK') throw new Error(`demo history: ${String(event.action)}: ${r.message}`)
    return r.data as T
  }
  const login = (e: Record<string, unknown>) => call<{ token: string; user: SessionUser }>(auth, { action: 'devLogin', ...e })
  const team = { staff: await login({ persona: 'staff' }), department: await login({ persona: 'department' }), office: await login({ persona: 'office' }) }
  const { db } = services
  // What the functions wrote stands at the database's clock: it is moved to the demo's day.
  const backdate = async (id: string) => {
    await db.query('update case_events set created_at = $2 where case_id = $1 and created_at >= $3', [id, at, written])
    await db.query('update messages set created_at = $1 where created_at >= $2', [at, written])
  }
  const version = async (id: string) => (await db.query<{ version: number }>('select version from cases where id = $1', [id]))[0].version
  const sweep = async (when: Date) => {
    at = when
    await sweepDeadlines(ctxServices)
    await db.query("update case_events set created_at = $1 where type = 'overdue' and created_at >= $2", [at, written])
  }

  const filed: string[] = []
  for (const [i, h] of HISTORY.entries()) {
    const start = now - h.daysAgo * DAY
    at = new Date(start)
    const resident = await login({ openid: `demo-history-${i + 1}` })
    const { id } = await call<{ id: string }>(cases, { action: 'submit', submissionId: `demo-history-${i + 1}`, ...(h.deputyCode ? { deputyCode: h.deputyCode } : { stationCode: h.stationCode }), category: h.category, text: h.text, showPublicly: false }, resident.token)
    await db.query('update cases set created_at = $2, updated_at = $2 where id = $1', [id, at])
    await backdate(id)
    const sweeps = [...(h.sweepAfterDays ?? [])]
    for (const [who, action, payload, afterDays] of h.steps) {
      while (sweeps.length && sweeps[0] < afterDays) await sweep(new Date(start + sweeps.shift()! * DAY))
      at = new Date(start + afterDays * DAY)
      const extra = action === 'dispatch' ? { departmentId: team.department.user.departmentId } : {}
      await call(cases, { action, id, version: await version(id), ...payload, ...extra }, team[who].token)
      await db.query('update cases set updated_at = $2 where id = $1', [id, at])
      await backdate(id)
    }
    filed.push(id)
  }
  // Today's sweep finds every stage late; the office presses the oldest unanswered one.
  await sweep(new Date(now))
  await call(cases, { action: 'supervise', id: filed[0], version: await version(filed[0]), note: '请本周内答复群众' }, team.office.token)
  await seedDemoSuggestions(services, filed)
  await seedDemoLegislation(services)
}
