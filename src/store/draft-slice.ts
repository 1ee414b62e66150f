import type { StateCreator } from 'zustand'
import type { CaseLocation } from '../core/fields'
import type { MediaItem } from '../core/media'
import { newSubmissionId } from '../services/ids'

/** What the resident has typed for one deputy, kept until the server confirms the case. */
export interface CaseDraft {
  submissionId: string
  category: string
  text: string
  location: CaseLocation | null
  /** Photos and video already uploaded: kept with the draft, attached when it is filed. */
  media: MediaItem[]
  /** Given only with the consent below; the server keeps it encrypted. */
  phone: string
  phoneConsent: boolean
  /** May be shown anonymized on the deputy's public page once resolved. */
  showPublicly: boolean
}

export interface DraftSlice {
  drafts: Record<string, CaseDraft>
  /** What a handler has typed into a move's form, by `caseId:action:field`. */
  actionDrafts: Record<string, string>
  /** Photos uploaded for a move (a reported result), by `caseId:action`. */
  mediaDrafts: Record<string, MediaItem[]>
  updateDraft(deputyCode: string, patch: Partial<Omit<CaseDraft, 'submissionId'>>): void
  clearDraft(deputyCode: string): void
  setActionDraft(key: string, text: string): void
  setMediaDraft(key: string, items: MediaItem[]): void
}

/** What an untouched form shows; the first edit starts a real draft with its own id. */
const FRESH = { category: '', text: '', location: null, media: [], phone: '', phoneConsent: false, showPublicly: false }
export const EMPTY_DRAFT: CaseDraft = { submissionId: '', ...FRESH }

const blank = (): CaseDraft => ({ submissionId: newSubmissionId(), ...FRESH })

export const createDraftSlice: StateCreator<DraftSlice, [], [], DraftSlice> = (set) => ({
  drafts: {},
  actionDrafts: {},
  mediaDrafts: {},
  updateDraft(code, patch) {
    set((s) => ({ drafts: { ...s.drafts, [code]: { ...(s.drafts[code] ?? blank()), ...patch } } }))
  },
  clearDraft(code) {
    set((s) => {
      const { [code]: _gone, ...rest } = s.drafts
      return { drafts: rest }
    })
  },
  setActionDraft(key, text) {
    set((s) => {
      const { [key]: _old, ...rest } = s.actionDrafts
      return { actionDrafts: text ? { ...rest, [key]: text } : rest }
    })
  },
  setMediaDraft(key, items) {
    set((s) => {
      const { [key]: _old, ...rest } = s.mediaDrafts
      return { mediaDrafts: items.length ? { ...rest, [key]: items } : rest }
    })
  },
})
