import { canSeeCase, type Viewer } from '../../src/core/case-access'

const scope = { residentId: 'r1', deputyId: 'd1', stationId: 's1', districtId: 'x1' }
const viewer = (over: Partial<Viewer>): Viewer => ({
  id: 'u', role: 'resident', deputyId: null, stationId: null, districtId: null, ...over,
})

describe('who may see a case', () => {
  it.each([
    ['its resident', viewer({ id: 'r1' }), true],
    ['another resident', viewer({ id: 'r2' }), false],
    ['the deputy it is addressed to', viewer({ role: 'deputy', deputyId: 'd1' }), true],
    ['another deputy', viewer({ role: 'deputy', deputyId: 'd2' }), false],
    ['a deputy user bound to no deputy', viewer({ role: 'deputy' }), false],
    ['staff of its station', viewer({ role: 'staff', stationId: 's1' }), true],
    ['staff of another station', viewer({ role: 'staff', stationId: 's2' }), false],
    ['the office of its district', viewer({ role: 'office', districtId: 'x1' }), true],
    ['the office of another district', viewer({ role: 'office', districtId: 'x2' }), false],
    ['a department it was not sent to', viewer({ role: 'department' }), false],
    ['admin', viewer({ role: 'admin' }), true],
  ])('%s → %s', (_who, v, allowed) => {
    expect(canSeeCase(v, scope)).toBe(allowed)
  })
})
