import { remindTasks } from '../accountability/tasks'
import { dropOldAudit } from '../audit/audit'
import { sweepDeadlines } from '../cases/deadlines'
import { forgetOldOffers } from '../cases/similar'
import { endExpiredSessions } from '../identity/accounts'
import { dropOldLimitHits } from '../limits/limits'
import { dropStaleUploads } from '../media/uploads'
import { dropOldExports } from '../stats/exports'
import { countReportMonths } from '../stats/rollup'
import { deliverPushes } from '../messaging/deliver'
import { deliverSms } from '../messaging/texting'
import { sendReminders } from '../reception/reminders'
import type { Services } from '../runtime/services'
import { sendPhotosToCheck } from '../safety/screening'
import { remindSuggestions } from '../suggestions/deadlines'

/**
 * What the timer does each minute: marks overdue stages and closes unrated ones, sends the
 * day-before reminders of appointments, the week-before reminders of unmet 履职 tasks, the reminders and overdue marks of suggestions being handled, delivers (or retries) pushes and texts, sends photos that could not
 * be sent to WeChat's picture check at once, and removes what has
 * outlived its time (sessions, the cases 'similar' offered, the limits' counted hits, unattached uploads, old audit entries, exports), and counts the
 * months whose cases changed into the reports' rollup. Each chore stands alone: one that fails is logged and named in `failed`,
 * and the others still run.
 */
export async function runChores(services: Services) {
  const failed: string[] = []
  const run = async <T>(name: string, chore: () => Promise<T>, none: T): Promise<T> => {
    try {
      return await chore()
    } catch (e) {
      console.error(`[timer] ${name}:`, e)
      failed.push(name)
      return none
    }
  }
  const swept = await run('deadlines', () => sweepDeadlines(services), { overdue: 0, closed: 0, passedOver: 0 })
  const reminded = await run('reminders', () => sendReminders(services), 0)
  const tasksReminded = await run('tasks', () => remindTasks(services), 0)
  const suggestions = await run('suggestions', () => remindSuggestions(services), { reminded: 0, overdue: 0 })
  const pushed = await run('pushes', () => deliverPushes(services), { sent: 0, skipped: 0, retried: 0, failed: 0 })
  const texted = await run('texts', () => deliverSms(services), { sent: 0, limited: 0, retried: 0, failed: 0 })
  const sessionsEnded = await run('sessions', () => endExpiredSessions(services.db), 0)
  const offersDropped = await run('offers', () => forgetOldOffers(services.db), 0)
  const limitHitsDropped = await run('limits', () => dropOldLimitHits(services.db), 0)
  const uploadsRemoved = await run('uploads', () => dropStaleUploads(services), 0)
  const auditRemoved = await run('audit', () => dropOldAudit(services), 0)
  const exportsRemoved = await run('exports', () => dropOldExports(services), 0)
  const photosSent = await run('pictures', () => sendPhotosToCheck(services, 100), 0)
  const monthsCounted = await run('reports', () => countReportMonths(services), 0)
  return { ...swept, reminded, tasksReminded, suggestions, pushed, texted, sessionsEnded, offersDropped, limitHitsDropped, uploadsRemoved, auditRemoved, exportsRemoved, photosSent, monthsCounted, failed }
}
