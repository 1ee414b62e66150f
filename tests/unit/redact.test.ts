import fc from 'fast-check'
import { excerptOf, redactPersonal } from '../../src/core/privacy/redact'
import { CLEAN, PERSONAL } from '../support/redaction-corpus'

/** Digits as a reader would read them back: full-width made ASCII, everything else gone. */
const digitsOf = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '')
const fullWidth = (c: string) => (/[0-9A-Za-z@.]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)

/** A string written as people write it: some characters full-width, groups split by spaces, dashes or dots. */
const written = (plain: string, groups: number[]) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: plain.length, maxLength: plain.length }), fc.constantFrom('', ' ', '-', '·', '  ', ' - ')).map(([wide, sep]) => {
    let out = ''
    let at = 0
    for (const g of groups) {
      out += (at ? sep : '') + [...plain.slice(at, at + g)].map((c, i) => (wide[at + i] ? fullWidth(c) : c)).join('')
      at += g
    }
    return out
  })
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''))
/** Somewhere in an ordinary sentence. */
const inSentence = (detail: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom(...CLEAN), detail, fc.constantFrom('，', '。', ' ', '：', '（', '')).map(([s, d, sep]) => ({ text: `${s}${sep}${d}`, detail: d, sentence: s }))

const phones = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9)).chain(([p, rest]) => written(p + rest, [3, 4, 4]))
const landlines = fc.tuple(fc.constantFrom('0351', '0355', '010'), digits(7)).chain(([area, n]) => written(area + n, [area.length, 7]))
const ids = fc.tuple(fc.constantFrom('140402', '140103'), digits(8), digits(3), fc.constantFrom('X', '0', '7')).chain(([a, b, c, d]) => written(a + b + c + d, [6, 8, 4]))
const emails = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{2,9}$/), fc.constantFrom('163.com', 'qq.com', 'sina.com.cn', 'gov.cn'), fc.constantFrom('', ' '), fc.boolean())
  .map(([user, domain, sp, wide]) => {
    const e = `${user}${sp}@${sp}${domain.replace(/\./g, `${sp}.${sp}`)}`
    return { shown: wide ? [...e].map(fullWidth).join('') : e, secret: user }
  })
const chatIds = fc
  .tuple(fc.constantFrom('微信号', '微信', 'VX', 'vx', 'wx', 'QQ', 'QQ号', '扣扣'), fc.constantFrom('：', ':', ' ', '是', ''), fc.stringMatching(/^[a-z][a-z0-9_-]{5,14}$/))
  .map(([label, sep, id]) => ({ shown: `${label}${sep}${id}`, secret: id }))
const plates = fc
  .tuple(fc.constantFrom('晋', '京', '冀', '豫'), fc.constantFrom('A', 'D', 'K'), fc.constantFrom('', '·', ' ', '-'), fc.stringMatching(/^[0-9A-HJ-NP-Z]{5}$/))
  .map(([p, l, sep, rest]) => ({ shown: `${p}${l}${sep}${rest}`, secret: rest }))
const names = fc
  .tuple(
    fc.constantFrom('我女儿', '我儿子', '我老伴', '我爱人', '我妈妈'),
    fc.constantFrom('', '叫'),
    fc.constantFrom('王', '李', '张', '刘', '陈', '赵'),
    fc.constantFrom('秀英', '建国', '小红', '伟', '丽', '志强'),
    fc.constantFrom('说', '，', '在外地', '。'),
  )
  .map(([kin, call, surname, given, after]) => ({ shown: `${kin}${call}${surname}${given}${after}`, secret: surname + given }))
const doors = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 101, max: 2604 }), fc.constantFrom('building', 'dashes', 'flat'))
  .map(([b, u, room, form]) => ({
    shown: form === 'building' ? `${b}号楼${u}单元${room}室` : form === 'dashes' ? `${b}-${u}-${room}` : `${b}栋${room}`,
    secret: String(room),
  }))

describe('what other residents read of a text', () => {
  it.each([
    ['电话13812345678，请回电', '电话***，请回电'],
    ['联系我 138-1234-5678', '联系我 ***'],
    ['手机 138 1234 5678 找我', '手机 *** 找我'],
    ['号码１３８１２３４５６７８', '号码***'],
    ['座机0351-7654321', '座机***'],
    ['身份证14010219800101123X', '身份证***'],
    ['邮箱 wang.li@163.com 可以联系', '邮箱 *** 可以联系'],
    ['加我微信号：wangli_2024', '加我微信号：***'],
    ['QQ 12345678', 'QQ ***'],
    ['晋D·12345 常年占道', '*** 常年占道'],
    ['我女儿李小红说灯坏了', '我女儿***说灯坏了'],
    ['邻居老王家漏水', '邻居***家漏水'],
    ['对门的李阿姨反映', '对门的***反映'],
    ['住3-2-501', '住***'],
    ['英雄南路12号院门口', '英雄南路***门口'],
    ['三栋二单元601', '***'],
  ])('hides a way to find someone: %s', (text, shown) => {
    expect(redactPersonal(text)).toBe(shown)
  })

  it('hides names given and the requester staff recorded', () => {
    expect(redactPersonal('路灯不亮（现场反映人：张三）')).toBe('路灯不亮***')
    expect(redactPersonal('我叫李四，联系人：王小五')).toBe('我叫***，联系人：***')
  })

  it('hides flats and doors but keeps the problem', () => {
    expect(redactPersonal('住3号楼2单元501室，楼道灯坏了')).toBe('住***，楼道灯坏了')
    expect(redactPersonal('12栋302漏水')).toBe('***漏水')
    expect(redactPersonal('小区东门外的人行道砖块松动')).toBe('小区东门外的人行道砖块松动')
  })

  it(`leaves each of ${CLEAN.length} ordinary sentences exactly as written (单元测试, 路灯, 一楼大厅, 三栋楼, a date)`, () => {
    for (const text of CLEAN) expect(redactPersonal(text)).toBe(text)
  })

  it(`takes every detail out of ${PERSONAL.length} sentences that carry them, and keeps the sentence around it`, () => {
    for (const p of PERSONAL) {
      const shown = redactPersonal(p.text)
      expect({ text: p.text, left: p.hidden.filter((h) => shown.replace(/\s/g, '').includes(h)) }).toEqual({ text: p.text, left: [] })
      expect(shown).toContain(p.kept)
    }
  })

  it('hides any phone, landline or ID number in any written form, anywhere in a sentence', () => {
    fc.assert(
      fc.property(inSentence(fc.oneof(phones, landlines, ids)), ({ text, detail, sentence }) => {
        const shown = redactPersonal(text)
        expect(digitsOf(shown)).not.toContain(digitsOf(detail))
        expect(shown).toContain(sentence)
      }),
      { numRuns: 500 },
    )
  })

  it('hides any e-mail address, WeChat or QQ id, licence plate, kin’s name or door, in any written form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLEAN), fc.oneof(emails, chatIds, plates, names, doors), (sentence, { shown: detail, secret }) => {
        const shown = redactPersonal(`${sentence}，${detail}`)
        const ascii = shown.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '')
        expect(ascii).not.toContain(secret)
        expect(shown).toContain(sentence)
      }),
      { numRuns: 500 },
    )
  })

  it('cuts by characters, an emoji being one', () => {
    expect(excerptOf('😡😡😡', 2)).toBe('😡😡…')
    expect(excerptOf('短', 2)).toBe('短')
  })
})
