/** What `stats funnel` answers: the five-order figures the seeds report. */

export interface Funnel {
  received: number
  dispatched: number
  accepted: number
  rated: number
  satisfied: number
  satisfactionRate: number | null
  byStatus: Record<string, number>
  byCategory: Record<string, number>
  overdue: number
}
