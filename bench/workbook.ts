import type { Database } from '../server/db/queryable'
import { FUNCTIONS } from '../server/host/registry'
import { invoke } from '../server/runtime/context'
import { luzhouSized, workbookOf } from '../tests/support/workbook'

/** `admin import` of a 潞州-sized workbook (66 stations, 612 deputies) as the admin: the first time, then again (nothing changes). */
export async function importFigure(db: Database): Promise<{ first: number; again: number; bytes: number }> {
  const services = { db, demoLogins: true, now: () => new Date() }
  const login = await invoke(FUNCTIONS.auth, { action: 'devLogin', persona: 'admin' }, services, { kind: 'anonymous' })
  const caller = { kind: 'token' as const, token: (login.data as { token: string }).token }
  const workbook = await workbookOf(luzhouSized())
  const once = async () => {
    const started = performance.now()
    const r = await invoke(FUNCTIONS.admin, { action: 'import', workbook }, services, caller)
    if (r.code !== 'OK' || (r.data as { errors: unknown[] }).errors.length) throw new Error(`import failed: ${r.message}`)
    return performance.now() - started
  }
  return { first: await once(), again: await once(), bytes: Math.round((workbook.length * 3) / 4) }
}
