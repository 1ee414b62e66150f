/** What a deputy records (DESIGN.md §7): the kinds of activity of the 履职档案. */
export const ACTIVITY_KINDS = ['会议', '视察', '调研', '培训学习', '接待选民', '走访选民', '意见建议', '民生实事', '述职', '其他'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

/** What the product knows by itself and enters into the record: reception days, appointments, cases, suggestions submitted (领衔 or 附议). */
export const DERIVED_KINDS = ['接待日到场', '约见群众', '答复诉求', '跟踪办理', '群众满意', '群众基本满意', '群众不满意', '领衔建议', '附议建议'] as const
export type DerivedKind = (typeof DERIVED_KINDS)[number]
export type RecordKind = ActivityKind | DerivedKind
export const RECORD_KINDS: readonly RecordKind[] = [...ACTIVITY_KINDS, ...DERIVED_KINDS]

/** Where an item of the record comes from: what a points item names as having earned it. */
export type PointSource = 'activity' | 'case' | 'reception' | 'appointment' | 'suggestion' | 'study'

/** One entry of a deputy's record on a Shanghai day, with the words that name it. */
export interface RecordItem {
  source: PointSource
  refId: string
  kind: RecordKind
  at: string
  label: string
}
