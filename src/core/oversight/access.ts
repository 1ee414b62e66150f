import type { Viewer } from '../identity/viewer'

/** Who keeps the district's list of appointed officials, their commitments and its ballots: the office (the admin too for the list). */
export const keepsOfficials = (v: Viewer): boolean => !!v.districtId && (v.role === 'office' || v.role === 'admin')
export const runsBallots = (v: Viewer): boolean => !!v.districtId && v.role === 'office'

/** The office that runs this ballot: its own district's. */
export const runsBallot = (v: Viewer, b: { districtId: string }): boolean => runsBallots(v) && v.districtId === b.districtId

/** Who votes in a ballot: a member of the standing committee it names, of its district. */
export const votesIn = (v: Viewer, b: { districtId: string; memberIds: readonly string[] }): boolean => v.memberOf === b.districtId && b.memberIds.includes(v.id)
