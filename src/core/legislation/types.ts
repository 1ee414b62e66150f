/** A consultation's status: made and checked by the office, open for comments, closed (by its deadline or early). */
export type ConsultationStatus = 'draft' | 'open' | 'closed'

export const CONSULTATION_STATES: Record<ConsultationStatus, string> = { draft: '待公布', open: '征求意见中', closed: '征求意见已结束' }

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
  points: { code: string; name: string }[]
  articles: ArticleView[]
  /** People who commented on the whole draft. */
  generalCommenters: number
  /** The caller's own comments (nobody else's words are shown). */
  mine: { id: string; articleId: string | null; clause: number | null; text: string; at: string }[]
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
}
