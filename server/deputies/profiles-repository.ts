import { isoText, type Queryable } from '../db/queryable'

/** The profile fields as stored, in a proposal and on the deputy alike. */
export interface StoredFields {
  photoKey: string | null
  bio: string
  contactHours: string
  phoneEnc: string | null
  phonePublic: boolean
}

export interface ChangeRow {
  id: string
  deputyId: string
  deputyCode: string
  deputyName: string
  stationId: string
  districtId: string
  proposed: StoredFields
  current: StoredFields
  status: 'pending' | 'approved' | 'rejected'
  reason: string | null
  createdAt: string
}

const CURRENT = `json_build_object('photoKey', d.photo_key, 'bio', d.bio, 'contactHours', d.contact_hours,
                                   'phoneEnc', d.phone_enc, 'phonePublic', d.phone_public)`
const CHANGE = `select c.id, d.id as "deputyId", d.code as "deputyCode", d.name as "deputyName", d.station_id as "stationId",
                       (select s.district_id from stations s where s.id = d.station_id) as "districtId", c.changes as proposed, ${CURRENT} as current, c.status, c.reason, ${isoText('c.created_at')} as "createdAt"
                  from deputy_profile_changes c join deputies d on d.id = c.deputy_id`

export async function ownFields(q: Queryable, deputyId: string): Promise<StoredFields> {
  const [row] = await q.query<{ current: StoredFields }>(`select ${CURRENT} as current from deputies d where d.id = $1`, [deputyId])
  return row.current
}

/** The deputy's latest proposal, whatever became of it. */
export async function latestChange(q: Queryable, deputyId: string): Promise<ChangeRow | null> {
  const [row] = await q.query<ChangeRow>(`${CHANGE} where c.deputy_id = $1 order by c.created_at desc, c.id desc limit 1`, [deputyId])
  return row ?? null
}

/**
 * A new proposal, under a new id; the one still waiting is superseded, never rewritten, so a
 * decision always concerns the proposal its reviewer read.
 */
export async function propose(q: Queryable, deputyId: string, by: string, changes: StoredFields): Promise<string> {
  // One proposal at a time per deputy: two at once would both find no waiting one to supersede.
  await q.query('select 1 from deputies where id = $1 for update', [deputyId])
  await q.query(`update deputy_profile_changes set status = 'superseded' where deputy_id = $1 and status = 'pending'`, [deputyId])
  const [row] = await q.query<{ id: string }>('insert into deputy_profile_changes (deputy_id, changes, proposed_by) values ($1, $2, $3) returning id', [
    deputyId,
    JSON.stringify(changes),
    by,
  ])
  return row.id
}

/** Proposals still waiting, of one station's deputies (or all, for null). */
/** Proposals waiting at a station, or (stationId null) in a district. */
export async function pendingChanges(q: Queryable, scope: { stationId: string | null; districtId: string | null }): Promise<ChangeRow[]> {
  return q.query<ChangeRow>(
    `${CHANGE} where c.status = 'pending' and ($1::uuid is null or d.station_id = $1)
       and ($2::uuid is null or d.station_id in (select id from stations where district_id = $2)) order by c.created_at`,
    [scope.stationId, scope.districtId],
  )
}

/** Locks a pending proposal for its decision; null when it is gone or already decided. */
export async function pendingChange(q: Queryable, id: string): Promise<ChangeRow | null> {
  const [row] = await q.query<ChangeRow>(`${CHANGE} where c.id = $1 and c.status = 'pending' for update of c`, [id])
  return row ?? null
}

export async function decide(q: Queryable, change: ChangeRow, by: string, approve: boolean, reason: string | null): Promise<void> {
  await q.query(`update deputy_profile_changes set status = $2, reason = $3, decided_by = $4, decided_at = now() where id = $1`, [
    change.id, approve ? 'approved' : 'rejected', reason, by,
  ])
  if (!approve) return
  const p = change.proposed
  await q.query(
    'update deputies set photo_key = $2, bio = $3, contact_hours = $4, phone_enc = $5, phone_public = $6 where id = $1',
    [change.deputyId, p.photoKey, p.bio, p.contactHours, p.phoneEnc, p.phonePublic],
  )
}
