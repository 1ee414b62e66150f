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
  units: { id: string; name: string; role: 'lead' | 'assist'; signedAt: string | null; view: string | null }[]
  cases: { id: string; number: string }[]
  /** How many residents stand behind it (the linked cases' authors). */
  residents: number
  contacts: { way: string; at: string; note: string; unit: string }[]
  answers: { round: number; grade: Grade; text: string; public: boolean; at: string }[]
  /** A B answer's progress reports, and whether its unit declared it done. */
  progress: { percent: number; note: string; done: boolean; at: string }[]
  progressDone: boolean
  /** The office keeps its answers off the public page. */
  withheld: boolean
  events: { action: string; label: string; note: string | null; at: string }[]
  version: number
  /** The reader's part in it: what their buttons offer. */
  you: { lead: boolean; invited: boolean; cosigner: boolean; signer: boolean; leadUnit: boolean; assistUnit: boolean; signed: boolean; rated: boolean }
  /** The office's choice of units for 交办 (the category's catalogue proposes the lead); others get none. */
  unitOptions?: { departments: { id: string; name: string }[]; proposedId: string | null }
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
}

/** A suggestion a case went into, as the case's readers see it: where it stands and, once answered, how it ended. */
export interface CaseSuggestion {
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
}
