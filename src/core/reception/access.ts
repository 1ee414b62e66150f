import type { Viewer } from '../identity/viewer'
import { keepsStation } from '../stations/access'

/** Where a reception day belongs, as its rules need it. */
export interface NoticeScope {
  stationId: string
  districtId: string
  deputyIds: readonly string[]
}

/** Where an appointment belongs: the slot's deputy, at the notice's station. */
export interface AppointmentScope {
  residentId: string
  deputyId: string
  stationId: string
  districtId: string
}

/** Whose appointments a person's 约见 lists: a resident's own; a deputy's slots; a station's, for its staff. */
export const appointmentsListed = (v: Viewer): { residentId: string } | { deputyId: string | null; stationId: string | null } =>
  v.role === 'resident' ? { residentId: v.id } : { deputyId: v.deputyId, stationId: v.role === 'staff' ? v.stationId : null }

/** Appointments are booked by residents. */
export const mayBook = (v: Viewer): boolean => v.role === 'resident'

/** Only who booked it may cancel an appointment; to anyone else it does not exist. */
export const ownsAppointment = (v: Viewer, a: AppointmentScope): boolean => a.residentId === v.id

/** The deputy of the slot, the station's staff, and the district's admin confirm or decline an appointment. */
export const handlesAppointment = (v: Viewer, a: AppointmentScope): boolean =>
  keepsStation(v, a) || (v.role === 'deputy' && v.deputyId === a.deputyId)

/** A reception day's questions and records: its station's staff, its deputies on duty, the office of its district, admin. */
export const readsReceptionRecords = (v: Viewer, n: NoticeScope): boolean =>
  keepsStation(v, n) ||
  (v.role === 'deputy' && v.deputyId !== null && n.deputyIds.includes(v.deputyId)) ||
  (v.role === 'office' && v.districtId === n.districtId)
