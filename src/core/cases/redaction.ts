import { redactPersonal } from '../privacy/redact'
import { HELD_TEXT } from '../safety/types'
import type { CaseAction } from './transitions'
import type { CaseDetail } from './types'

/**
 * Notes written between handlers — a deputy asking the office to dispatch, the office's note to
 * the department, a department's reason for sending an order back — are not for residents.
 */
const HANDLERS_ONLY: ReadonlySet<string> = new Set<CaseAction>(['requestDispatch', 'dispatch', 'sendBack'])

export const noteForResidents = (action: string, note: string | null): string | null => (HANDLERS_ONLY.has(action) ? null : note)

/**
 * The author's own case: everything but the notes handlers wrote for each other, and a
 * handler's note while it waits for review (their own words they read as written).
 */
export function authorView(d: CaseDetail): CaseDetail {
  const note = (e: CaseDetail['events'][number]) =>
    HANDLERS_ONLY.has(e.type) ? null : e.held && e.actorRole !== 'resident' && e.text ? HELD_TEXT : e.text
  return { ...d, events: d.events.map((e) => ({ ...e, text: note(e) })) }
}

/**
 * Another resident's case that this resident follows: how it moves, never who filed it or
 * where they are. Its words only when its author allowed them to be shown, and then without
 * names, numbers or doors; no place, no phone, no photos or video.
 */
export function followerView(d: CaseDetail): CaseDetail {
  const shown = (t: string | null) => (d.showPublicly && t ? redactPersonal(t) : null)
  return {
    ...authorView(d),
    text: shown(d.text) ?? '',
    location: null,
    phone: null,
    recordedFor: null,
    media: [],
    events: authorView(d).events.map((e) => ({ ...e, text: e.held ? null : shown(e.text) })),
  }
}
