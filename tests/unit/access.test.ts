import { entersPaperVotes, pendingScope, recordsFor, verifiesAt } from '../../src/core/accountability/access'
import { hasInbox, mayFile, mayFollow, phoneShown, roleMayMove } from '../../src/core/cases/access'
import { credentialGate } from '../../src/core/identity/credentials'
import { decidesProfile, mayPrintPoster, ownDeputy, profilesReviewed } from '../../src/core/deputies/access'
import type { Viewer } from '../../src/core/identity/viewer'
import { appointmentsListed, handlesAppointment, mayBook, ownsAppointment, readsReceptionRecords } from '../../src/core/reception/access'
import { editsWords, hasReviewQueue, reviewsContent, seesWaiting } from '../../src/core/safety/access'
import { keepsStation } from '../../src/core/stations/access'
import { funnelScope } from '../../src/core/stats/access'

const as = (role: Viewer['role'], over: Partial<Viewer> = {}): Viewer => ({
  id: 'u', role, deputyId: null, stationId: null, departmentId: null, districtId: null, ...over,
})

/** The people of the demo's first station (s1) and district (x1), and some from elsewhere. */
const who = {
  resident: as('resident', { id: 'r1' }),
  otherResident: as('resident', { id: 'r2' }),
  deputy: as('deputy', { deputyId: 'd1', stationId: 's1', districtId: 'x1' }),
  otherDeputy: as('deputy', { deputyId: 'd2', stationId: 's1', districtId: 'x1' }),
  staff: as('staff', { stationId: 's1', districtId: 'x1' }),
  otherStaff: as('staff', { stationId: 's2', districtId: 'x1' }),
  department: as('department', { departmentId: 'p1', districtId: 'x1' }),
  office: as('office', { districtId: 'x1' }),
  otherOffice: as('office', { districtId: 'x2' }),
  admin: as('admin', { districtId: 'x1' }),
  otherAdmin: as('admin', { districtId: 'x2' }),
}
type Who = keyof typeof who

const appointment = { residentId: 'r1', deputyId: 'd1', stationId: 's1', districtId: 'x1' }
const s1 = { stationId: 's1', districtId: 'x1' }
const notice = { stationId: 's1', districtId: 'x1', deputyIds: ['d1'] }
const deputy = { id: 'd1', stationId: 's1', districtId: 'x1' }

/** Each rule, and exactly who it lets through; everyone else is refused. */
const RULES: [string, (v: Viewer) => boolean, Who[]][] = [
  ['keeps station s1 (roster, notices, records)', (v) => keepsStation(v, s1), ['staff', 'admin']],
  ['books an appointment', mayBook, ['resident', 'otherResident']],
  ['cancels r1’s appointment (no one else even sees it)', (v) => ownsAppointment(v, appointment), ['resident']],
  ['confirms or declines d1’s appointment at s1', (v) => handlesAppointment(v, appointment), ['deputy', 'staff', 'admin']],
  ['reads the questions and records of s1’s day with d1', (v) => readsReceptionRecords(v, notice), ['deputy', 'staff', 'office', 'admin']],
  ['prints d1’s poster', (v) => mayPrintPoster(v, deputy), ['deputy', 'staff', 'office', 'admin']],
  ['edits a deputy profile of their own', (v) => ownDeputy(v) !== null, ['deputy', 'otherDeputy']],
  ['reviews proposed profiles', (v) => profilesReviewed(v) !== null, ['staff', 'otherStaff', 'admin', 'otherAdmin']],
  ['decides a proposal of a deputy at s1', (v) => decidesProfile(v, s1), ['staff', 'admin']],
  ['sees five-order figures (of their own scope)', (v) => funnelScope(v, {}) !== null, ['deputy', 'otherDeputy', 'staff', 'otherStaff', 'office', 'otherOffice', 'admin', 'otherAdmin']],
  ['has an inbox', hasInbox, ['deputy', 'otherDeputy', 'staff', 'otherStaff', 'department', 'office', 'otherOffice', 'admin', 'otherAdmin']],
  ['follows another’s case', mayFollow, ['resident', 'otherResident']],
  ['dispatches (by role)', (v) => roleMayMove(v, 'dispatch'), ['staff', 'otherStaff', 'office', 'otherOffice']],
  ['reads a handled case’s whole phone', (v) => phoneShown(v, { handles: true, mine: false }) === 'whole', ['deputy', 'otherDeputy', 'staff', 'otherStaff', 'department']],
  ['keeps the word list', editsWords, ['admin', 'otherAdmin']],
  ['has a 审核 queue', hasReviewQueue, ['staff', 'otherStaff', 'office', 'otherOffice', 'admin', 'otherAdmin']],
  ['reads an item of s1 while it waits for review', (v) => seesWaiting(v, { stationId: 's1', districtId: 'x1' }), ['staff', 'office', 'admin']],
  ['reads an office-routed item of x1 while it waits', (v) => seesWaiting(v, { stationId: null, districtId: 'x1' }), ['office', 'admin']],
  ['releases or refuses r1’s item at s1', (v) => reviewsContent(v, { stationId: 's1', districtId: 'x1', authorId: 'r1' }), ['staff', 'office', 'admin']],
  ['reads no phone at all on another’s case they follow', (v) => phoneShown(v, { handles: false, mine: false }) === 'none', ['resident', 'otherResident']],
  ['files a concern (staff record for others)', mayFile, ['resident', 'otherResident']],
  ['records an activity of d1 (the office: district-wide)', (v) => recordsFor(v, { deputyId: 'd1', stationId: 's1', districtId: 'x1' }), ['deputy', 'staff', 'office', 'admin']],
  ['verifies s1’s activity recorded by staff u2', (v) => verifiesAt(v, { ...s1, recordedBy: 'u2', districtWide: false }), ['staff', 'office', 'admin']],
  ['verifies s1’s activity they recorded themselves', (v) => verifiesAt(v, { ...s1, recordedBy: 'u', districtWide: false }), []],
  ['verifies a district-wide activity of x1 the office’s u2 recorded', (v) => verifiesAt(v, { ...s1, recordedBy: 'u2', districtWide: true }), ['office']],
  ['enters paper votes of a 述职 at s1', (v) => entersPaperVotes(v, s1), ['staff', 'office', 'admin']],
  ['has activities to verify', (v) => pendingScope(v) !== null, ['staff', 'otherStaff', 'office', 'otherOffice']],
]

describe('who may do what, beyond the cases', () => {
  it.each(RULES)('%s', (_rule, may, allowed) => {
    const through = (Object.keys(who) as Who[]).filter((w) => may(who[w]))
    expect(through.sort()).toEqual([...allowed].sort())
  })

  it('narrows figures to the asker’s own scope, whatever they ask for', () => {
    expect(funnelScope(who.office, {})).toEqual({ districtId: 'x1' })
    expect(funnelScope(who.staff, {})).toEqual({ stationId: 's1' })
    expect(funnelScope(who.staff, { stationId: 's2' })).toBeNull()
    expect(funnelScope(who.deputy, { deputyId: 'd2' })).toBeNull()
    // A deputy asking for their station sees their own cases in it; another district's office counts none of s1's.
    expect(funnelScope(who.deputy, { stationId: 's1' })).toEqual({ stationId: 's1', deputyId: 'd1' })
    expect(funnelScope(who.otherOffice, { stationId: 's1' })).toEqual({ stationId: 's1', districtId: 'x2' })
    expect(funnelScope(who.admin, { stationId: 's2' })).toEqual({ stationId: 's2', districtId: 'x1' })
    expect(funnelScope(who.otherAdmin, { stationId: 's1' })).toEqual({ stationId: 's1', districtId: 'x2' })
  })

  it('shows no one the whole phone of a case they do not handle, and its filer their own', () => {
    for (const w of Object.keys(who) as Who[]) expect(phoneShown(who[w], { handles: false, mine: false })).not.toBe('whole')
    expect(phoneShown(who.resident, { handles: true, mine: true })).toBe('masked')
  })

  it('never lets the author of an item release it', () => {
    const author = as('staff', { id: 'writer', stationId: 's1', districtId: 'x1' })
    expect(reviewsContent(author, { stationId: 's1', districtId: 'x1', authorId: 'writer' })).toBe(false)
    expect(reviewsContent(who.office, { stationId: 's1', districtId: 'x1', authorId: 'writer' })).toBe(true)
  })

  it('lists a resident’s own appointments, a deputy’s slots and a station’s for its staff', () => {
    expect(appointmentsListed(who.resident)).toEqual({ residentId: 'r1' })
    expect(appointmentsListed(who.deputy)).toEqual({ deputyId: 'd1', stationId: null })
    expect(appointmentsListed(who.staff)).toEqual({ deputyId: null, stationId: 's1' })
    expect(profilesReviewed(who.staff)).toEqual({ stationId: 's1', districtId: null })
    expect(profilesReviewed(who.admin)).toEqual({ stationId: null, districtId: 'x1' })
  })

  it('opens a first setup of credentials for a day after binding or a reset, never once a code is confirmed', () => {
    const bound = new Date('2026-12-01T08:00:00Z')
    const at = (hours: number) => new Date(bound.getTime() + hours * 3_600_000)
    expect(credentialGate({ complete: false, openSince: bound, now: at(23) })).toBe('setup')
    expect(credentialGate({ complete: false, openSince: bound, now: at(25) })).toBe('proof')
    expect(credentialGate({ complete: true, openSince: bound, now: at(1) })).toBe('proof')
    expect(credentialGate({ complete: false, openSince: null, now: at(1) })).toBe('proof')
  })
})
