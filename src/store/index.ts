import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { persistStorage } from '../services/storage'
import { createCareSlice, type CareSlice } from './care-slice'
import { createDraftSlice, type DraftSlice } from './draft-slice'
import { createSessionSlice, type SessionSlice } from './session-slice'
import { createSignalsSlice, type SignalsSlice } from './signals-slice'

export type AppState = SessionSlice & DraftSlice & SignalsSlice & CareSlice

/** One store from slices; drafts and the 关怀模式 choice are written to storage on every change. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({ ...createSessionSlice(...a), ...createDraftSlice(...a), ...createSignalsSlice(...a), ...createCareSlice(...a) }),
    {
      name: 'app.drafts',
      storage: createJSONStorage(() => persistStorage),
      partialize: (s) => ({ drafts: s.drafts, careChoice: s.careChoice }),
    },
  ),
)
