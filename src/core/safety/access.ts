import type { Viewer } from '../identity/viewer'

/** Only the admin extends or trims the word list. */
export const editsWords = (v: Viewer): boolean => v.role === 'admin'

/** Where an item belongs and who wrote it, as the review rules read it. */
export interface ScreenedScope {
  stationId: string | null
  districtId: string
  authorId: string | null
}

/** Whose 审核 queue lists anything: staff (their station), the office (its district), the admin (all). */
export const hasReviewQueue = (v: Viewer): boolean => v.role === 'staff' || v.role === 'office' || v.role === 'admin'

/** Who reads an item while it waits for review: the admin, the office of its district, the staff of its station. */
export const seesWaiting = (v: Viewer, s: Omit<ScreenedScope, 'authorId'>): boolean =>
  v.role === 'admin' ||
  (v.role === 'office' && v.districtId === s.districtId) ||
  (v.role === 'staff' && s.stationId !== null && v.stationId === s.stationId)

/** Who releases or refuses it: whoever reads it while it waits, never its own author. */
export const reviewsContent = (v: Viewer, s: ScreenedScope): boolean => v.id !== s.authorId && seesWaiting(v, s)
