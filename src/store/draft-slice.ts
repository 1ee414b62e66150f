import type { StateCreator } from 'zustand'

/**
 * Every form's unsent input, by a key that names the form and what it is about
 * (`case:<deputy code>`, `move:<case id>:<action>`, `record:<notice id>`, `profile`, …), kept
 * until the server confirms it. Persisted to storage on every change: a crash loses nothing.
 */
export interface DraftSlice {
  drafts: Record<string, unknown>
  saveDraft(key: string, value: unknown): void
  dropDraft(key: string): void
}

export const createDraftSlice: StateCreator<DraftSlice, [], [], DraftSlice> = (set) => ({
  drafts: {},
  saveDraft(key, value) {
    set((s) => ({ drafts: { ...s.drafts, [key]: value } }))
  },
  dropDraft(key) {
    set((s) => {
      const { [key]: _gone, ...rest } = s.drafts
      return { drafts: rest }
    })
  },
})
