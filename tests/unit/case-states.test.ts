import { CASE_STATES, isOpen, statusLabel } from '../../src/core/cases/states'
import { ROLE_LABELS, ROLES } from '../../src/core/identity/roles'
import { formatCaseNumber } from '../../src/core/cases/number'
import { formatShanghai, shanghaiYear } from '../../src/core/time'
import { CASE_ACTIONS, mayStillReopen, statesAwaiting, targetOf, TRANSITIONS, type CaseFacts } from '../../src/core/cases/transitions'
import { planMove } from '../../src/core/cases/plan'

const facts = (over: Partial<CaseFacts>): CaseFacts => ({
  status: 'submitted',
  resultRating: null,
  reopenCount: 0,
  resolvedBy: null,
  overdue: false,
  urged: false,
  ...over,
})

describe('case lifecycle data', () => {
  it('gives every state a type and a Chinese label, and every transition known states and roles', () => {
    for (const s of Object.values(CASE_STATES)) {
      expect(['open', 'closed']).toContain(s.type)
      expect(s.label).toMatch(/[\u4e00-\u9fa5]/)
    }
    for (const t of TRANSITIONS) {
      expect(t.from.every((f) => f in CASE_STATES)).toBe(true)
      expect(t.from.every((f) => isOpen(f))).toBe(true)
      expect(t.label).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES, 'system'].sort())
  })

  it('offers one cases action per transition the issue names, and keeps closing to the timer', () => {
    expect([...CASE_ACTIONS].sort()).toEqual(
      ['accept', 'acceptOrder', 'answer', 'decline', 'dispatch', 'followUp', 'merge', 'rate', 'reopen', 'requestDispatch',
        'resolve', 'sendBack', 'urge', 'supervise', 'withdraw', 'addInfo'].sort(),
    )
    expect(planMove('close', facts({ status: 'resolved' }), 'office')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(planMove('close', facts({ status: 'resolved' }), 'system')).toMatchObject({ ok: true, to: 'closed' })
  })

  it('says who may not, before saying when not', () => {
    expect(planMove('acceptOrder', facts({ status: 'closed' }), 'resident')).toEqual({
      ok: false, code: 'FORBIDDEN', reason: 'CASE.ROLE_CANNOT', message: '您的身份不能接单',
    })
    expect(planMove('acceptOrder', facts({ status: 'submitted' }), 'department')).toEqual({
      ok: false, code: 'CONFLICT', reason: 'CASE.INVALID_TRANSITION', message: '这条诉求当前已提交，不能接单',
    })
    expect(planMove('acceptOrder', facts({ status: 'dispatched' }), 'department')).toMatchObject({ ok: true, to: 'in_progress' })
  })

  it('keeps a follow-up note in the state it was written in, in every open state', () => {
    for (const status of ['submitted', 'accepted', 'dispatched', 'in_progress', 'resolved'] as const) {
      expect(planMove('followUp', facts({ status }), 'deputy')).toMatchObject({ ok: true, to: status })
    }
    expect(planMove('followUp', facts({ status: 'closed' }), 'deputy')).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('reopens once, only after 不满意, back to whoever gave the result', () => {
    const rated = facts({ status: 'rated', resultRating: '不满意', resolvedBy: 'department' })
    expect(planMove('reopen', rated, 'resident')).toMatchObject({ ok: true, to: 'in_progress' })
    expect(planMove('reopen', { ...rated, resolvedBy: 'deputy' }, 'resident')).toMatchObject({ ok: true, to: 'accepted' })
    expect(planMove('reopen', { ...rated, resultRating: '基本满意' }, 'resident')).toMatchObject({
      ok: false, code: 'CONFLICT', message: '只有对办理结果不满意时才能申请重新办理',
    })
    expect(planMove('reopen', { ...rated, reopenCount: 1 }, 'resident')).toMatchObject({
      ok: false, message: '每条诉求只能申请重新办理一次',
    })
    expect(mayStillReopen(rated)).toBe(true)
    expect(mayStillReopen({ ...rated, reopenCount: 1 })).toBe(false)
    expect(targetOf(TRANSITIONS.find((t) => t.action === 'followUp')!, facts({ status: 'dispatched' }))).toBe('dispatched')
  })

  it('lists each role’s to-do states from the table', () => {
    expect(statesAwaiting('department').sort()).toEqual(['dispatched', 'in_progress'])
    expect(statesAwaiting('staff').sort()).toEqual(['accepted', 'dispatched', 'submitted'])
    expect(statesAwaiting('resident').sort()).toEqual(['accepted', 'answered', 'rated', 'resolved', 'submitted'])
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
