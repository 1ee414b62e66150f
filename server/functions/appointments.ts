import { appointmentsEvent } from '../../src/core/reception/schemas'
import { answerAppointment, book, myAppointments, slotsOfNotice } from '../reception/appointments'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 约见: residents book a deputy's slot on a reception day (or wait for one); the deputy answers. */
export const appointments: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(appointmentsEvent, raw)
  switch (e.action) {
    case 'slots':
      return slotsOfNotice(ctx, e.noticeId)
    case 'mine':
      return myAppointments(ctx, e.cursor)
    case 'book':
      return book(ctx, e)
    case 'cancel':
    case 'confirm':
    case 'decline':
      return answerAppointment(ctx, e)
  }
}
