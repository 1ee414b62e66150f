import type { ReceptionSchedule } from './schedules'

/** What the reception functions answer, as the pages read it (no calendar code: the client bundles this). */
export interface NoticeView {
  id: string
  stationId: string
  stationName: string
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
  /** The caller follows the station (and hears of its notices). */
  following?: boolean
}

export type AppointmentStatus = 'booked' | 'waitlisted' | 'confirmed' | 'declined' | 'cancelled'

export const APPOINTMENT_LABELS: Record<AppointmentStatus, string> = {
  booked: '已预约',
  waitlisted: '候补中',
  confirmed: '代表已确认',
  declined: '代表已婉拒',
  cancelled: '已取消',
}

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
}
