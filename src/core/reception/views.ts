import type { ReceptionSchedule } from './schedules'

/** What the reception functions answer, as the pages read it (no calendar code: the client bundles this). */
export interface NoticeView {
  id: string
  stationId: string
  stationName: string
  stationCode: string
  theme: string
  place: string
  schedule: ReceptionSchedule
  /** In words: 每月11日 14:30–17:00（遇节假日顺延）. */
  when: string
  /** The next reception dates (YYYY-MM-DD), the first being the one slots are offered for. */
  next: string[]
  deputies: { id: string; name: string }[]
  status: 'published' | 'cancelled'
  version: number
  /** Waits for a person's review (content safety): only its station's staff see it meanwhile. */
  held: boolean
  /** A forum (座谈会) on this draft law: its page opens the draft. */
  consultationId: string | null
  /** The caller follows the station (and hears of its notices). */
  following?: boolean
}

/**
 * An appointment's states: whether it is still live (may be confirmed, declined or cancelled) and
 * whether it holds one of the slot's places (a waitlisted one waits for a place).
 */
export const APPOINTMENT_STATES = {
  booked: { label: '已预约', live: true, holdsPlace: true },
  waitlisted: { label: '候补中', live: true, holdsPlace: false },
  confirmed: { label: '代表已确认', live: true, holdsPlace: true },
  declined: { label: '代表已婉拒', live: false, holdsPlace: false },
  cancelled: { label: '已取消', live: false, holdsPlace: false },
} as const satisfies Record<string, { label: string; live: boolean; holdsPlace: boolean }>

export type AppointmentStatus = keyof typeof APPOINTMENT_STATES

const statuses = Object.keys(APPOINTMENT_STATES) as AppointmentStatus[]
export const LIVE_APPOINTMENTS = statuses.filter((s) => APPOINTMENT_STATES[s].live)
export const PLACE_HOLDING_APPOINTMENTS = statuses.filter((s) => APPOINTMENT_STATES[s].holdsPlace)

export interface SlotView {
  id: string
  deputyId: string
  deputyName: string
  /** ISO instant. */
  start: string
  capacity: number
  taken: number
  waiting: number
  /** The caller's own live appointment in it. */
  mine: { id: string; status: AppointmentStatus } | null
}

export interface AppointmentView {
  id: string
  status: AppointmentStatus
  reason: string | null
  start: string
  deputyName: string
  stationName: string
  theme: string
  noticeId: string
  /** Where the reception day is held. */
  place: string
  /** What the resident wants to talk about (the resident, the slot's deputy and the station's staff read it). */
  topic: string
  /** The phone the resident left with consent: whole for the deputy and staff who call back, masked for the resident. */
  phone: string | null
  residentName?: string
}

/** A case a reception day brought: a question sent in before it, or a request made on it. */
export interface ReceptionCase {
  id: string
  number: string
  category: string
  status: string
}

export interface AdvanceQuestion extends ReceptionCase {
  text: string
  createdAt: string
}

/** What staff recorded after a reception day. */
export interface ReceptionRecordView {
  id: string
  day: string
  minutes: string
  attendance: number
  deputiesPresent: string[]
  requests: ReceptionCase[]
  recordedAt: string
  /** The minutes wait for a person's review; readers other than the station's staff and the office read HELD_TEXT. */
  held: boolean
}
