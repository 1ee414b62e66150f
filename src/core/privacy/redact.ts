/**
 * What other residents and the open data may read of someone's words: the author's text with
 * the ways to find that person taken out, in whatever form people write them — phone and ID
 * numbers (spaced, dashed, full-width), e-mail addresses, WeChat and QQ ids, licence plates,
 * names given (联系人：…, 我叫…), names after kinship and neighbour words (我女儿李…, 邻居老王),
 * and doors (3号楼2单元501室, 三栋二单元, 3-2-501, 英雄路12号院). What is left is the problem,
 * not who has it or where exactly they live; ordinary words (单元测试, 路灯, 一楼大厅) stay.
 */

const HIDDEN = '***'

/** Full-width letters, digits and the marks of addresses (＠．－＿) as ASCII; Chinese punctuation stays as written. */
const halfWidth = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ＠．－＿]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

/** Common surnames (百家姓's frequent ones): a name after a kinship or neighbour word starts with one. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
const CN = '\\u4e00-\\u9fa5'
const NUMERALS = '一二三四五六七八九十百零〇'
/** Kin, who are named right after: 我女儿李小红说…, 我老伴叫王秀英. */
const KIN = '(?:我(?:的)?|俺|家里)?(?:女儿|儿子|老伴|爱人|丈夫|妻子|老婆|老公|母亲|父亲|妈妈|爸爸|婆婆|公公|岳母|岳父|孙子|孙女|外孙|哥哥|姐姐|弟弟|妹妹|儿媳|女婿|侄子)'
/** Where a name ends when nothing says so: a mark, a space, the end, or what people say next. */
const NAME_END = `(?=[，。、；！？,.;!?\\s]|$|说|在|住|今年|的|和|也|家|反映|打)`
/** Neighbours, who are named as people call them: 邻居老王, 对门的李阿姨, 楼下张大爷. */
const NEIGHBOUR = '(?:邻居|对门|隔壁|楼上|楼下|房东|租户)(?:的|家|家的)?'
const HONORIFIC = '(?:大爷|大妈|阿姨|叔叔|大叔|大姐|大哥|奶奶|爷爷|师傅|老师|先生|女士|婆婆|家)'
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'

/** A day written in figures (2026-01-05, 2026.1.5): long enough to look like a number, but nobody's. */
const DATE = /^\d{4}\s*[-－—–./]\s*\d{1,2}\s*[-－—–./]\s*\d{1,2}$/
const unlessDate = (m: string) => (DATE.test(m) ? m : HIDDEN)

// No lookbehind: older phones' JavaScript engines refuse it.
const PATTERNS: readonly [RegExp, string | ((match: string) => string)][] = [
  // An on-site request's requester, as staff recorded it.
  [/[（(]\s*现场反映人[:：][^）)]*[）)]/g, HIDDEN],
  // E-mail addresses, spaces and all: wang.li @ 163 . com.
  [/[A-Za-z0-9._%+-]+\s*@\s*[A-Za-z0-9-]+(?:\s*\.\s*[A-Za-z0-9-]+)+/g, HIDDEN],
  // WeChat and QQ ids after their names: 微信号 wangli_2024, VX：abc123, QQ 12345678.
  [/((?:微信号?|微信ID|[Vv][Xx]|[Ww][Xx]|[Vv]信|薇信|weixin|WeChat|QQ号?|[Qq]{2}号?|扣扣号?)\s*(?:号|是|为)?\s*[:：]?\s*)[A-Za-z0-9][A-Za-z0-9_-]{4,19}/g, `$1${HIDDEN}`],
  // Licence plates: 晋D·12345, 晋 D 1234X, 晋DF12345.
  [new RegExp(`[${PROVINCES}]\\s*[A-Z]\\s*[·•.\\-\\s]?\\s*[A-Z0-9](?:\\s*[A-Z0-9]){4,5}`, 'g'), HIDDEN],
  // A name given: 联系人：张三, 我叫李四, 姓名 王五.
  [new RegExp(`((?:联系人|反映人|姓名|我叫|本人叫|我是|名叫)\\s*[:：]?\\s*)[${CN}·]{2,4}`, 'g'), `$1${HIDDEN}`],
  // A name after kin: 我老伴叫王秀英, 我女儿李小红说 (a surname, and the name ends there).
  [new RegExp(`(${KIN}\\s*(?:叫|名叫)\\s*)[${CN}]{2,3}`, 'g'), `$1${HIDDEN}`],
  [new RegExp(`(${KIN}(?:是)?\\s*)[${SURNAMES}][${CN}]{1,2}${NAME_END}`, 'g'), `$1${HIDDEN}`],
  // A neighbour as people call them: 邻居老王, 对门的李阿姨, 楼下张大爷.
  [new RegExp(`(${NEIGHBOUR}\\s*)(?:[老小][${SURNAMES}]|[${SURNAMES}][${CN}]?${HONORIFIC})`, 'g'), `$1${HIDDEN}`],
  // Seven or more digits, however broken up: 13812345678, 138-1234-5678, 138 1234 5678, 0351-1234567, ID numbers.
  [/\d(?:[\s\-－—–.·]*\d){6,}[\dXx]?/g, unlessDate],
  // Building-unit-door written with dashes: 3-2-501 (not a date: no digit just before).
  [/(^|[^\d])\d{1,3}\s*[-－—–]\s*\d{1,3}\s*[-－—–]\s*\d{2,4}(?!\d)/g, `$1${HIDDEN}`],
  // A number on a street: 英雄南路12号院, 东街3号.
  [new RegExp(`([${CN}](?:路|街|巷|道|胡同|里|弄))\\s*\\d+\\s*(?:号院|号楼|号)`, 'g'), `$1${HIDDEN}`],
  // Flats and doors in figures: 3号楼2单元501室, 12栋302, 5楼.
  [/\d+\s*(?:号楼|栋|幢|单元|层|楼|室|户)(?:\s*\d+\s*(?:号楼|栋|幢|单元|层|楼|室|户|号)?)*/g, HIDDEN],
  // …and in words, a building with its unit or door: 三栋二单元, 五号楼三单元 (三栋楼, 一楼大厅 stay).
  [new RegExp(`[${NUMERALS}]+\\s*(?:号楼|栋|幢)(?:\\s*[${NUMERALS}\\d]+\\s*(?:单元|层|楼|室|户|号))+(?:\\s*\\d+\\s*(?:室|户|号)?)?`, 'g'), HIDDEN],
]

export function redactPersonal(text: string): string {
  return PATTERNS.reduce((s, [p, to]) => s.replace(p, to as string), halfWidth(text))
}

/** The first n characters (not UTF-16 units: an emoji is one), with … when cut. */
export function excerptOf(text: string, n: number): string {
  const chars = [...text]
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : text
}

/** A line of someone else's words fit for other residents: their own shown words, redacted and cut; else nothing. */
export const publicExcerpt = (text: string, shownByAuthor: boolean, n: number): string => (shownByAuthor ? excerptOf(redactPersonal(text), n) : '')
