import dayjs from 'dayjs'

/**
 * A station's duty roster (值班表): some deputies are always on duty (fixed), the others take
 * turns, one per period, in order, from the day the rotation started.
 */
export const ROTATION_PERIODS = ['day', 'week', 'month'] as const
export type RotationPeriod = (typeof ROTATION_PERIODS)[number]

export interface Roster {
  fixed: string[]
  rotating: string[]
  period: RotationPeriod
  /** YYYY-MM-DD, Shanghai: the first period of the rotation begins on this day. */
  startsOn: string
}

export interface OnDuty {
  /** Whose turn it is in the rotation on that day, if anyone's. */
  rotating: string | null
  fixed: string[]
}

/** Who is on duty on a Shanghai calendar day (YYYY-MM-DD). Before the start, the first turn. */
export function onDuty(r: Roster, day: string): OnDuty {
  if (r.rotating.length === 0) return { rotating: null, fixed: r.fixed }
  const periods = Math.max(0, dayjs(day).diff(dayjs(r.startsOn), r.period))
  return { rotating: r.rotating[periods % r.rotating.length], fixed: r.fixed }
}

/** The one deputy to suggest for a case that came to the station: the turn's, else a fixed one. */
export const dutyDeputy = (d: OnDuty): string | null => d.rotating ?? d.fixed[0] ?? null
