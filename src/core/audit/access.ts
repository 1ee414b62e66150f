import type { Viewer } from '../identity/viewer'

/** The audit trail is read by the admin only. */
export const readsAudit = (v: Viewer): boolean => v.role === 'admin'

/** Whose openings of a case are written down: everyone's but the resident's own and their followers'. */
export const openingAudited = (v: Viewer): boolean => v.role !== 'resident'
