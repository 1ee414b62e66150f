import type { MediaKind } from '../../src/core/media/limits'
import type { Queryable } from '../db/queryable'

export interface MediaRow {
  id: string
  storage_key: string
  kind: MediaKind
  duration_sec: number | null
  event_id: string | null
}

const COLUMNS = 'id, storage_key, kind, duration_sec, event_id'

/** Records an upload that passed inspection; registering the same file twice answers the first row. */
export async function insertMedia(
  q: Queryable,
  m: { ownerId: string; key: string; kind: MediaKind; mime: string; size: number; durationSec: number | null },
): Promise<MediaRow> {
  await q.query(
    `insert into media (owner_id, storage_key, kind, mime, size, duration_sec) values ($1, $2, $3, $4, $5, $6)
     on conflict (storage_key) do nothing`,
    [m.ownerId, m.key, m.kind, m.mime, m.size, m.durationSec],
  )
  const [row] = await q.query<MediaRow>(`select ${COLUMNS} from media where storage_key = $1 and owner_id = $2`, [m.key, m.ownerId])
  return row
}

/** Locks the owner's uploads that are not attached yet, of those asked for. */
export async function claimMedia(q: Queryable, ids: readonly string[], ownerId: string): Promise<MediaRow[]> {
  return q.query<MediaRow>(
    `select ${COLUMNS} from media where id = any($1::uuid[]) and owner_id = $2 and case_id is null for update`,
    [ids, ownerId],
  )
}

export async function attachMedia(q: Queryable, ids: readonly string[], caseId: string, eventId: string): Promise<void> {
  await q.query('update media set case_id = $2, event_id = $3 where id = any($1::uuid[])', [ids, caseId, eventId])
}

/** A case's attachments in the order they were added. */
export async function mediaOfCase(q: Queryable, caseId: string): Promise<MediaRow[]> {
  return q.query<MediaRow>(`select ${COLUMNS} from media where case_id = $1 order by created_at, id`, [caseId])
}
