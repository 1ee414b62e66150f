import type { StateCreator } from 'zustand'

/** What the tab bar and home signal, and which of 我的诉求's lists home's 待评价 opens. */
export interface SignalsSlice {
  signals: { unread: number; toRate: number } | null
  mineFilter: 'all' | 'toRate'
  setSignals(signals: { unread: number; toRate: number }): void
  setMineFilter(filter: 'all' | 'toRate'): void
}

export const createSignalsSlice: StateCreator<SignalsSlice, [], [], SignalsSlice> = (set) => ({
  signals: null,
  mineFilter: 'all',
  setSignals: (signals) => set({ signals }),
  setMineFilter: (mineFilter) => set({ mineFilter }),
})
