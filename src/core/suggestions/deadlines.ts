import dayjs from 'dayjs'
import { findWorkday, type Calendar } from '../calendar'

/**
 * An answer's due day: `months` calendar months after the day of 交办 (the same day of the month,
 * or the month's last where it has none), moved to the next working day of the district's calendar.
 */
export function suggestionDue(assignedOn: string, months: number, calendar: Calendar): string {
  return findWorkday(calendar, 0, dayjs(assignedOn).add(months, 'month').format('YYYY-MM-DD'))
}
