import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { persistStorage } from '../services/storage'
import { createDraftSlice, type DraftSlice } from './draft-slice'
import { createSessionSlice, type SessionSlice } from './session-slice'
import { createSignalsSlice, type SignalsSlice } from './signals-slice'

export type AppState = SessionSlice & DraftSlice & SignalsSlice

/** One store from slices; drafts are written to storage on every change. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({ ...createSessionSlice(...a), ...createDraftSlice(...a), ...createSignalsSlice(...a) }),
    {
      name: 'app.drafts',
      storage: createJSONStorage(() => persistStorage),
      partialize: (s) => ({ drafts: s.drafts }),
    },
  ),
)
