/**
 * What other residents may read of someone's words: the author's text with the ways to find
 * that person taken out — numbers long enough to be a phone, an ID or a door (in any written
 * form: spaced, dashed, full-width), names given after 联系人/反映人/我叫, and flat and door
 * numbers. What is left is the problem, not who has it or where exactly they live.
 */

const HIDDEN = '***'

/** Full-width digits (０-９) as ASCII, so every written form of a number is caught alike. */
const asciiDigits = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

// No lookbehind: older phones' JavaScript engines refuse it.
const PATTERNS: readonly [RegExp, string][] = [
  // An on-site request's requester, as staff recorded it.
  [/[（(]\s*现场反映人[:：][^）)]*[）)]/g, HIDDEN],
  // A name given: 联系人：张三, 我叫李四, 姓名 王五.
  [/((?:联系人|反映人|姓名|我叫|本人叫|我是)\s*[:：]?\s*)[\u4e00-\u9fa5·]{2,4}/g, `$1${HIDDEN}`],
  // Seven or more digits, however broken up: 13812345678, 138-1234-5678, 138 1234 5678, 0351-1234567, ID numbers.
  [/\d(?:[\s\-－—–.·]*\d){6,}[\dXx]?/g, HIDDEN],
  // Flats and doors: 3号楼2单元501室, 12栋302.
  [/\d+\s*(?:号楼|栋|幢|单元|层|楼|室|户)(?:\s*\d+\s*(?:号楼|栋|幢|单元|层|楼|室|户|号)?)*/g, HIDDEN],
]

export function redactPersonal(text: string): string {
  return PATTERNS.reduce((s, [p, to]) => s.replace(p, to), asciiDigits(text))
}

/** The first n characters (not UTF-16 units: an emoji is one), with … when cut. */
export function excerptOf(text: string, n: number): string {
  const chars = [...text]
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : text
}
