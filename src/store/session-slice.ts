import type { StateCreator } from 'zustand'
import type { SessionUser } from '../core/types'
import { sessionUser } from '../services/session'

export interface SessionSlice {
  user: SessionUser | null
  setUser(user: SessionUser | null): void
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set) => ({
  user: sessionUser(),
  setUser: (user) => set({ user }),
})
