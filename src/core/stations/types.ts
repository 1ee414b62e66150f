import type { RotationPeriod } from '../reception/roster'

/** The kinds of place deputies receive residents in, from the largest to the smallest. */
export const STATION_KINDS = ['代表之家', '联络站', '联络点', '微站'] as const
export type StationKind = (typeof STATION_KINDS)[number]

export interface StationSummary {
  id: string
  code: string
  name: string
  kind: StationKind
  street: string
  address: string
  latitude: number | null
  longitude: number | null
  openHours: string
  /** How many deputies are grouped into it. */
  deputies: number
  /** From the place the person gave, when they gave one. */
  distanceKm: number | null
}

export interface StationDeputy {
  id: string
  code: string
  name: string
  levels: string[]
  duties: string
}

export interface StationRosterView {
  period: RotationPeriod
  startsOn: string
  fixed: StationDeputy[]
  rotating: StationDeputy[]
  /** Who is on duty today (Shanghai). */
  today: { rotating: string | null; fixed: string[] }
}

export interface StationDetail extends StationSummary {
  contact: string
  /** The regions holding it, from the district down: 潞州区 › 西街街道 › 火车站社区. */
  regions: string[]
  deputiesList: StationDeputy[]
  roster: StationRosterView | null
  /** A 基层立法联系点: its page leads to the draft laws open there. */
  legislativePoint: boolean
}

export const PERIOD_LABELS: Record<RotationPeriod, string> = { day: '每天', week: '每周', month: '每月' }
