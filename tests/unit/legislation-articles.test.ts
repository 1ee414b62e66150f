import { alignArticles } from '../../src/core/legislation/alignment'
import { chineseNumber, chineseNumeral, splitArticles } from '../../src/core/legislation/articles'

describe('Chinese numerals as laws number their articles', () => {
  it('reads and writes them both ways, 一 to 一千二百六十', () => {
    const cases: [string, number][] = [['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['一百', 100], ['一百零一', 101], ['一百一十', 110], ['一千零八', 1008], ['一千二百六十', 1260]]
    for (const [text, n] of cases) {
      expect(chineseNumber(text)).toBe(n)
      expect(chineseNumeral(n)).toBe(text)
    }
    for (let n = 1; n <= 1260; n++) expect(chineseNumber(chineseNumeral(n))).toBe(n)
    expect(chineseNumber('第一')).toBeNull()
  })
})

// The head of 民法典 as published: a title, a table of contents, then 编, 章, 节 and 条 with their 款 and items.
const CIVIL_CODE = `中华人民共和国民法典
（2020年5月28日第十三届全国人民代表大会第三次会议通过）
目　　录
第一编　总　　则
第一章　基本规定
第二章　自然人
第一编　总　　则
第一章　基本规定
第一条　为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，适应中国特色社会主义发展要求，弘扬社会主义核心价值观，根据宪法，制定本法。
第二条　民法调整平等主体的自然人、法人和非法人组织之间的人身关系和财产关系。
第二章　自然人
第一节　民事权利能力和民事行为能力
第三条　民事主体的人身权利、财产权利以及其他合法权益受法律保护，任何组织或者个人不得侵犯。
第四条　十八周岁以上的自然人为成年人。不满十八周岁的自然人为未成年人。
成年人为完全民事行为能力人，可以独立实施民事法律行为。
第二节　监　　护
第五条　下列人员可以担任监护人：
（一）配偶；
（二）父母、子女；
（三）其他近亲属。
第十条规定的情形，依照其规定。`

describe('splitArticles: a law’s text into its articles', () => {
  it('takes each 条 with its 款 and items, under the path of 编, 章 and 节 above it; the title and contents stay before', () => {
    const { preamble, articles } = splitArticles(CIVIL_CODE)
    expect(preamble).toContain('中华人民共和国民法典')
    expect(preamble).toContain('目　　录')
    expect(articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条'])
    expect(articles.map((a) => a.no)).toEqual([1, 2, 3, 4, 5])
    expect(articles[0]).toMatchObject({ heading: '第一编 总则 / 第一章 基本规定', text: expect.stringMatching(/^为了保护民事主体的合法权益/) })
    expect(articles[2].heading).toBe('第一编 总则 / 第二章 自然人 / 第一节 民事权利能力和民事行为能力')
    // Two 款 are two lines; items stay in their article; a 款 opening with another article's number is still a 款.
    expect(articles[3].text.split('\n')).toHaveLength(2)
    expect(articles[4].heading).toBe('第一编 总则 / 第二章 自然人 / 第二节 监护')
    expect(articles[4].text.split('\n')).toEqual(['下列人员可以担任监护人：', '（一）配偶；', '（二）父母、子女；', '（三）其他近亲属。', '第十条规定的情形，依照其规定。'])
  })

  it('numbers past ten and a hundred, with or without a space after the label, through a gap typed by mistake', () => {
    const lines = Array.from({ length: 105 }, (_, i) => i + 1)
      .filter((n) => n !== 60)
      .map((n) => `第${chineseNumeral(n)}条${n % 2 ? '　' : ''}本条规定第${n}项事务的办理。`)
    const { articles } = splitArticles(`某市电动自行车管理条例（草案）\n${lines.join('\n')}`)
    expect(articles).toHaveLength(104)
    expect(articles.find((a) => a.no === 11)).toMatchObject({ label: '第十一条', heading: null, text: '本条规定第11项事务的办理。' })
    expect(articles.find((a) => a.no === 101)).toMatchObject({ label: '第一百零一条', text: '本条规定第101项事务的办理。' })
    expect(articles.find((a) => a.no === 61)?.label).toBe('第六十一条')
  })
})

describe('alignArticles: the draft’s articles matched to the law as passed', () => {
  const draft = [
    '为了加强电动自行车管理，保障道路交通安全，制定本条例。',
    '本条例适用于本市行政区域内电动自行车的生产、销售、登记、通行和停放充电管理。',
    '电动自行车应当在公安机关交通管理部门登记，取得号牌后方可上道路行驶。',
    '居民住宅小区应当规划建设电动自行车集中停放和充电场所。',
    '本条例自公布之日起施行。',
  ]
  it('matches unchanged and reworded articles, and finds the inserted, the dropped and the renumbered', () => {
    const final = [
      '为了加强电动自行车管理，保障道路交通安全，制定本条例。',
      // Inserted: a new article 2.
      '市人民政府应当加强对电动自行车管理工作的领导，建立协调机制。',
      // Reworded, now article 3.
      '本条例适用于本市行政区域内电动自行车的销售、登记、通行以及停放充电等管理活动。',
      // The registration article was dropped; the parking one stays, renumbered.
      '居民住宅小区应当规划建设电动自行车集中停放和充电场所。',
      '本条例自2025年1月1日起施行。',
    ]
    expect(alignArticles(draft, final)).toEqual([
      { draft: 0, final: 0, changed: false },
      { draft: null, final: 1, changed: true },
      { draft: 1, final: 2, changed: true },
      { draft: 2, final: null, changed: true },
      { draft: 3, final: 3, changed: false },
      { draft: 4, final: 4, changed: true },
    ])
  })

  it('never matches articles that share only a few words, whatever their numbers', () => {
    expect(alignArticles(['电动自行车应当在公安机关交通管理部门登记。'], ['违反本条例规定的，由城市管理部门责令改正。'])).toEqual([
      { draft: 0, final: null, changed: true },
      { draft: null, final: 0, changed: true },
    ])
  })
})
