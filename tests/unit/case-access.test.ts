import { canHandleCase, canSeeCase, type CaseScope } from '../../src/core/cases/access'
import type { Viewer } from '../../src/core/identity/viewer'

const scope: CaseScope = { residentId: 'r1', deputyId: 'd1', stationId: 's1', departmentId: 'p1', districtId: 'x1', followed: false }
const viewer = (over: Partial<Viewer>): Viewer => ({
  id: 'u', role: 'resident', deputyId: null, stationId: null, departmentId: null, districtId: null, ...over,
})

describe('who may see and handle a case', () => {
  it.each([
    ['its resident', viewer({ id: 'r1' }), true, true],
    ['another resident', viewer({ id: 'r2' }), false, false],
    ['the deputy it is addressed to', viewer({ role: 'deputy', deputyId: 'd1' }), true, true],
    ['another deputy of its station', viewer({ role: 'deputy', deputyId: 'd2', stationId: 's1' }), true, true],
    ['a deputy of another station', viewer({ role: 'deputy', deputyId: 'd2', stationId: 's2' }), false, false],
    ['a deputy user bound to no deputy', viewer({ role: 'deputy' }), false, false],
    ['staff of its station', viewer({ role: 'staff', stationId: 's1' }), true, true],
    ['staff of another station', viewer({ role: 'staff', stationId: 's2' }), false, false],
    ['the department it was dispatched to', viewer({ role: 'department', departmentId: 'p1' }), true, true],
    ['another department', viewer({ role: 'department', departmentId: 'p2' }), false, false],
    ['the office of its district', viewer({ role: 'office', districtId: 'x1' }), true, true],
    ['the office of another district', viewer({ role: 'office', districtId: 'x2' }), false, false],
    ['the admin of its district', viewer({ role: 'admin', districtId: 'x1' }), true, true],
    ['the admin of another district', viewer({ role: 'admin', districtId: 'x2' }), false, false],
    ['an admin of no district', viewer({ role: 'admin' }), false, false],
  ])('%s: sees %s, handles %s', (_who, v, sees, handles) => {
    expect(canSeeCase(v, scope)).toBe(sees)
    expect(canHandleCase(v, scope)).toBe(handles)
  })

  it('lets a follower see the case but not act on it as its resident', () => {
    const follower = viewer({ id: 'r2' })
    expect(canSeeCase(follower, { ...scope, followed: true })).toBe(true)
    expect(canHandleCase(follower, { ...scope, followed: true })).toBe(false)
  })
})
