/**
 * Content safety (DESIGN.md §6): what others will see is checked first; doubtful items wait for a
 * person; reported items are hidden after enough reports; nothing is deleted, only hidden.
 */

/** What a check says of a text or a picture: WeChat's own three answers. */
export type Verdict = 'pass' | 'review' | 'risky'

/** What is screened: a case's words, a step's note, a notice, a day's minutes, a photo, a published bio, a proposed one, a 述职, an activity of the 履职档案, a 代表建议 (its text, answers, progress), a comment on a draft law (立法意见), a publicity item (学习宣传). */
export const SCREENED_KINDS = ['case', 'note', 'notice', 'minutes', 'photo', 'bio', 'proposal', 'dutyReport', 'activity', 'suggestion', 'comment', 'post'] as const
export type ScreenedKind = (typeof SCREENED_KINDS)[number]

export const KIND_LABELS: Record<ScreenedKind, string> = {
  case: '诉求内容',
  note: '办理记录',
  notice: '接待公告',
  minutes: '接待纪要',
  photo: '照片',
  bio: '代表简介',
  proposal: '代表资料修改',
  dutyReport: '述职报告',
  activity: '履职记录',
  suggestion: '代表建议',
  comment: '立法意见',
  post: '学习宣传',
}

/** What residents may report (举报): what other residents can read. */
export const REPORTABLE_KINDS = ['case', 'notice', 'bio'] as const
export type ReportableKind = (typeof REPORTABLE_KINDS)[number]

export const REPORT_REASONS = ['泄露个人隐私', '虚假不实', '违法违规', '广告骚扰', '其他'] as const

/** This many different people reporting an item hide it until a person reviews it. */
export const REPORTS_TO_HIDE = 3

/**
 * held: the check was unsure, a person decides; hidden: reported, a person decides;
 * shown: passed or released; refused: a person (or the picture check) refused it. Only shown is shown.
 */
export type ScreeningState = 'held' | 'hidden' | 'shown' | 'refused'

/** What stands in, where residents read it, for a note that waits for review or was refused. */
export const HELD_TEXT = '（此内容需经审核，暂不显示）'

/** The word list's two outcomes: refuse the text, or hold it for a person. */
export type WordOutcome = 'refuse' | 'hold'

export interface SafetyWord {
  word: string
  outcome: WordOutcome
  /** One of the system's own words: every district checks it, and no district removes it. */
  system: boolean
}

/** One item waiting in the 审核 queue. */
export interface ReviewItem {
  id: string
  kind: ScreenedKind
  label: string
  /** The words to judge, as written (reviewers are staff and see what handlers see). */
  content: string
  /** A photo to judge: a signed, expiring address. */
  mediaUrl?: string
  cause: 'check' | 'reports'
  /** Why: the matched words or the check's label, or the reports' reasons. */
  why: string[]
  reports: number
  stationName: string
  createdAt: string
  version: number
}
