import { errors } from '../../src/core/errors'

/**
 * Keyset paging: a list in a stable order (newest first, then by id) continues after the last
 * item shown, so nothing is shown twice or skipped while new items arrive. The cursor is that
 * item's time (to the microsecond, as stored) and id, opaque to the app.
 */
export interface After {
  at: string
  id: string
}

/** The column a paged query selects as "pageKey": its order's time, to the microsecond. */
export const pageKey = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "pageKey"`

/** The keys a cursor may carry: a stored time to the microsecond (the default), or a Shanghai day. */
export const KEYS = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, day: /^\d{4}-\d{2}-\d{2}$/ }

export function afterCursor(cursor: string | undefined, key: RegExp = KEYS.at): After | null {
  if (cursor === undefined) return null
  const [at, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (extra !== undefined || !key.test(at ?? '') || !/^[0-9a-f-]{36}$/.test(id ?? '')) {
    throw errors.validation.cursor()
  }
  return { at, id }
}

/** One page of `rows` fetched with one row more than `size`: the page (without its keys), and the next page's cursor when there is one. */
export function pageOf<T extends { id: string; pageKey: string }>(rows: T[], size: number): { items: Omit<T, 'pageKey'>[]; cursor?: string } {
  const items = rows.slice(0, size).map(({ pageKey: _key, ...item }) => item)
  if (rows.length <= size) return { items }
  const last = rows[size - 1]
  return { items, cursor: Buffer.from(`${last.pageKey}|${last.id}`).toString('base64url') }
}
