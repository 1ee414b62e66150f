import type { CaseStatus } from './states'

type Holder = 'deputy' | 'station' | 'department'

/** Who holds each stage with a deadline, first the one answerable for it: overdue, 催办 and 督办 reach them. */
export const OVERDUE_HOLDERS: Partial<Record<CaseStatus, readonly Holder[]>> = {
  submitted: ['deputy', 'station'],
  accepted: ['deputy', 'station'],
  dispatched: ['department'],
  in_progress: ['department', 'deputy'],
}

/** The name of whoever holds a case's stage, as the overdue board shows it; the office's own queue when no one else does. */
export function holderOf(c: { status: CaseStatus; deputyName: string; stationName: string; departmentName: string }): string {
  const names: Record<Holder, string> = { deputy: c.deputyName, station: c.stationName, department: c.departmentName }
  return (OVERDUE_HOLDERS[c.status] ?? []).map((h) => names[h]).find(Boolean) ?? '人大常委会办公室'
}
