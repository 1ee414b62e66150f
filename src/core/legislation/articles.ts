/**
 * A law's text split into its articles (条), as Chinese legislation is written: 编, 章 and 节
 * above them, each 条 numbered 第一条 … 第N条 in Chinese numerals, its 款 the paragraphs under
 * it, its items （一）（二） kept in its text.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const NUMERAL = '[零〇一二两三四五六七八九十百千]+'

/** 十一 → 11, 一百零一 → 101, 一千二百六十 → 1260; null when it is not a numeral. */
export function chineseNumber(text: string): number | null {
  if (!new RegExp(`^${NUMERAL}$`).test(text)) return null
  let total = 0
  let digit: number | null = null
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]
    else {
      // 十 alone means 一十.
      total += (digit ?? 1) * UNITS[ch]
      digit = null
    }
  }
  return total + (digit ?? 0)
}

/** 11 → 十一, 101 → 一百零一, 1260 → 一千二百六十: as laws number their articles. */
export function chineseNumeral(n: number): string {
  const names = '零一二三四五六七八九'
  if (n < 10) return names[n]
  if (n < 20) return `十${n % 10 ? names[n % 10] : ''}`
  let out = ''
  let zero = false
  for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / unit) % 10
    if (d === 0) {
      zero = out !== ''
      continue
    }
    out += `${zero ? '零' : ''}${names[d]}${name}`
    zero = false
  }
  return out
}

export interface SplitArticle {
  /** 1-based, as numbered in the text. */
  no: number
  /** 第十一条 */
  label: string
  /** The 编 / 章 / 节 above it, e.g. 第一章 总则 / 第二节 监护; null when the text has none. */
  heading: string | null
  /** Its 款, one per line; items （一）（二） stay on theirs. */
  text: string
}

export interface SplitText {
  /** What stands before the first article but its headings: the title, a preamble (目录's headings are in the articles' paths). */
  preamble: string
  articles: SplitArticle[]
}

const PART = new RegExp(`^第(${NUMERAL})(编|分编|章|节)(?:[\\s\\u3000]+(.*)|$)`)
const ARTICLE = new RegExp(`^第(${NUMERAL})条([\\s\\u3000]*)(.*)$`)
const LEVEL: Record<string, number> = { 编: 0, 分编: 1, 章: 2, 节: 3 }
/** How far an article's number may run ahead of the last (a typed gap) and still start an article. */
const SKIP = 5

/**
 * Splits a law's text into articles. A line opening with 第N条 starts article N when N follows the
 * last one (so 第十条 quoted at the start of a 款 does not), with what follows the label as its
 * first 款; the next lines are its other 款 until the next article or heading. Headings set the
 * path of 编, 分编, 章 and 节 above the articles after them.
 */
export function splitArticles(source: string): SplitText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(Boolean)
  const path: (string | null)[] = [null, null, null, null]
  const articles: SplitArticle[] = []
  const preamble: string[] = []
  let current: { no: number; label: string; heading: string | null; clauses: string[] } | null = null
  let lastLevel = -1
  const close = () => {
    if (current) articles.push({ no: current.no, label: current.label, heading: current.heading, text: current.clauses.join('\n') })
    current = null
  }
  for (const line of lines) {
    const part = PART.exec(line)
    if (part && chineseNumber(part[1]) !== null) {
      close()
      const level = LEVEL[part[2]]
      path[level] = `第${part[1]}${part[2]}${part[3] ? ` ${part[3].replace(/[\s\u3000]+/g, '')}` : ''}`
      for (let i = level + 1; i < path.length; i++) path[i] = null
      lastLevel = level
      continue
    }
    const article = ARTICLE.exec(line)
    const no = article ? chineseNumber(article[1]) : null
    const last: number = current?.no ?? articles.at(-1)?.no ?? 0
    // The next number starts an article; one a few ahead (a number skipped by mistake) only set apart by a space, as laws print it.
    if (article && no !== null && (no === last + 1 || (no > last && no <= last + SKIP && article[2] !== ''))) {
      close()
      const heading = path.filter(Boolean).join(' / ') || null
      current = { no, label: `第${article[1]}条`, heading, clauses: article[3] ? [article[3]] : [] }
      continue
    }
    if (current) current.clauses.push(line)
    else if (articles.length && lastLevel >= 0) path[lastLevel] += line // a heading's name run on to a second line
    else preamble.push(line)
  }
  close()
  return { preamble: preamble.join('\n'), articles }
}
