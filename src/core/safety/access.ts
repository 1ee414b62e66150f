import type { Viewer } from '../identity/viewer'

/** Only the admin extends or trims the word list. */
export const editsWords = (v: Viewer): boolean => v.role === 'admin'

/** Where an item belongs and who wrote it, as the review rules read it. */
export interface ScreenedScope {
  stationId: string | null
  districtId: string
  authorId: string | null
}

/** Whose 审核 queue lists anything: staff (their station), the office and the admin (their district). */
export const hasReviewQueue = (v: Viewer): boolean =>
  (v.role === 'staff' && v.stationId !== null) || ((v.role === 'office' || v.role === 'admin') && v.districtId !== null)

/** What a reviewer's 审核 queue lists: staff their station's, the office and the admin their district's. */
export const reviewScope = (v: Viewer): { stationId: string | null; districtId: string | null } =>
  v.role === 'staff' ? { stationId: v.stationId, districtId: null } : { stationId: null, districtId: v.districtId }

/** Who reads an item while it waits for review: the admin and the office of its district, the staff of its station. */
export const seesWaiting = (v: Viewer, s: Omit<ScreenedScope, 'authorId'>): boolean =>
  ((v.role === 'admin' || v.role === 'office') && v.districtId === s.districtId) ||
  (v.role === 'staff' && s.stationId !== null && v.stationId === s.stationId)

/** Who releases or refuses it: whoever reads it while it waits, never its own author. */
export const reviewsContent = (v: Viewer, s: ScreenedScope): boolean => v.id !== s.authorId && seesWaiting(v, s)
