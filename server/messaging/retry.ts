/** How the outboxes (pushes and texts) deliver: batches claimed in a short transaction and leased while they go out. */
export const BATCH = 50
/** How long a claimed item is left to its dispatcher before another may try it (one that died midway). */
export const LEASE_MS = 5 * 60_000
/** Tries after the first: 1, 4, 16 and 64 minutes later; then the item is given up as failed. */
export const MAX_ATTEMPTS = 5
export const backoffMs = (attempts: number) => 60_000 * 4 ** attempts
