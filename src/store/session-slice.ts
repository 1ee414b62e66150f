import type { StateCreator } from 'zustand'
import type { SessionUser } from '../core/identity/viewer'
import { onSessionChange, sessionUser } from '../services/session'

/** The signed-in user as the session service keeps it; the store only mirrors its changes. */
export interface SessionSlice {
  user: SessionUser | null
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set) => {
  onSessionChange((user) => set({ user }))
  return { user: sessionUser() }
}
