import type { MediaItem } from '../media/limits'
import type { Grade, SuggestionRating, SuggestionStatus } from './states'

/** A suggestion as `get` answers it: who wrote it, who handles it, from which cases, and what happened. */
export interface SuggestionView {
  id: string
  number: string | null
  title: string
  category: string
  situation: string
  proposal: string
  kind: string
  session: string
  status: SuggestionStatus
  grade: Grade | null
  dueOn: string | null
  deputies: { code: string; name: string; role: 'lead' | 'co'; status: 'invited' | 'confirmed' | 'declined'; rating: SuggestionRating | null; contactRating: SuggestionRating | null }[]
  /** `redirect`: why the unit asked the office for another unit (申请调整), until the office decides; `signLate`: not signed within the days allowed. */
  units: { id: string; name: string; role: 'lead' | 'assist'; signedAt: string | null; view: string | null; redirect: string | null; signLate: boolean }[]
  cases: { id: string; number: string }[]
  /** How many residents stand behind it (the linked cases' authors). */
  residents: number
  /** What its cases show anyone who reads it: since when, where, the words their authors allowed (redacted). */
  evidence: Evidence
  contacts: { way: string; at: string; note: string; unit: string }[]
  /** Photos and documents: the draft's (`round` null) and each answer's (the signed answer). */
  media: (MediaItem & { round: number | null })[]
  answers: { round: number; grade: Grade; text: string; public: boolean; at: string }[]
  /** A B answer's progress reports, and whether its unit declared it done. */
  progress: { percent: number; note: string; done: boolean; at: string }[]
  progressDone: boolean
  /** The office keeps its answers off the public page. */
  withheld: boolean
  /** Past its due day unanswered; the office's 督办 presses it. */
  overdue: boolean
  /** 重点督办: the office leader who supervises it and its milestones. */
  key: boolean
  leader: string | null
  milestones: Milestone[]
  /** The units' requests for more time and the office's decisions. */
  extensions: { until: string; reason: string; at: string; approved: boolean | null; decision: string | null }[]
  events: { action: string; label: string; note: string | null; at: string }[]
  version: number
  /** The reader's part in it: what their buttons offer. */
  you: { lead: boolean; preparer: boolean; invited: boolean; cosigner: boolean; signer: boolean; leadUnit: boolean; assistUnit: boolean; signed: boolean; rated: boolean }
  /** The office's choice of units for 交办 (the category's catalogue proposes the lead); others get none. */
  unitOptions?: { departments: { id: string; name: string }[]; proposedId: string | null }
  /** The office's leaders, one of whom may supervise it (重点督办); the office only. */
  leaderOptions?: { id: string; label: string }[]
}

/** A line of a list: enough to find it and see where it stands. */
export interface SuggestionItem {
  id: string
  number: string | null
  title: string
  status: SuggestionStatus
  grade: Grade | null
  leadDeputy: string
  dueOn: string | null
  updatedAt: string
  overdue: boolean
  key: boolean
  /** A 重点督办 one's first milestone not yet done. */
  nextMilestone: Milestone | null
}

/** A 重点督办 suggestion's milestone: what should be done by when, and when it was. */
export interface Milestone {
  title: string
  due: string
  doneAt: string | null
}

/** A suggestion a case went into, as the case's readers see it: where it stands and, once answered, how it ended. */
export interface CaseSuggestion {
  id: string
  number: string
  title: string
  status: SuggestionStatus
  grade: Grade | null
  /** The latest answer, unless its unit kept it private. */
  answer: string | null
}

/** A published suggestion as anyone reads it: no resident's words, only how many stood behind it. */
export interface PublicSuggestion {
  id: string
  number: string
  title: string
  deputies: string[]
  units: string[]
  grade: Grade | null
  status: SuggestionStatus
  assignedOn: string | null
  answer: string | null
  residents: number
  /** A B answer's progress reports, unless the office keeps its answer off the public page. */
  progress: { percent: number; note: string; done: boolean; at: string }[]
}

/** A past suggestion like one being drafted: what it was, when, and how it ended. */
export interface SimilarSuggestion {
  id: string
  number: string
  title: string
  year: number
  status: SuggestionStatus
  grade: Grade | null
  shared: number
}

/**
 * The evidence block of a suggestion, built from its cases as anyone reading the suggestion may
 * see them: since when and until when, which categories, the words of the cases whose authors
 * allowed it (redacted), how many others, and the places to about 100 m. Never a name or a phone.
 */
export interface Evidence {
  from: string | null
  to: string | null
  categories: string[]
  excerpts: string[]
  /** Cases whose words stay with their authors. */
  unshown: number
  points: { latitude: number; longitude: number }[]
  /** Photos of the cases whose authors let others read them, as the picture check let them through. */
  photos: MediaItem[]
}
