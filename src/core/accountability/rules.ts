import type { Period } from './periods'
import { ACTIVITY_KINDS, type RecordKind } from './kinds'

/** What one kind earns (negative: a deduction), and at most how much a period. */
export interface PointRule {
  points: number
  cap?: { per: Period; max: number }
}

export const BANDS = ['优秀', '良好', '合格', '待改进'] as const
export type Band = (typeof BANDS)[number]

/** A district's scoring: points per kind, the bands' thresholds over a year, and the 述职 pass rate. */
export interface PointRules {
  kinds: Record<RecordKind, PointRule>
  /** What each deputy is to do each period (武乡's ten by default). */
  tasks: DutyTask[]
  bands: { 优秀: number; 良好: number; 合格: number }
  /** 称职 when 满意 + 基本满意 reach this share of a 述职's ratings. */
  passRate: number
}

/** A task: how many items of which kinds each period; 'quarters' counts the quarters with a verified record, 'ratings' a 述职 voters rated. */
export interface DutyTask {
  key: string
  name: string
  period: Period
  required: number
  counts: RecordKind[] | 'quarters' | 'ratings'
}

const ALL_ACTIVITIES: RecordKind[] = [...ACTIVITY_KINDS]

/**
 * 武乡's ten: each month a reception of voters, a suggestion and a work-information item; each
 * quarter a study session, a research visit and a 民生实事; each year a research report, a 述职,
 * a complete 档案 and an evaluation.
 */
export const DEFAULT_TASKS: DutyTask[] = [
  { key: 'reception', name: '接待选民', period: 'month', required: 1, counts: ['接待选民', '接待日到场', '约见群众'] },
  { key: 'suggestion', name: '提出意见建议', period: 'month', required: 1, counts: ['意见建议', '领衔建议', '附议建议'] },
  { key: 'information', name: '报送履职信息', period: 'month', required: 1, counts: ALL_ACTIVITIES },
  { key: 'study', name: '参加学习培训', period: 'quarter', required: 1, counts: ['培训学习'] },
  { key: 'visit', name: '开展视察调研', period: 'quarter', required: 1, counts: ['视察', '调研'] },
  { key: 'livelihood', name: '推动民生实事', period: 'quarter', required: 1, counts: ['民生实事'] },
  { key: 'research', name: '形成调研报告', period: 'year', required: 1, counts: ['调研'] },
  { key: 'duty', name: '向选民述职', period: 'year', required: 1, counts: ['述职'] },
  { key: 'archive', name: '履职档案完整（每季度都有记录）', period: 'year', required: 4, counts: 'quarters' },
  { key: 'evaluation', name: '接受群众评议', period: 'year', required: 1, counts: 'ratings' },
]

/** One version of a district's rules, in force from its day until a later one's. */
export interface RuleVersion {
  version: number
  effectiveFrom: string
  rules: PointRules
}

/**
 * Defaults close to the published schemes: 江北's (a suggestion or a 视察/调研 3 points), on
 * 银川's 100-point year (优秀 90, 良好 75, 合格 60), a 不满意 rating taking a point off.
 */
export const DEFAULT_RULES: PointRules = {
  kinds: {
    会议: { points: 2, cap: { per: 'year', max: 20 } },
    视察: { points: 3 },
    调研: { points: 3 },
    培训学习: { points: 2 },
    接待选民: { points: 3 },
    走访选民: { points: 2, cap: { per: 'month', max: 6 } },
    意见建议: { points: 3 },
    民生实事: { points: 5 },
    述职: { points: 10, cap: { per: 'year', max: 10 } },
    其他: { points: 1, cap: { per: 'quarter', max: 3 } },
    接待日到场: { points: 3 },
    约见群众: { points: 1, cap: { per: 'month', max: 4 } },
    答复诉求: { points: 1, cap: { per: 'month', max: 5 } },
    跟踪办理: { points: 1, cap: { per: 'month', max: 5 } },
    群众满意: { points: 1 },
    群众基本满意: { points: 0 },
    群众不满意: { points: -1 },
    领衔建议: { points: 3 },
    附议建议: { points: 1 },
  },
  bands: { 优秀: 90, 良好: 75, 合格: 60 },
  passRate: 0.8,
  tasks: DEFAULT_TASKS,
}
