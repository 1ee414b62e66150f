import { nextReceptionDates, scheduleText, slotTimes, type ReceptionSchedule } from '../../src/core/reception/schedules'

const at = (rule: ReceptionSchedule['rule'], workdayShift = false): ReceptionSchedule => ({ rule, start: '14:30', end: '17:00', workdayShift })

describe('reception days', () => {
  it('monthly on the 11th, across the year end', () => {
    expect(nextReceptionDates(at({ kind: 'monthly', day: 11 }), '2026-11-22', 3)).toEqual(['2026-12-11', '2027-01-11', '2027-02-11'])
    expect(nextReceptionDates(at({ kind: 'monthly', day: 11 }), '2026-12-11', 1)).toEqual(['2026-12-11'])
  })

  it('a monthly 31st falls on the last day of a short month', () => {
    expect(nextReceptionDates(at({ kind: 'monthly', day: 31 }), '2026-01-15', 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'])
  })

  it('moves a holiday to the next working day when asked: National Day and the Spring Festival', () => {
    // 2026-10-01…07 are National Day holidays; the 1st of October moves to the 8th.
    expect(nextReceptionDates(at({ kind: 'monthly', day: 1 }), '2026-09-02', 2)).toEqual(['2026-10-01', '2026-11-01'])
    expect(nextReceptionDates(at({ kind: 'monthly', day: 1 }, true), '2026-09-02', 2)).toEqual(['2026-10-08', '2026-11-02'])
    // 2026-02-15…23 are the Spring Festival holidays; the 15th moves to the 24th.
    expect(nextReceptionDates(at({ kind: 'monthly', day: 15 }, true), '2026-02-01', 1)).toEqual(['2026-02-24'])
    // A date just before `from` that shifts onto it is still the next one.
    expect(nextReceptionDates(at({ kind: 'monthly', day: 1 }, true), '2026-10-05', 1)).toEqual(['2026-10-08'])
  })

  it('every Wednesday afternoon, weeks on', () => {
    expect(nextReceptionDates(at({ kind: 'weekly', weekday: 3 }), '2026-11-22', 3)).toEqual(['2026-11-25', '2026-12-02', '2026-12-09'])
    expect(nextReceptionDates(at({ kind: 'weekly', weekday: 3 }), '2026-11-25', 1)).toEqual(['2026-11-25'])
    // A Wednesday in the National Day week moves to the next working day.
    expect(nextReceptionDates(at({ kind: 'weekly', weekday: 3 }, true), '2026-10-01', 1)).toEqual(['2026-10-08'])
  })

  it('a one-off date, only until it has passed', () => {
    expect(nextReceptionDates(at({ kind: 'once', date: '2026-12-05' }), '2026-11-22', 3)).toEqual(['2026-12-05'])
    expect(nextReceptionDates(at({ kind: 'once', date: '2026-11-05' }), '2026-11-22', 3)).toEqual([])
  })

  it('says the rule in words, and cuts the day into slots', () => {
    expect(scheduleText(at({ kind: 'monthly', day: 11 }, true))).toBe('每月11日 14:30–17:00（遇节假日顺延）')
    expect(scheduleText(at({ kind: 'weekly', weekday: 3 }))).toBe('每周三 14:30–17:00')
    expect(scheduleText(at({ kind: 'once', date: '2026-12-05' }))).toBe('2026年12月5日 14:30–17:00')
    expect(slotTimes('14:30', '17:00', 30)).toEqual(['14:30', '15:00', '15:30', '16:00', '16:30'])
    expect(slotTimes('09:00', '09:20', 30)).toEqual([])
  })
})
