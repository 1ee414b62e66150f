import { hasInbox, phoneShown } from '../../src/core/cases/access'
import { errors } from '../../src/core/errors'
import { EXPORT_ROWS_MAX } from '../../src/core/limits'
import type { Viewer } from '../../src/core/identity/viewer'
import type { After } from '../db/cursor'
import { decryptPhone } from '../privacy/phone'
import type { Services } from '../runtime/services'
import { caseQuery, statesOf, type InboxEvent } from './search'
import { exportPage, type ExportedCase } from './search-repository'

/** How many cases are read at a time: the workbook is written as they come, so memory holds one batch. */
const BATCH = 2000

export type CaseRowOut = Omit<ExportedCase, 'phoneMasked' | 'phoneEnc'> & { phone: string | null }

export type CaseSearchEvent = Omit<InboxEvent, 'action' | 'cursor'>

/** Whether this person's export shows whole phone numbers (a handler who calls back), masked ones, or none. */
export const exportedPhones = (user: Viewer) => phoneShown(user, { handles: true, mine: false })

/**
 * Every case of a handler's search, a batch at a time in the inbox's order (newest filed first),
 * each phone as this person may read it: whole for the handlers who call back, masked for the
 * office, never decrypted for anyone else. Past EXPORT_ROWS_MAX cases the export is refused, the asker told to narrow it.
 */
export async function* casesToExport(services: Services, user: Viewer, e: CaseSearchEvent): AsyncGenerator<CaseRowOut[]> {
  if (!hasInbox(user)) throw errors.forbidden.inboxHandlersOnly()
  const { db, phoneKey } = services
  const shown = exportedPhones(user)
  const query = caseQuery(e, statesOf(e.filter, user.role), phoneKey)
  const whole = shown === 'whole' && phoneKey !== undefined
  let after: After | null = null
  let rows = 0
  for (;;) {
    const page = await exportPage(db, user, query, after, BATCH, whole)
    if (page.length === 0) return
    rows += page.length
    const max = services.exportRowsMax ?? EXPORT_ROWS_MAX
    if (rows > max) throw errors.validation.exportTooMany(max)
    yield page.map(({ phoneMasked, phoneEnc, pageKey: _key, ...c }) => ({
      ...c,
      phone: phoneEnc && phoneKey ? decryptPhone(phoneEnc, phoneKey) : shown === 'none' ? null : phoneMasked,
    }))
    if (page.length < BATCH) return
    const last = page[page.length - 1]
    after = { at: last.pageKey, id: last.id }
  }
}
