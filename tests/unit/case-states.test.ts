import { CASE_STATES, findTransition, isOpen, ROLE_LABELS, ROLES, statusLabel, TRANSITIONS } from '../../src/core/case-states'
import { formatCaseNumber } from '../../src/core/case-number'
import { formatShanghai, shanghaiYear } from '../../src/core/time'

describe('case lifecycle data', () => {
  it('gives every state a type and a Chinese label, and every transition known states and roles', () => {
    for (const s of Object.values(CASE_STATES)) {
      expect(['open', 'closed']).toContain(s.type)
      expect(s.label).toMatch(/[\u4e00-\u9fa5]/)
    }
    for (const t of TRANSITIONS) {
      expect(t.from.every((f) => f in CASE_STATES)).toBe(true)
      expect(t.to in CASE_STATES).toBe(true)
      expect(t.roles.every((r) => ROLES.includes(r))).toBe(true)
    }
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort())
  })

  it('lets the deputy’s first reply accept a submitted case, and nobody else', () => {
    expect(findTransition('reply', 'submitted', 'deputy')?.to).toBe('accepted')
    expect(findTransition('reply', 'submitted', 'resident')).toBeUndefined()
    expect(findTransition('reply', 'accepted', 'deputy')).toBeUndefined()
  })

  it('asks states for their type', () => {
    expect(isOpen('submitted')).toBe(true)
    expect(isOpen('withdrawn')).toBe(false)
    expect(statusLabel('accepted')).toBe('已受理')
    expect(statusLabel('unknown')).toBe('unknown')
  })
})

describe('numbers and dates as people read them', () => {
  it('formats case numbers', () => {
    expect(formatCaseNumber('LZ', 2026, 123)).toBe('LZ-2026-000123')
  })

  it('counts the year and the time in Asia/Shanghai', () => {
    // 16:30 UTC on New Year's Eve is already 00:30 on 1 January in Shanghai.
    expect(shanghaiYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026)
    expect(formatShanghai('2025-12-31T16:30:00.000Z')).toBe('2026-01-01 00:30')
  })
})
