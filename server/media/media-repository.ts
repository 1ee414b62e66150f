import type { MediaKind } from '../../src/core/media/limits'
import { accountsOfPerson } from '../identity/accounts'
import { shownSql } from '../safety/visibility'
import type { Queryable } from '../db/queryable'

export interface MediaRow {
  id: string
  storage_key: string
  kind: MediaKind
  duration_sec: number | null
  event_id: string | null
}

const COLUMNS = 'id, storage_key, kind, duration_sec, event_id'
/** Not attached to anything yet. */
const LOOSE = 'case_id is null and activity_id is null and suggestion_id is null and post_id is null'

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
    `select ${COLUMNS} from media where id = any($1::uuid[]) and owner_id = $2 and ${LOOSE} for update`,
    [ids, ownerId],
  )
}

export async function attachMedia(q: Queryable, ids: readonly string[], caseId: string, eventId: string): Promise<void> {
  await q.query('update media set case_id = $2, event_id = $3, used_at = now() where id = any($1::uuid[])', [ids, caseId, eventId])
}

/** What holds uploads besides cases and suggestions: an activity of a deputy's record, a publicity post (学习宣传). */
export type Holder = 'activity' | 'post'
const HOLDER_COLUMN: Record<Holder, string> = { activity: 'activity_id', post: 'post_id' }

export async function attachToHolder(q: Queryable, ids: readonly string[], holder: Holder, holderId: string): Promise<void> {
  await q.query(`update media set ${HOLDER_COLUMN[holder]} = $2, used_at = now() where id = any($1::uuid[])`, [ids, holderId])
}

/** Attaches uploads to a suggestion: its draft's (`round` null) or the answer of that round. */
export async function attachToSuggestion(q: Queryable, ids: readonly string[], suggestionId: string, round: number | null): Promise<void> {
  await q.query('update media set suggestion_id = $2, answer_round = $3, used_at = now() where id = any($1::uuid[])', [ids, suggestionId, round])
}

/** A draft's attachments, locked for the caller's transaction. */
export async function draftMediaOf(q: Queryable, suggestionId: string): Promise<MediaRow[]> {
  return q.query<MediaRow>(`select ${COLUMNS} from media where suggestion_id = $1 and answer_round is null order by created_at, id for update`, [suggestionId])
}

/** Takes attachments off a draft: unused again, they are removed with other unused uploads. */
export async function detachFromSuggestion(q: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length) await q.query('update media set suggestion_id = null, answer_round = null, used_at = null where id = any($1::uuid[])', [ids])
}

/** A suggestion's attachments in the order they were added, each with the answer round it came with; photos the check holds only to their uploader. */
export async function mediaOfSuggestion(q: Queryable, suggestionId: string, viewerId: string): Promise<(MediaRow & { answer_round: number | null })[]> {
  return q.query(
    `select ${COLUMNS}, answer_round from media m where suggestion_id = $1 and (m.owner_id = $2 or ${shownSql('photo', 'm.id')}) order by created_at, id`,
    [suggestionId, viewerId],
  )
}

/** Photos of these cases the check let through, at most `limit`, oldest first. */
export async function photosOfCases(q: Queryable, caseIds: readonly string[], limit: number): Promise<MediaRow[]> {
  return q.query<MediaRow>(
    `select ${COLUMNS} from media m where case_id = any($1::uuid[]) and kind = 'photo' and ${shownSql('photo', 'm.id')} order by created_at, id limit $2`,
    [caseIds, limit],
  )
}

/** Activities' or posts' attachments, each with its holder, in the order they were added; with `shownOnly`, no photo the check holds. */
export async function mediaOfHolders(q: Queryable, holder: Holder, ids: readonly string[], shownOnly: boolean): Promise<(MediaRow & { holder_id: string })[]> {
  const column = HOLDER_COLUMN[holder]
  return q.query(
    `select ${COLUMNS}, ${column} as holder_id from media m where ${column} = any($1::uuid[]) ${shownOnly ? `and ${shownSql('photo', 'm.id')}` : ''} order by created_at, id`,
    [ids],
  )
}

/** An upload put to a use other than a case (a deputy's photo): kept like an attached one. */
export async function markUsed(q: Queryable, id: string): Promise<void> {
  await q.query('update media set used_at = coalesce(used_at, now()) where id = $1', [id])
}

/** What the person uploaded lately, for the upload limits. */
export async function recentUploads(q: Queryable, ownerId: string, now: Date): Promise<{ lastHour: number; bytesToday: number; unattached: number }> {
  const [row] = await q.query<{ lastHour: number; bytesToday: string; unattached: number }>(
    `select count(*) filter (where created_at > $2::timestamptz - interval '1 hour')::int as "lastHour",
            coalesce(sum(size), 0)::text as "bytesToday",
            count(*) filter (where used_at is null)::int as unattached
       from media where owner_id in ${accountsOfPerson('$1::uuid')} and created_at > $2::timestamptz - interval '1 day'`,
    [ownerId, now],
  )
  return { lastHour: row.lastHour, bytesToday: Number(row.bytesToday), unattached: row.unattached }
}

/** Uploads nobody used within the time allowed: their rows go, and their keys are answered for the store. */
export async function dropUnusedUploads(q: Queryable, before: Date, limit: number): Promise<string[]> {
  // An upload being attached right now is locked by its attaching: skipped, and whatever was
  // picked is checked again under its own row lock — one attached meanwhile is not removed.
  const rows = await q.query<{ storage_key: string }>(
    `delete from media where id in (select id from media where used_at is null and created_at < $1 order by created_at limit $2 for update skip locked)
       and used_at is null and ${LOOSE}
     returning storage_key`,
    [before, limit],
  )
  return rows.map((r) => r.storage_key)
}

/** A case's attachments in the order they were added. */
export async function mediaOfCase(q: Queryable, caseId: string, viewerId: string): Promise<MediaRow[]> {
  return q.query<MediaRow>(
    `select ${COLUMNS} from media m where case_id = $1 and (m.owner_id = $2 or ${shownSql('photo', 'm.id')}) order by created_at, id`,
    [caseId, viewerId],
  )
}

/** Removes the rows of a person's uploads that nothing uses; answers their keys, for the store. */
export async function dropUnusedOf(q: Queryable, ownerId: string): Promise<string[]> {
  return (await q.query<{ storage_key: string }>('delete from media where owner_id = $1 and used_at is null returning storage_key', [ownerId])).map((r) => r.storage_key)
}
