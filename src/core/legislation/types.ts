/** A consultation's status: made and checked by the office, open for comments, closed (by its deadline or early). */
export type ConsultationStatus = 'draft' | 'open' | 'closed'

export const CONSULTATION_STATES: Record<ConsultationStatus, string> = { draft: '待公布', open: '征求意见中', closed: '征求意见已结束' }

/** What became of an opinion in the law as passed. */
export const OPINION_OUTCOMES = ['采纳', '部分采纳', '未采纳'] as const
export type OpinionOutcome = (typeof OPINION_OUTCOMES)[number]

/** One 条 of a draft as it is read: its 款 one per line, the 编/章/节 above it, and how many people commented on it. */
export interface ArticleView {
  id: string
  no: number
  label: string
  heading: string | null
  text: string
  /** The current law's words, where the draft revises one and this article was in it. */
  currentText: string | null
  /** People (not comments) who commented on it. */
  commenters: number
  /** Once the law passed: the article it became (changed or not); null when it was dropped. */
  final?: { label: string; text: string; changed: boolean } | null
}

/** A consultation as `get` answers it: the text by article, the caller's own comments, and what they may do. */
export interface ConsultationView {
  id: string
  code: string
  title: string
  askedBy: string
  deadline: string
  explanation: string
  preamble: string
  status: ConsultationStatus
  points: { id: string; code: string; name: string }[]
  articles: ArticleView[]
  /** People who commented on the whole draft. */
  generalCommenters: number
  /** The caller's own comments (nobody else's words are shown), and what became of the opinion each fed, once marked. */
  mine: { id: string; articleId: string | null; clause: number | null; text: string; at: string; opinion: { text: string; outcome: OpinionOutcome | null; note: string | null } | null; skipped: string | null }[]
  /** When the law as passed was loaded (the articles carry `final`). */
  finalAt: string | null
  /** What the team published of what people said (意见综述), once the period ended. */
  summary: { text: string; at: string } | null
  /** The caller follows it (hears of its summary and of the law as passed). */
  following: boolean
  /** Once the period is over, the public figures: who took part, what the points submitted, what was adopted. */
  participation: Participation | null
  version: number
  /** The caller manages it (the office, or the contact point whose staff made it); reads its comments (its team). */
  you: { manages: boolean; team: boolean }
}

/** A line of the consultations list. */
export interface ConsultationItem {
  id: string
  code: string
  title: string
  askedBy: string
  deadline: string
  status: ConsultationStatus
  articles: number
  commenters: number
}

/** A comment as the contact point's team reads it: the words, the article, and a name and phone only where the commenter left them. */
export interface CommentItem {
  id: string
  articleId: string | null
  articleLabel: string | null
  clause: number | null
  text: string
  name: string | null
  phone: string | null
  at: string
  /** The opinion it fed, or why it was set aside; entered by staff from paper or a call. */
  opinionId: string | null
  skipped: string | null
  entered: boolean
}

/** A contact point's opinion in legal language, with the comments it came from and, after the law passed, what became of it. */
export interface OpinionItem {
  id: string
  articleId: string | null
  articleLabel: string | null
  station: string | null
  text: string
  reason: string
  /** The people whose comments it came from. */
  people: number
  comments: number
  outcome: OpinionOutcome | null
  note: string | null
}

/** The draft's articles matched to the law as passed: each draft article and the final one it became, or none. */
export interface FinalAlignment {
  pairs: { draftArticleId?: string; finalNo?: number; changed: boolean }[]
}

/** A consultation's public figures. */
export interface Participation {
  people: number
  comments: number
  forums: number
  opinions: number
  /** Contact points that sent their opinions to the asking body. */
  submitted: number
  adopted: number
  partlyAdopted: number
}

/** An entry of the district's 专家库 and how many accounts it binds. */
export interface ExpertItem {
  id: string
  code: string
  name: string
  field: string
  organisation: string
  active: boolean
  version: number
  accounts: number
}

/** A contact point's year: drafts it took part in, forums, comments and people, opinions written and sent, adopted. */
export interface PointFigures {
  code: string
  name: string
  street: string
  consultations: number
  forums: number
  comments: number
  people: number
  opinions: number
  submitted: number
  adopted: number
}

/** One draft's figures: people per article (the heat bar) and participation by street (of the point each came through). */
export interface DraftFigures {
  title: string
  articles: { id: string; label: string; commenters: number }[]
  general: number
  streets: { street: string; people: number; comments: number }[]
}
