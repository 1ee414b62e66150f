import type { Viewer } from '../identity/viewer'
import { keepsStation } from '../stations/access'

/** Where a deputy belongs, as the rules need it. */
export interface DeputyScope {
  deputyId: string
  stationId: string
  districtId: string
}

/** A deputy records their own activities; their station's staff record for them. */
export const recordsFor = (v: Viewer, d: DeputyScope): boolean => (v.role === 'deputy' && v.deputyId === d.deputyId) || keepsStation(v, d.stationId)

/** An activity is verified or returned by the staff of the station it belongs to. */
export const verifiesAt = (v: Viewer, stationId: string): boolean => keepsStation(v, stationId)

/** A deputy's whole record, tasks and draft 述职: the deputy, their station's staff, the office of their district. */
export const readsDutyOf = (v: Viewer, d: DeputyScope): boolean =>
  recordsFor(v, d) || (v.role === 'office' && v.districtId === d.districtId)

/** Rankings and exports: the office (and admin) across its district, staff for their own station only. */
export function rankingScope(v: Viewer, districtId: string, stationId: string | null): boolean {
  if (v.role === 'admin') return true
  if (v.role === 'office') return v.districtId === districtId
  return v.role === 'staff' && stationId !== null && v.stationId === stationId
}

/** The rule table is the admin's (of their district, as the server resolves it). */
export const editsRules = (v: Viewer): boolean => v.role === 'admin'

/** Residents rate a 述职; a person with a role in the loop does not vote on a deputy. */
export const ratesReports = (v: Viewer): boolean => v.role === 'resident'
