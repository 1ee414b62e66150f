import type { Viewer } from '../identity/viewer'
import { keepsStation, type StationScope } from '../stations/access'

/** Where a deputy belongs, as the rules need it. */
export interface DeputyScope {
  deputyId: string
  stationId: string
  districtId: string
}

const officeOf = (v: Viewer, districtId: string) => v.role === 'office' && v.districtId === districtId

/**
 * A deputy records their own activities, their station's staff record for them, both with the
 * station's own deputies only; the office records (once) an activity involving deputies of many
 * stations of its district.
 */
export const recordsFor = (v: Viewer, d: DeputyScope): boolean => (v.role === 'deputy' && v.deputyId === d.deputyId) || keepsStation(v, d) || officeOf(v, d.districtId)

/** An activity is district-wide when the office records it; else it is its station's, and takes its deputies only. */
export const recordsDistrictWide = (v: Viewer): boolean => v.role === 'office'

/** Where an activity belongs and who recorded it, as its verification reads it. */
export interface ActivityScope extends StationScope {
  recordedBy: string
  districtWide: boolean
}

/**
 * Who verifies or returns an activity: never the person who recorded it; a station's by its
 * staff (another staff member than the recorder) or the office; a district-wide one by the office.
 */
export const verifiesAt = (v: Viewer, a: ActivityScope): boolean =>
  v.id !== a.recordedBy && (officeOf(v, a.districtId) || (!a.districtWide && keepsStation(v, a)))

/** What a person's 履职核实 lists: a staff member their station's, the office its district's (theirs to verify; never what they recorded). */
export const pendingScope = (v: Viewer): { stationId: string } | { districtId: string } | null =>
  v.role === 'staff' && v.stationId ? { stationId: v.stationId } : v.role === 'office' && v.districtId ? { districtId: v.districtId } : null

/** A deputy's whole record, tasks and draft 述职: the deputy, their station's staff, the office of their district. */
export const readsDutyOf = (v: Viewer, d: DeputyScope): boolean => recordsFor(v, d)

/** Paper votes of a face-to-face 述职 are entered by its station's staff, or the office of its district. */
export const entersPaperVotes = (v: Viewer, r: StationScope): boolean => keepsStation(v, r) || officeOf(v, r.districtId)

/** Rankings and exports: the office (and admin) across its district, staff for their own station only. */
export function rankingScope(v: Viewer, districtId: string, stationId: string | null): boolean {
  if (v.role === 'admin' || v.role === 'office') return v.districtId === districtId
  return v.role === 'staff' && stationId !== null && v.stationId === stationId
}

/** The rule table is the admin's (of their district, as the server resolves it). */
export const editsRules = (v: Viewer): boolean => v.role === 'admin'

/** Residents rate a 述职; a person with a role in the loop does not vote on a deputy. */
export const ratesReports = (v: Viewer): boolean => v.role === 'resident'
