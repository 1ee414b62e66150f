import { groupComments } from '../../src/core/legislation/grouping'

const c = (id: string, text: string) => ({ id, text })

describe('grouping comments on an article by shared words', () => {
  it('joins comments in much the same words, the largest group first, and names the words they share', () => {
    const groups = groupComments([
      c('a', '楼道里不准停电动车，老人的车停到哪里去？'),
      c('b', '充电桩太少，小区应当多建充电桩'),
      c('c', '禁止楼道停电动车以后，车停哪里要有说法'),
      c('d', '小区充电桩数量要有标准，不能太少'),
      c('e', '罚款标准太高'),
      c('f', '楼道停电动车确实危险，但要给个停车的地方'),
    ])
    expect(groups.map((g) => g.items.map((x) => x.id))).toEqual([['a', 'c', 'f'], ['b', 'd'], ['e']])
    expect(groups[0].words).toEqual(expect.arrayContaining(['楼道', '电动', '动车']))
    expect(groups[1].words).toContain('充电')
    expect(groups[2].words).toEqual([])
  })

  it('keeps comments that share only common words apart', () => {
    const groups = groupComments([c('a', '建议这一条应当删去'), c('b', '建议这一条应当保留')])
    expect(groups.map((g) => g.items.length)).toEqual([1, 1])
  })
})
