import { workdayCounts } from '../../src/core/calendar'
import { monthsOf, periodOf, rankedOn, type ReportRow } from '../../src/core/stats/report'

const row = (key: string | null, received: number, satisfactionRate: number | null) => ({ key, label: key ?? '未指定', received, satisfactionRate }) as ReportRow

describe('report periods, months, working days and rankings', () => {
  it('offers this month, last month, this quarter and this year from a Shanghai day', () => {
    expect(periodOf('month', '2026-11-24')).toEqual({ from: '2026-11-01', to: '2026-11-24' })
    expect(periodOf('lastMonth', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(periodOf('lastMonth', '2026-01-05')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(periodOf('quarter', '2026-11-24')).toEqual({ from: '2026-10-01', to: '2026-11-24' })
    expect(periodOf('year', '2026-11-24')).toEqual({ from: '2026-01-01', to: '2026-11-24' })
  })

  it('lists every month of a period, across a year’s end', () => {
    expect(monthsOf('2025-11-15', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsOf('2026-05-01', '2026-05-31')).toEqual(['2026-05'])
  })

  it('counts working days by China’s calendar and the district’s own days', () => {
    // 1–7 October 2026 are the National Day holiday; Saturday 10 October is a make-up working day.
    expect(workdayCounts('2026-09-30', '2026-10-12', {})).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 5])
    // The district gives 12 October off.
    expect(workdayCounts('2026-10-09', '2026-10-13', { '2026-10-12': '休' })).toEqual([1, 2, 2, 2, 3])
  })

  it('ranks on a rate, best first, more cases first on a tie, leaving out rows without the rate or a key', () => {
    const rows = [row('a', 5, 0.8), row('b', 9, 0.9), row('c', 12, 0.8), row('d', 0, null), row(null, 4, 1)]
    expect(rankedOn(rows, 'satisfactionRate').map((r) => r.key)).toEqual(['b', 'c', 'a'])
  })
})
