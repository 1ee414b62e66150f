import { fitField, templateData } from '../../src/core/messaging/subscribe'

describe('subscribe message fields within WeChat limits', () => {
  it('cuts thing to 20 characters with an ellipsis, name to 10, phrase to 5, character_string to 32', () => {
    expect(fitField('thing3', '一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十')
    expect(fitField('thing3', '一二三四五六七八九十一二三四五六七八九十多')).toBe('一二三四五六七八九十一二三四五六七八九…')
    expect([...fitField('name5', '欧阳司马诸葛上官东方皇甫')]).toHaveLength(10)
    expect(fitField('phrase2', '已派单待接单')).toBe('已派单待接')
    expect(fitField('character_string1', 'A'.repeat(40))).toBe('A'.repeat(32))
    expect(fitField('time4', '2026年11月22日 10:05')).toBe('2026年11月22日 10:05')
  })

  it('counts a character outside the basic plane as one', () => {
    expect([...fitField('thing1', '𠀀'.repeat(25))]).toHaveLength(20)
  })

  it('fills each configured field from the notice', () => {
    const data = templateData(
      { id: 't', fields: { character_string1: 'number', phrase2: 'status' } },
      { number: 'LZ-2026-000001', status: '办理中', title: '', body: '', category: '', time: '' },
    )
    expect(data).toEqual({ character_string1: { value: 'LZ-2026-000001' }, phrase2: { value: '办理中' } })
  })
})
