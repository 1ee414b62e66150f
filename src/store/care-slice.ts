import type { StateCreator } from 'zustand'

/** 关怀模式: the person's own choice on 我的, kept on the device; null follows WeChat's font setting. */
export interface CareSlice {
  careChoice: boolean | null
  setCare(on: boolean): void
}

export const createCareSlice: StateCreator<CareSlice, [], [], CareSlice> = (set) => ({
  careChoice: null,
  setCare: (careChoice) => set({ careChoice }),
})
