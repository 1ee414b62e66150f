import { decodeScene, deputyPagePath, encodeScene, SCENE_MAX } from '../../src/core/scene'

describe('QR scenes', () => {
  it('round-trips deputy, station and draft-law scenes, raw and URL-encoded', () => {
    for (const scene of [{ kind: 'deputy', code: 'LZ001' }, { kind: 'station', code: 'S01' }, { kind: 'consultation', code: 'K7M2QA' }] as const) {
      const text = encodeScene(scene)
      expect(text.length).toBeLessThanOrEqual(SCENE_MAX)
      expect(decodeScene(text)).toEqual(scene)
      expect(decodeScene(encodeURIComponent(text))).toEqual(scene)
    }
    expect(encodeScene({ kind: 'consultation', code: 'K7M2QA' })).toBe('l=K7M2QA')
  })

  it('stays within WeChat’s 32 characters for the longest code it accepts', () => {
    expect(encodeScene({ kind: 'deputy', code: 'A'.repeat(30) })).toHaveLength(32)
    expect(() => encodeScene({ kind: 'deputy', code: 'A'.repeat(31) })).toThrow()
  })

  it('rejects what is not ours', () => {
    for (const raw of [undefined, '', 'x=1', 'd=', 'd=有中文', 'd=a b', '%E0%A4%A', `d=${'A'.repeat(40)}`]) {
      expect(decodeScene(raw)).toBeNull()
    }
  })

  it('builds the landing path the QR code opens', () => {
    expect(deputyPagePath('LZ001')).toBe('/pages/deputy/index?scene=d%3DLZ001')
  })
})
