import type { AppointmentStatus, AppointmentView, SlotView } from '../../core/reception/views'
import { callFunction } from './call'

/** `appointments`: 约见 on a reception day. */

type Answered = { id: string; status: AppointmentStatus }

export const slotsOf = (noticeId: string) => callFunction<{ day: string | null; items: SlotView[] }>('appointments', { action: 'slots', noticeId })
export const myAppointments = (cursor?: string) => callFunction<{ items: AppointmentView[]; cursor?: string }>('appointments', { action: 'mine', cursor })
export const book = (e: { slotId: string; topic: string; phone?: string; phoneConsent?: boolean }) => callFunction<Answered>('appointments', { action: 'book', ...e })
export const cancelAppointment = (id: string) => callFunction<Answered>('appointments', { action: 'cancel', id })
export const confirmAppointment = (id: string) => callFunction<Answered>('appointments', { action: 'confirm', id })
export const declineAppointment = (id: string, reason: string) => callFunction<Answered>('appointments', { action: 'decline', id, reason })
