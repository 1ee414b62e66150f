/** What `stats funnel` answers: the five-order figures the seeds report. */

export interface Funnel {
  received: number
  dispatched: number
  accepted: number
  /** 代表跟单: the deputy followed the case up at least once. */
  followed: number
  rated: number
  satisfied: number
  satisfactionRate: number | null
  byStatus: Record<string, number>
  byCategory: Record<string, number>
  overdue: number
}
