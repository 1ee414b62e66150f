import { isoText, type Queryable } from '../db/queryable'

/** Everything held about one person, as rows; their own cases by id (with the phone they left, sealed), to be read as the case view shows them. */
export async function dataOf(q: Queryable, userId: string) {
  const [account] = await q.query<{ id: string; role: string; createdAt: string }>(
    `select id, role, ${isoText('created_at')} as "createdAt" from users where id = $1`,
    [userId],
  )
  // The cases they filed themselves (not those a staff member recorded for someone else), oldest first.
  const cases = await q.query<{ id: string; phoneEnc: string | null }>(
    'select id, phone_enc as "phoneEnc" from cases where resident_id = $1 and (for_name is null or claimed_at is not null) order by created_at',
    [userId],
  )
  const messages = await q.query(`select title, body, ${isoText('created_at')} as "createdAt" from messages where user_id = $1 order by created_at`, [userId])
  const appointments = await q.query(
    `select a.status, ${isoText('sl.starts_at')} as start, a.reason from appointments a join reception_slots sl on sl.id = a.slot_id
      where a.resident_id = $1 order by sl.starts_at`,
    [userId],
  )
  const uploads = await q.query(`select kind, size, ${isoText('created_at')} as "createdAt" from media where owner_id = $1 order by created_at`, [userId])
  const following = await q.query(`select c.number from case_followers f join cases c on c.id = f.case_id where f.user_id = $1`, [userId])
  const reports = await q.query(
    `select s.kind, r.reason, ${isoText('r.created_at')} as "createdAt" from content_reports r join screenings s on s.id = r.screening_id
      where r.reporter_id = $1 order by r.created_at`,
    [userId],
  )
  const dutyRatings = await q.query(
    `select d.name as deputy, r.year, x.rating, x.comment, ${isoText('x.created_at')} as "createdAt"
       from duty_report_ratings x join duty_reports r on r.id = x.report_id join deputies d on d.id = r.deputy_id
      where x.user_id = $1 order by x.created_at`,
    [userId],
  )
  return { account, cases, messages, appointments, uploads, following, reports, dutyRatings }
}
