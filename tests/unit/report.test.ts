import { workdayCounts } from '../../src/core/calendar'
import { monthsOf, periodOf, rankedOn, type ReportRow } from '../../src/core/stats/report'
import { medianOf, mergeTallies, splitPeriod, wholeMonths, type Tally } from '../../src/core/stats/tally'

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

  it('takes a median from a histogram of working days as PostgreSQL’s percentile_cont does, and adds histograms up exactly', () => {
    expect(medianOf({})).toBeNull()
    expect(medianOf({ '4': 1, '1': 1, '9': 1 })).toBe(4)
    expect(medianOf({ '1': 2, '2': 1, '5': 1 })).toBe(1.5)
    expect(medianOf({ '3': 1, '0': 3 })).toBe(0)
    const tally = (key: string, received: number, respond: Record<string, number>) => ({ ...mergeTallies([]).whole, key, received, days: { respond } }) as Tally
    // March's cases took 1 and 3 days, April's 5 and 7: the two months' median is 4, which neither month's median gives.
    const { groups, whole } = mergeTallies([tally('a', 2, { '1': 1, '3': 1 }), tally('b', 2, { '5': 1, '7': 1 }), tally('a', 1, { '3': 1 })])
    expect(groups.map((g) => [g.key, g.received, g.days.respond])).toEqual([['a', 3, { '1': 1, '3': 2 }], ['b', 2, { '5': 1, '7': 1 }]])
    expect([whole.received, medianOf(whole.days.respond)]).toEqual([5, 3])
    expect(medianOf(mergeTallies([tally('a', 2, { '1': 1, '3': 1 }), tally('b', 2, { '5': 1, '7': 1 })]).whole.days.respond)).toBe(4)
  })

  it('reads whole months from the rollup and counts the days around them, in as few spans as there are gaps', () => {
    expect(wholeMonths('2026-01-15', '2026-04-30', '2026-11-24')).toEqual(['2026-02', '2026-03', '2026-04'])
    // To today or later covers this month whole: no case can be filed after today.
    expect(wholeMonths('2026-10-01', '2026-11-24', '2026-11-24')).toEqual(['2026-10', '2026-11'])
    expect(wholeMonths('2026-10-01', '2026-11-20', '2026-11-24')).toEqual(['2026-10'])
    expect(splitPeriod('2026-01-15', '2026-06-10', new Set(['2026-02', '2026-04']))).toEqual({
      months: ['2026-02', '2026-04'],
      spans: [{ from: '2026-01-15', to: '2026-01-31' }, { from: '2026-03-01', to: '2026-03-31' }, { from: '2026-05-01', to: '2026-06-10' }],
    })
    expect(splitPeriod('2026-03-02', '2026-03-02', new Set())).toEqual({ months: [], spans: [{ from: '2026-03-02', to: '2026-03-02' }] })
  })
})
