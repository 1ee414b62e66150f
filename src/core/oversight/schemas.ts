import { z } from 'zod'
import { code, cursor, day, text, uuid } from '../fields'
import { COMMITMENT_METRICS, RATINGS } from './types'

/** How much one list may hold: a year's commitments, a session's officials and members. */
export const OVERSIGHT_LIMITS = { commitments: 30, officials: 60, members: 200 } as const

const version = z.number({ error: '缺少版本号' }).int().min(1, { error: '版本号不正确' })
const year = z.number({ error: '年份不正确' }).int().min(2000, { error: '年份不正确' }).max(2100, { error: '年份不正确' })
const count = (what: string) => z.number({ error: `请填写${what}票数` }).int({ error: `${what}票数应是整数` }).min(0, { error: `${what}票数不能为负` }).max(10_000, { error: `${what}票数太大` })
const ballotId = uuid('测评')

const commitment = z.object({
  text: text('承诺事项', 4, 300),
  due: day('完成时间').optional(),
  figure: z.object({
    metric: z.enum(Object.keys(COMMITMENT_METRICS) as [keyof typeof COMMITMENT_METRICS], { error: '请选择关联的指标' }),
    target: z.number({ error: '请填写目标值' }).min(0, { error: '目标值应在 0 到 1 之间' }).max(1, { error: '目标值应在 0 到 1 之间' }),
  }).optional(),
})

/** What `oversight` takes (任后监督): appointed officials, their commitments, the standing committee's secret ballot. */
export const oversightEvent = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('officials'), cursor }),
    z.object({
      action: z.literal('saveOfficial'),
      id: uuid('被任命人员').optional(),
      version: version.optional(),
      name: text('姓名', 1, 20),
      post: text('职务', 2, 60),
      departmentCode: code('单位'),
      appointedOn: day('任命日期'),
      termEnds: day('任期届满日期').optional(),
    }).refine((e) => !e.id === !e.version, { error: '缺少版本号', path: ['version'] }),
    z.object({ action: z.literal('commitments'), officialId: uuid('被任命人员'), year }),
    z.object({
      action: z.literal('saveCommitments'),
      officialId: uuid('被任命人员'),
      year,
      items: z.array(commitment, { error: '请填写承诺事项' }).min(1, { error: '请至少填写一项承诺' }).max(OVERSIGHT_LIMITS.commitments, { error: `最多 ${OVERSIGHT_LIMITS.commitments} 项承诺` }),
      version: version.optional(),
    }),
    z.object({ action: z.literal('members') }),
    z.object({ action: z.literal('ballots') }),
    z.object({
      action: z.literal('openBallot'),
      title: text('测评名称', 4, 80),
      officialIds: z.array(uuid('被测评人员')).min(1, { error: '请选择被测评的人员' }).max(OVERSIGHT_LIMITS.officials, { error: `一次最多测评 ${OVERSIGHT_LIMITS.officials} 人` }),
      memberIds: z.array(uuid('常委会组成人员')).min(1, { error: '请选择参加测评的常委会组成人员' }).max(OVERSIGHT_LIMITS.members, { error: `最多 ${OVERSIGHT_LIMITS.members} 位组成人员` }),
      closesAt: z.iso.datetime({ offset: true, error: '请填写测评结束时间' }),
    }),
    z.object({ action: z.literal('ballot'), ballotId: ballotId.optional(), code: z.string().regex(/^[A-Z0-9]{4,12}$/, { error: '测评编码不正确' }).optional() })
      .refine((e) => !!e.ballotId !== !!e.code, { error: '请选择一次测评' }),
    z.object({
      action: z.literal('vote'),
      ballotId,
      votes: z.array(z.object({ officialId: uuid('被测评人员'), rating: z.enum(RATINGS, { error: '请选择满意、基本满意或不满意' }) }), { error: '请对每一位被测评人员作出评价' })
        .min(1, { error: '请对每一位被测评人员作出评价' }).max(OVERSIGHT_LIMITS.officials),
    }),
    z.object({ action: z.literal('paper'), ballotId, officialId: uuid('被测评人员'), 满意: count('满意'), 基本满意: count('基本满意'), 不满意: count('不满意') }),
    z.object({ action: z.literal('closeBallot'), ballotId, withhold: z.string().trim().min(2, { error: '请写明不公布的理由' }).max(200).optional() }),
    z.object({ action: z.literal('results'), ballotId }),
    z.object({ action: z.literal('qr'), ballotId }),
  ],
  { error: '不支持的操作' },
)

export type OversightEvent = z.infer<typeof oversightEvent>
