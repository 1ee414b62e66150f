import type { Envelope } from '../../src/core/envelope'
import type { SessionUser } from '../../src/core/identity/viewer'
import { shanghaiDay } from '../../src/core/time'
import { auth } from '../functions/auth'
import { suggestions } from '../functions/suggestions'
import { invoke, type Services } from '../runtime/context'
import { remindSuggestions } from '../suggestions/deadlines'

const DAY = 86_400_000

type Who = 'deputy' | 'department' | 'office'
/** One suggestion of the demo: drafted from a case `daysAgo`, then each step a number of days later, by whom. */
interface DemoSuggestion {
  caseIndex: number
  daysAgo: number
  draft: { title: string; category: string; situation: string; proposal: string }
  steps: [who: Who, action: string, payload: Record<string, unknown>, afterDays: number][]
}

const SUGGESTIONS: DemoSuggestion[] = [
  // Handed out with a month to answer (the office set the day), signed, never answered: overdue on the office's 督办 board, and 重点督办.
  {
    caseIndex: 4, daysAgo: 40,
    draft: { title: '关于老旧小区电梯运行保障的建议', category: '物业管理', situation: '小区电梯频繁停运，八楼以上老人上下楼十分困难，群众多次反映未解决。', proposal: '请有关部门督促物业限期检修电梯，建立故障报修和应急救援机制。' },
    steps: [
      ['deputy', 'submit', {}, 1], ['office', 'review', { outcome: 'accept' }, 2], ['office', 'assign', { lead: true, dueInDays: 33 }, 3], ['department', 'sign', {}, 4],
      ['office', 'prioritize', { milestones: [{ title: '完成电梯安全检测', inDays: 15 }, { title: '完成电梯维修', inDays: 45 }] }, 5],
    ],
  },
  // Answered (A) and rated: on the public list with its answer.
  {
    caseIndex: 2, daysAgo: 28,
    draft: { title: '关于西街菜市场占道经营治理的建议', category: '道路交通', situation: '西街菜市场门口占道经营，早高峰公交车无法通行，群众反映强烈。', proposal: '请有关部门规范菜市场周边经营秩序，设置临时摊位区，保障道路通行。' },
    steps: [
      ['deputy', 'submit', {}, 1], ['office', 'review', { outcome: 'accept' }, 2], ['office', 'assign', { lead: true }, 3], ['department', 'sign', {}, 4],
      ['department', 'contact', { way: '座谈', note: '与王建国代表座谈，听取整治意见' }, 8],
      ['department', 'answer', { grade: 'A', text: '已在菜市场北侧设置临时摊位区，安排专人早高峰值守，占道经营已基本消除。', public: true }, 20],
      ['deputy', 'evaluate', { rating: '满意', contactRating: '满意' }, 23],
    ],
  },
]

/**
 * The demo's suggestions (after its cases, on a freshly seeded demo host): one overdue and 重点督办
 * on the office's board, one answered and on the public list, each built on a demo case. What the
 * functions wrote is moved to the demo's days.
 */
export async function seedDemoSuggestions(services: Services, caseIds: readonly string[]): Promise<void> {
  const now = services.now().getTime()
  const written = new Date(now)
  let at = new Date(now)
  const ctx: Services = { ...services, now: () => at }
  const call = async <T>(fn: typeof suggestions, event: Record<string, unknown>, token?: string): Promise<T> => {
    const r = (await invoke(fn, event, ctx, token ? { kind: 'token', token } : { kind: 'anonymous' })) as Envelope<T>
    if (r.code !== 'OK') throw new Error(`demo suggestions: ${String(event.action)}: ${r.message}`)
    return r.data as T
  }
  const login = (persona: Who) => call<{ token: string; user: SessionUser }>(auth, { action: 'devLogin', persona })
  const team = { deputy: await login('deputy'), department: await login('department'), office: await login('office') }
  const { db } = services
  const day = (t: number) => shanghaiDay(new Date(t))
  // What a step wrote (its timeline, what it told people) is moved to the step's day.
  const backdate = async (id: string) => {
    await db.query('update suggestion_events set at = $2 where suggestion_id = $1 and at >= $3', [id, at, written])
    await db.query('update messages set created_at = $1 where created_at >= $2', [at, written])
  }
  for (const d of SUGGESTIONS) {
    const start = now - d.daysAgo * DAY
    at = new Date(start)
    let s = await call<{ id: string; version: number }>(suggestions, { action: 'draft', ...d.draft, caseIds: [caseIds[d.caseIndex]] }, team.deputy.token)
    await backdate(s.id)
    for (const [who, action, payload, afterDays] of d.steps) {
      at = new Date(start + afterDays * DAY)
      const { lead, dueInDays, milestones, ...rest } = payload as { lead?: boolean; dueInDays?: number; milestones?: { title: string; inDays: number }[] }
      const extra = {
        ...(lead ? { leadDepartmentId: team.department.user.departmentId } : {}),
        ...(dueInDays ? { dueOn: day(start + dueInDays * DAY) } : {}),
        ...(milestones ? { milestones: milestones.map((m) => ({ title: m.title, due: day(start + m.inDays * DAY) })) } : {}),
        ...(action === 'contact' ? { at: at.toISOString() } : {}),
      }
      s = await call(suggestions, { action, id: s.id, version: s.version, ...rest, ...extra }, team[who].token)
      await backdate(s.id)
    }
    await db.query(
      `update suggestions set created_at = $2, updated_at = $3::timestamptz,
              submitted_at = case when submitted_at is null then null else $2::timestamptz + interval '1 day' end,
              assigned_at = case when assigned_at is null then null else $2::timestamptz + interval '3 days' end,
              closed_at = case when closed_at is null then null else $3::timestamptz end
        where id = $1`,
      [s.id, new Date(start), at],
    )
  }
  // Today's sweep finds the unanswered one overdue.
  at = new Date(now)
  await remindSuggestions(ctx)
  await db.query("update suggestion_events set at = $1 where action = 'overdue' and at >= $1", [at])
}
