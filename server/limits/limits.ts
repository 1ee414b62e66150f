import type { Database, Queryable } from '../db/queryable'
import type { Caller } from '../runtime/context'
import { dropOldHits, hitsWithin, insertHit, lockCounter } from './limits-repository'

/**
 * Limits that hold across hosts and under concurrency: counted in the database, each key's count
 * taken under a lock of its own for the rest of the caller's transaction.
 */
export interface Limit {
  kind: string
  max: number
  seconds: number
}

/** Who a limit counts by when no person is known: the caller's address on the host, their OPENID in the cloud (which has no address). */
export function callerKey(caller: Caller): string | null {
  if (caller.kind === 'openid') return `openid:${caller.openid}`
  if ((caller.kind === 'token' || caller.kind === 'anonymous') && caller.address) return `ip:${caller.address}`
  return null
}

/** Within the transaction `q`: whether `key` is past the limit already (then the caller is refused); takes the key's lock. */
export async function spent(q: Queryable, limit: Limit, key: string): Promise<boolean> {
  await lockCounter(q, limit.kind, key)
  return (await hitsWithin(q, limit.kind, key, limit.seconds)) >= limit.max
}

/** Counts one hit against `key`, in the caller's transaction. */
export const countHit = (q: Queryable, limit: Limit, key: string): Promise<void> => insertHit(q, limit.kind, key)

/** One use of a metered thing (a map lookup, an open-data read): false, and nothing counted, when `key` has used its share. */
export function take(db: Database, limit: Limit, key: string): Promise<boolean> {
  return db.tx(async (q) => {
    if (await spent(q, limit, key)) return false
    await countHit(q, limit, key)
    return true
  })
}

/** Removes hits no limit counts any more (the timer's chore). */
export const dropOldLimitHits = (db: Database): Promise<number> => dropOldHits(db)
