import type { Viewer } from '../identity/viewer'

/** Where a publicity item is published: a station's, or the district's own (stationId null). */
export interface PostScope {
  districtId: string
  stationId: string | null
}

/** Who publishes (and withdraws) an item: the district's office anywhere in it; a station's staff on their own station. */
export function publishesPost(v: Viewer, p: PostScope): boolean {
  if (v.districtId !== p.districtId) return false
  return v.role === 'office' || (v.role === 'staff' && !!v.stationId && v.stationId === p.stationId)
}

/** Who keeps the deputies' reading list and its quizzes: the district's office. */
export const keepsMaterials = (v: Viewer): boolean => v.role === 'office' && !!v.districtId

/** Who reads the reading list: the district's deputies, office and staff. */
export const readsMaterials = (v: Viewer): boolean => !!v.districtId && (v.role === 'deputy' || v.role === 'office' || v.role === 'staff')

/** Who takes a quiz (and earns the record item): a deputy in office. */
export const takesQuiz = (v: Viewer): boolean => v.role === 'deputy' && !!v.deputyId
