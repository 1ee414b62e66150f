/** A place a person picked or stood at: GCJ-02 coordinates (WeChat's and Tencent's maps), a name and an address. */
export interface Place {
  latitude: number
  longitude: number
  name: string
  address: string
}

/** Where a concern would go, shown before it is sent (DESIGN.md §3). */
export interface RoutePreview {
  to: 'deputy' | 'station' | 'office'
  /** How the station was chosen: a deputy's or station's code, the service area holding the place, or the nearest. */
  by: 'deputy' | 'code' | 'area' | 'nearest' | 'none'
  /** The station it lands at; null when it waits in the office's queue. */
  station: { id: string; code: string; name: string; address: string } | null
  /** Distance to the nearest station, in km, when chosen so. */
  km: number | null
  /** The deputy on duty there today, who is suggested and hears of it (a station's code). */
  onDuty: string | null
  /** Every deputy on duty there today, as the station's page lists them (its fixed ones, then whose turn it is). */
  onDutyToday: string[]
  /** The categories the resident picks from: the district's own. */
  categories: string[]
}
