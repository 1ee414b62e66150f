import type { Calendar } from '../../src/core/calendar'
import { nextReceptionDates, type ReceptionSchedule } from '../../src/core/reception/schedules'
import { addWorkingDays, deadlineConfig, DEFAULT_DEADLINES, stageDeadline } from '../../src/core/cases/deadlines'

/** A moment given in Shanghai local time. */
const at = (local: string) => new Date(`${local}+08:00`)
const endOf = (day: string) => at(`${day}T23:59:59.999`)

describe('deadlines by a district calendar beyond what chinese-days knows', () => {
  // The district enters 2027's Spring Festival: 6–12 February off, Saturday 13 February worked.
  const spring2027: Calendar = {
    ...Object.fromEntries(['06', '07', '08', '09', '10', '11', '12'].map((d) => [`2027-02-${d}`, '休' as const])),
    '2027-02-13': '班',
  }

  it('counts only weekends in a year China\'s calendar does not know yet', () => {
    expect(addWorkingDays(at('2027-02-04T10:00:00'), 2)).toEqual(endOf('2027-02-08'))
  })

  it('skips the district\'s holidays and counts its make-up Saturday', () => {
    expect(addWorkingDays(at('2027-02-04T10:00:00'), 2, spring2027)).toEqual(endOf('2027-02-13'))
    expect(stageDeadline('submitted', at('2027-02-04T10:00:00'), DEFAULT_DEADLINES, spring2027)?.dueAt).toEqual(endOf('2027-02-13'))
  })

  it('moves a reception day off the district\'s holiday', () => {
    const wednesdays: ReceptionSchedule = { rule: { kind: 'weekly', weekday: 3 }, start: '14:30', end: '17:00', workdayShift: true }
    expect(nextReceptionDates(wednesdays, '2027-02-08', 2)).toEqual(['2027-02-10', '2027-02-17'])
    expect(nextReceptionDates(wednesdays, '2027-02-08', 2, spring2027)).toEqual(['2027-02-13', '2027-02-17'])
  })
})

describe('deadlines in working days across the 2025 National Day week', () => {
  // 1–8 October 2025 are holidays; Sunday 28 September and Saturday 11 October are make-up working days.
  it('skips the holiday week: two working days after 30 September end on 10 October', () => {
    expect(addWorkingDays(at('2025-09-30T10:00:00'), 2)).toEqual(endOf('2025-10-10'))
  })

  it('counts a make-up Saturday as a working day', () => {
    expect(addWorkingDays(at('2025-09-30T10:00:00'), 3)).toEqual(endOf('2025-10-11'))
    // Filed on Saturday 27 September: Sunday 28 (make-up) and Monday 29 are the two working days.
    expect(addWorkingDays(at('2025-09-27T09:00:00'), 2)).toEqual(endOf('2025-09-29'))
  })

  it('takes the day in Asia/Shanghai, not in UTC', () => {
    // 16:30 UTC on 28 September is 00:30 on Monday 29 September in Shanghai.
    expect(addWorkingDays(new Date('2025-09-28T16:30:00Z'), 2)).toEqual(endOf('2025-10-09'))
  })

  it('gives each stage its default and the rating window in calendar days', () => {
    const filed = at('2025-09-30T10:00:00')
    expect(stageDeadline('submitted', filed, DEFAULT_DEADLINES)).toEqual({ dueAt: endOf('2025-10-10'), onExpiry: 'overdue' })
    expect(stageDeadline('accepted', filed, DEFAULT_DEADLINES)?.dueAt).toEqual(endOf('2025-10-11'))
    expect(stageDeadline('dispatched', filed, DEFAULT_DEADLINES)?.dueAt).toEqual(endOf('2025-10-10'))
    expect(stageDeadline('in_progress', filed, DEFAULT_DEADLINES)?.dueAt).toEqual(endOf('2025-10-28'))
    expect(stageDeadline('resolved', filed, DEFAULT_DEADLINES)).toEqual({ dueAt: at('2025-10-07T10:00:00'), onExpiry: 'close' })
    expect(stageDeadline('closed', filed, DEFAULT_DEADLINES)).toBeNull()
  })

  it('lets a district set its own deadlines, ignoring values that make no sense', () => {
    expect(deadlineConfig({ firstResponse: 1, resolution: -3, dispatch: 'soon', ratingWindowDays: 10 })).toEqual({
      ...DEFAULT_DEADLINES,
      firstResponse: 1,
      ratingWindowDays: 10,
    })
    expect(deadlineConfig(null)).toEqual(DEFAULT_DEADLINES)
  })
})
