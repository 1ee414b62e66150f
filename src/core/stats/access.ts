import type { Viewer } from '../identity/viewer'

/** Whose cases a funnel counts. */
export interface FunnelAsk {
  districtId?: string
  stationId?: string
  deputyId?: string
}

/**
 * The figures a person may see, narrowed to their scope: the office and the admin their district,
 * staff their station, a deputy their own cases; null when they asked for someone else's or have none.
 */
export function funnelScope(v: Viewer, asked: FunnelAsk): FunnelAsk | null {
  const own = (mine: string | null, given: string | undefined) => (mine && (given === undefined || given === mine) ? mine : null)
  switch (v.role) {
    case 'admin':
    case 'office':
      return v.districtId ? { ...asked, districtId: v.districtId } : null
    case 'staff': {
      const stationId = own(v.stationId, asked.stationId)
      return stationId ? { ...asked, stationId } : null
    }
    case 'deputy': {
      const deputyId = own(v.deputyId, asked.deputyId)
      return deputyId ? { ...asked, deputyId } : null
    }
    default:
      return null
  }
}
