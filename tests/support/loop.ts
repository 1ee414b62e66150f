import { randomUUID } from 'node:crypto'
import { shanghaiDay } from '../../src/core/time'
import type { Database } from '../../server/db/queryable'
import type { Services } from '../../server/runtime/context'
import { withDatabase, type Backend } from './backends'
import { caller, login } from './call'
import { OPEN_MS } from './hooks'

export type Call = ReturnType<typeof caller>

/** Everyone the loop involves in the demo district, signed in. */
export async function team(call: Call) {
  const [resident, deputy, staff, department, office] = await Promise.all([
    login(call, { openid: `r-${randomUUID()}` }),
    login(call, { persona: 'deputy' }),
    login(call, { persona: 'staff' }),
    login(call, { persona: 'department' }),
    login(call, { persona: 'office' }),
  ])
  return { resident, deputy, staff, department, office }
}

export type Team = Awaited<ReturnType<typeof team>>

/** A Shanghai calendar day n days from now (negative: ago). */
export const inDays = (n: number) => shanghaiDay(new Date(Date.now() + n * 86_400_000))

export const filing = (over: Record<string, unknown> = {}) => ({
  action: 'submit',
  submissionId: `sub-${randomUUID()}`,
  deputyCode: 'LZ001',
  category: '物业管理',
  text: '楼道里的声控灯坏了三个月，老人晚上上下楼很危险',
  ...over,
})

export async function versionOf(db: Database, id: string): Promise<number> {
  const [row] = await db.query<{ version: number }>('select version from cases where id = $1', [id])
  return row.version
}

/** A valid payload for each move, for a case of the demo district. */
export function payloadFor(action: string, t: Team, otherCaseId?: string): Record<string, unknown> {
  switch (action) {
    case 'answer':
      return { text: '已联系社区，明天上午维修' }
    case 'decline':
      return { reason: '属于司法程序中的事项', referral: '12345 热线' }
    case 'dispatch':
      return { departmentId: t.department.user.departmentId, note: '请尽快核实处理' }
    case 'sendBack':
      return { reason: '不属于本部门职责' }
    case 'followUp':
      return { text: '已到现场查看，督促加快进度' }
    case 'resolve':
      return { text: '已更换声控灯并检修线路' }
    case 'rate':
      return { resultRating: '不满意', followUpRating: '满意', comment: '修得太慢' }
    case 'reopen':
      return { reason: '灯又坏了' }
    case 'merge':
      return { intoId: otherCaseId }
    case 'requestDispatch':
      return { note: '需要住建部门处理' }
    case 'addInfo':
      return { text: '补充一下：晚上九点以后最黑' }
    default:
      return {}
  }
}

/** Makes one move as `token`, at the case's current version. */
export async function act(call: Call, db: Database, token: string, id: string, action: string, payload: Record<string, unknown>) {
  return call('cases', { action, id, version: await versionOf(db, id), ...payload }, token)
}

/** The moves that bring a new case to each state, and who makes them. */
export const PATH: Record<string, [keyof Team, string][]> = {
  submitted: [],
  accepted: [['staff', 'accept']],
  dispatched: [['staff', 'accept'], ['staff', 'dispatch']],
  in_progress: [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder']],
  resolved: [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve']],
  rated: [['staff', 'accept'], ['staff', 'dispatch'], ['department', 'acceptOrder'], ['department', 'resolve'], ['resident', 'rate']],
}

/** The state each move is made from, and who in the team may make it. */
export const MOVES: Record<string, { from: keyof typeof PATH; by: keyof Team }> = {
  accept: { from: 'submitted', by: 'staff' },
  answer: { from: 'submitted', by: 'deputy' },
  decline: { from: 'submitted', by: 'staff' },
  requestDispatch: { from: 'submitted', by: 'deputy' },
  withdraw: { from: 'submitted', by: 'resident' },
  urge: { from: 'submitted', by: 'resident' },
  addInfo: { from: 'submitted', by: 'resident' },
  supervise: { from: 'submitted', by: 'office' },
  merge: { from: 'submitted', by: 'staff' },
  dispatch: { from: 'accepted', by: 'staff' },
  acceptOrder: { from: 'dispatched', by: 'department' },
  sendBack: { from: 'dispatched', by: 'department' },
  followUp: { from: 'in_progress', by: 'deputy' },
  resolve: { from: 'in_progress', by: 'department' },
  rate: { from: 'resolved', by: 'resident' },
  reopen: { from: 'rated', by: 'resident' },
}

/** Files a case as the team's resident and brings it to `state`. */
export async function caseIn(call: Call, db: Database, t: Team, state: keyof typeof PATH): Promise<string> {
  const filed = await call('cases', filing(), t.resident.token)
  if (filed.code !== 'OK') throw new Error(`filing failed: ${filed.message}`)
  const id = filed.data.id as string
  for (const [who, action] of PATH[state]) {
    const r = await act(call, db, t[who].token, id, action, payloadFor(action, t))
    if (r.code !== 'OK') throw new Error(`${action} by ${who} failed: ${r.message}`)
  }
  return id
}

/** For one describe block: a fresh seeded database on the backend, and the team signed in; `extra` adds services (media, push …). */
export function withTeam(backend: Backend, extra: Partial<Services> = {}) {
  const env = {} as { db: Database; call: Call; t: Team }
  const database = withDatabase(backend)
  beforeAll(async () => {
    env.db = database.db
    env.call = caller(database.db, extra)
    env.t = await team(env.call)
  }, OPEN_MS)
  return env
}
