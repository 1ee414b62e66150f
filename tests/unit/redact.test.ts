import { excerptOf, redactPersonal } from '../../src/core/privacy/redact'

describe('what other residents read of a text', () => {
  it.each([
    ['电话13812345678，请回电', '电话***，请回电'],
    ['联系我 138-1234-5678', '联系我 ***'],
    ['手机 138 1234 5678 找我', '手机 *** 找我'],
    ['号码１３８１２３４５６７８', '号码***'],
    ['座机0351-7654321', '座机***'],
    ['身份证14010219800101123X', '身份证***'],
  ])('hides a phone or ID in any written form: %s', (text, shown) => {
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

  it('cuts by characters, an emoji being one', () => {
    expect(excerptOf('😡😡😡', 2)).toBe('😡😡…')
    expect(excerptOf('短', 2)).toBe('短')
  })
})
