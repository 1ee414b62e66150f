import type { Viewer } from '../identity/viewer'

/** Where a consultation belongs, as its rules need it. */
export interface ConsultationScope {
  districtId: string
  /** The contact point whose staff made it; null: the office. */
  stationId: string | null
  /** The contact points taking part. */
  pointIds: readonly string[]
}

/** Who manages a consultation (splits, fixes and publishes it, closes it early): the district's office, or staff of the contact point that made it. */
export function managesConsultation(v: Viewer, c: ConsultationScope): boolean {
  if (v.districtId !== c.districtId) return false
  return v.role === 'office' || (v.role === 'staff' && !!c.stationId && v.stationId === c.stationId)
}

/** Who reads its comments: the district's office and consultants (专家库), and the staff and deputies of the contact points taking part. */
export function onConsultationTeam(v: Viewer, c: ConsultationScope, deputyStationId: string | null): boolean {
  if (v.districtId !== c.districtId) return false
  if (v.role === 'office' || v.role === 'consultant') return true
  if (v.role === 'staff') return !!v.stationId && c.pointIds.includes(v.stationId)
  if (v.role === 'deputy') return !!deputyStationId && c.pointIds.includes(deputyStationId)
  return false
}

/** Who may start one: the district's office, or a contact point's staff (for a draft sent down to it), with their own point taking part. */
export function startsConsultation(v: Viewer, pointIds: readonly string[], ownPoint: boolean): boolean {
  if (v.role === 'office') return true
  return v.role === 'staff' && ownPoint && !!v.stationId && pointIds.includes(v.stationId)
}

/**
 * Who turns comments into opinions, enters comments given on paper and marks what became of the
 * opinions: the district's office, the points' staff, and the district's consultants, who serve all its points.
 */
export function worksOnOpinions(v: Viewer, c: ConsultationScope): boolean {
  if (v.districtId !== c.districtId) return false
  return v.role === 'office' || v.role === 'consultant' || (v.role === 'staff' && !!v.stationId && c.pointIds.includes(v.stationId))
}

/** Who keeps the district's 专家库 (and binds its experts): its admin and its office. */
export const keepsExperts = (v: Viewer): boolean => !!v.districtId && (v.role === 'admin' || v.role === 'office')

/** Who writes a point's submission: the district's office, or that point's own staff. */
export function submitsFor(v: Viewer, c: ConsultationScope, stationId: string): boolean {
  if (v.districtId !== c.districtId || !c.pointIds.includes(stationId)) return false
  return v.role === 'office' || (v.role === 'staff' && v.stationId === stationId)
}

/** Who reads the contact points' yearly figures (aggregates, no one's words): the district's office, admin, staff and consultants. */
export const readsPointFigures = (v: Viewer): boolean => !!v.districtId && ['office', 'admin', 'staff', 'consultant'].includes(v.role)
