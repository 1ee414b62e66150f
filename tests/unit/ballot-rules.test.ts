import { outcomeOf, quorumMet, wholeBallot } from '../../src/core/oversight/ballot'

describe('a 满意度测评 outcome by the district’s rules', () => {
  it('is 满意 at half the votes cast, 不满意 at a third, else 基本满意', () => {
    expect(outcomeOf({ 满意: 5, 基本满意: 4, 不满意: 1 })).toEqual({ rate: 0.9, outcome: '满意' })
    expect(outcomeOf({ 满意: 4, 基本满意: 4, 不满意: 2 })).toEqual({ rate: 0.8, outcome: '基本满意' })
    // A third exactly is enough for 不满意, even beside many 基本满意.
    expect(outcomeOf({ 满意: 0, 基本满意: 6, 不满意: 3 })).toEqual({ rate: 6 / 9, outcome: '不满意' })
    expect(outcomeOf({ 满意: 0, 基本满意: 0, 不满意: 0 })).toEqual({ rate: null, outcome: null })
  })

  it('follows a district’s own thresholds', () => {
    expect(outcomeOf({ 满意: 6, 基本满意: 4, 不满意: 0 }, { satisfiedShare: 2 / 3, unsatisfiedShare: 1 / 3, quorumShare: 2 / 3 }).outcome).toBe('基本满意')
  })

  it('stands only when two thirds of the entitled members voted', () => {
    expect(quorumMet(6, 9)).toBe(true)
    expect(quorumMet(5, 9)).toBe(false)
    expect(quorumMet(0, 0)).toBe(false)
  })

  it('takes the whole ballot: every official once, no one else', () => {
    expect(wholeBallot(['a', 'b'], [{ officialId: 'b' }, { officialId: 'a' }])).toBe(true)
    expect(wholeBallot(['a', 'b'], [{ officialId: 'a' }])).toBe(false)
    expect(wholeBallot(['a', 'b'], [{ officialId: 'a' }, { officialId: 'a' }])).toBe(false)
    expect(wholeBallot(['a', 'b'], [{ officialId: 'a' }, { officialId: 'c' }])).toBe(false)
  })
})
