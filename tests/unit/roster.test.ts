import { dutyDeputy, onDuty, type Roster } from '../../src/core/reception/roster'

describe('who is on duty', () => {
  const weekly: Roster = { fixed: ['head'], rotating: ['a', 'b', 'c'], period: 'week', startsOn: '2026-01-05' }

  it('takes turns a week at a time from the start, round and round, with the fixed deputy always there', () => {
    expect(onDuty(weekly, '2026-01-05')).toEqual({ rotating: 'a', fixed: ['head'] })
    expect(onDuty(weekly, '2026-01-11').rotating).toBe('a')
    expect(onDuty(weekly, '2026-01-12').rotating).toBe('b')
    expect(onDuty(weekly, '2026-01-26').rotating).toBe('a')
    expect(onDuty(weekly, '2025-12-31').rotating).toBe('a')
  })

  it('counts months by the calendar: a turn from the 31st ends on a short month\'s last day', () => {
    const monthly: Roster = { ...weekly, period: 'month', startsOn: '2026-01-31' }
    expect(onDuty(monthly, '2026-02-27').rotating).toBe('a')
    expect(onDuty(monthly, '2026-02-28').rotating).toBe('b')
    expect(onDuty(monthly, '2026-03-30').rotating).toBe('b')
    expect(onDuty(monthly, '2026-03-31').rotating).toBe('c')
    expect(onDuty(monthly, '2026-04-30').rotating).toBe('a')
    const daily: Roster = { ...weekly, period: 'day' }
    expect(onDuty(daily, '2026-01-07').rotating).toBe('c')
  })

  it('suggests the deputy whose turn it is, else a fixed one, else nobody', () => {
    expect(dutyDeputy(onDuty(weekly, '2026-01-12'))).toBe('b')
    expect(dutyDeputy(onDuty({ ...weekly, rotating: [] }, '2026-01-12'))).toBe('head')
    expect(dutyDeputy(onDuty({ ...weekly, rotating: [], fixed: [] }, '2026-01-12'))).toBeNull()
  })
})
