import type { Grade } from '../suggestions/states'
import type { Rating } from '../cases/ratings'
import type { DeputyFigures, DeputyPageData } from '../deputies/types'
import type { MediaItem } from '../media/limits'
import type { ActivityKind } from './kinds'
import type { PointItem } from './points'
import type { Band, PointRules, RuleVersion } from './rules'
import type { TaskProgress } from './tasks'

export type ActivityStatus = 'pending' | 'verified' | 'returned'

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = { pending: '待核实', verified: '已核实', returned: '已退回' }

/** An activity of the record as its readers see it; the public sees only verified, non-internal ones. */
export interface ActivityView {
  id: string
  kind: ActivityKind
  date: string
  title: string
  text: string
  place: string | null
  deputies: { code: string; name: string }[]
  media: MediaItem[]
  status: ActivityStatus
  reason: string | null
  internal: boolean
  createdAt: string
}

/** `points get`: the period's score, each item naming what earned it. */
export interface PointsView {
  deputy: { code: string; name: string }
  from: string
  to: string
  total: number
  band: Band
  items: PointItem[]
}

export interface RankingRow {
  rank: number
  deputy: { code: string; name: string }
  station: string
  total: number
  band: Band
}

/** `points rules`: the versions in force, newest first, and the one in force today. */
export interface RulesView {
  current: PointRules
  versions: (RuleVersion & { createdAt: string })[]
}

export interface ProgressView {
  deputy: { code: string; name: string }
  items: TaskProgress[]
}

/** `tasks behind`: a station's deputies with a task unmet in a period that has not ended. */
export interface BehindRow {
  deputy: { code: string; name: string }
  unmet: { task: string; period: string; done: number; required: number }[]
}

/** The figures of a 述职: the deputy page's figures for the cases filed that year, and the year's record. */
export interface DutyFigures extends DeputyFigures {
  activities: Partial<Record<ActivityKind, number>>
  suggestions: number
  /** 代表建议 submitted in the year, 领衔 and 附议, and the classes of those answered (absent from 述职 drafted before suggestions were handled here). */
  formal?: { led: number; joined: number; answered: number; grades: Partial<Record<Grade, number>> }
  points: number
  band: Band
}

export type Tally = Record<Rating, number>

/** One entry of a face-to-face 述职's paper votes: never overwritten; a mistake is corrected by a later entry. */
export interface PaperEntry extends Tally {
  id: string
  at: string
  /** Who entered it: 某某联络站工作人员, 人大常委会办公室. */
  by: string
  /** The earlier entry this one corrects. */
  corrects: string | null
  /** The later entry that corrects this one: it no longer counts. */
  correctedBy: string | null
}

/** A 述职 as its deputy drafts it (`dutyReports draft`). */
export interface DutyDraft {
  id: string
  year: number
  text: string
  figures: DutyFigures
  status: 'draft' | 'published'
  version: number
}

/** A published 述职 as the public reads it (`dutyReports get`). */
export interface DutyReportView {
  id: string
  deputy: { code: string; name: string }
  year: number
  text: string
  figures: DutyFigures
  publishedAt: string
  ratings: Tally
  online: Tally
  paper: Tally
  /** Each entry of the paper votes with who entered it and when (for the deputy, their station's staff and the office). */
  paperEntries?: PaperEntry[]
  /** (满意 + 基本满意) / all ratings; null before any. */
  rate: number | null
  verdict: '称职' | '不称职' | '待评议'
  /** What the signed-in reader gave, if they rated it. */
  mine: Rating | null
}

/** The 履职 part of a deputy's public page. */
export interface DutySummary {
  points: { label: string; from: string; to: string; total: number; band: Band }
  activities: ActivityView[]
  report: Pick<DutyReportView, 'year' | 'ratings' | 'rate' | 'verdict'> | null
}

/** `deputies figures`: the live part of a deputy's page with their 履职. */
export type DeputyPage = DeputyPageData & { duty: DutySummary }
