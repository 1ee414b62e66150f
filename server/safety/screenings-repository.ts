import type { ReportableKind, ScreenedKind, ScreeningState } from '../../src/core/safety/types'
import { REPORTS_TO_HIDE } from '../../src/core/safety/types'
import type { After } from '../db/cursor'
import { pageKey } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'

export interface ScreeningRow {
  id: string
  kind: ScreenedKind
  ref_id: string
  district_id: string
  station_id: string | null
  author_id: string | null
  content: string
  media_key: string | null
  state: ScreeningState
  cause: 'check' | 'reports'
  reports: number
  version: number
}

const COLUMNS = 'id, kind, ref_id, district_id, station_id, author_id, content, media_key, state, cause, reports, version'

export interface HeldItem {
  kind: ScreenedKind
  refId: string
  districtId: string
  stationId: string | null
  authorId: string | null
  content: string
  mediaKey?: string
  why: string[]
}

/** Holds an item for a person (again, if it was there before: a notice changed, say). */
export async function insertHeld(q: Queryable, h: HeldItem): Promise<void> {
  await q.query(
    `insert into screenings (kind, ref_id, district_id, station_id, author_id, content, media_key, state, cause, why)
     values ($1, $2, $3, $4, $5, $6, $7, 'held', 'check', $8)
     on conflict (kind, ref_id) do update set state = 'held', cause = 'check', content = excluded.content, why = excluded.why,
       reason = null, decided_by = null, decided_at = null, version = screenings.version + 1, updated_at = now()`,
    [h.kind, h.refId, h.districtId, h.stationId, h.authorId, h.content, h.mediaKey ?? null, h.why],
  )
}

export async function screeningById(q: Queryable, id: string, forUpdate = false): Promise<ScreeningRow | null> {
  const [row] = await q.query<ScreeningRow>(`select ${COLUMNS} from screenings where id = $1 ${forUpdate ? 'for update' : ''}`, [id])
  return row ?? null
}

export async function screeningByTrace(q: Queryable, traceId: string): Promise<ScreeningRow | null> {
  const [row] = await q.query<ScreeningRow>(`select ${COLUMNS} from screenings where trace_id = $1 for update`, [traceId])
  return row ?? null
}

/** Settles an item: shown (reports start again from none) or refused, by a person or by WeChat's check. */
export async function settle(q: Queryable, id: string, state: 'shown' | 'refused', by: string | null, reason: string | null, why?: string[]): Promise<void> {
  await q.query(
    `update screenings set state = $2, decided_by = $3, decided_at = now(), reason = $4, why = coalesce($5, why),
       reports = case when $2 = 'shown' then 0 else reports end, version = version + 1, updated_at = now()
      where id = $1`,
    [id, state, by, reason, why ?? null],
  )
}

/** Settles an item by what it is, if it was screened at all (a proposal staff decided on). */
export async function settleRef(q: Queryable, kind: ScreenedKind, refId: string, state: 'shown' | 'refused', by: string, reason: string | null): Promise<void> {
  await q.query(
    `update screenings set state = $3, decided_by = $4, decided_at = now(), reason = $5,
       reports = case when $3 = 'shown' then 0 else reports end, version = version + 1, updated_at = now()
      where kind = $1 and ref_id = $2 and state <> $3`,
    [kind, refId, state, by, reason],
  )
}

/** Why each of these items waits, if it does (held by the check or hidden by reports): ref id → why. */
export async function waitingOf(q: Queryable, kind: ScreenedKind, refIds: readonly string[]): Promise<Map<string, string[]>> {
  if (refIds.length === 0) return new Map()
  const rows = await q.query<{ ref_id: string; why: string[] }>(
    `select ref_id, why from screenings where kind = $1 and ref_id = any($2::uuid[]) and state in ('held', 'hidden')`,
    [kind, refIds],
  )
  return new Map(rows.map((r) => [r.ref_id, r.why]))
}

/** Pictures held for WeChat's check that were not yet sent to it, with their uploader's openid. */
export async function photosToSend(q: Queryable, limit: number): Promise<{ id: string; media_key: string; openid: string | null }[]> {
  return q.query(
    `select s.id, s.media_key, u.openid from screenings s left join users u on u.id = s.author_id
      where s.kind = 'photo' and s.state = 'held' and s.trace_id is null and s.media_key is not null
      order by s.created_at limit $1`,
    [limit],
  )
}

/** Says why an item waits for a person (a picture WeChat could not decide on). */
export async function markWhy(q: Queryable, id: string, why: string[]): Promise<void> {
  await q.query('update screenings set why = $2, version = version + 1, updated_at = now() where id = $1', [id, why])
}

export async function setTrace(q: Queryable, id: string, traceId: string): Promise<void> {
  await q.query('update screenings set trace_id = $2, updated_at = now() where id = $1', [id, traceId])
}

/** The 审核 queue in a reviewer's scope: held and hidden items, newest first, never the reviewer's own. */
export async function waitingItems(
  q: Queryable,
  scope: { stationId: string | null; districtId: string | null },
  reviewerId: string,
  after: After | null,
  limit: number,
) {
  return q.query<{
    id: string; kind: ScreenedKind; content: string; media_key: string | null; cause: 'check' | 'reports'; why: string[]; reports: number
    stationName: string; createdAt: string; version: number; pageKey: string
  }>(
    `select s.id, s.kind, s.content, s.media_key, s.cause, s.why, s.reports, coalesce(st.name, '') as "stationName",
            ${isoText('s.created_at')} as "createdAt", s.version, ${pageKey('s.updated_at')}
       from screenings s left join stations st on st.id = s.station_id
      where s.state in ('held', 'hidden') and s.kind <> 'proposal' and s.author_id is distinct from $1
        and ($2::uuid is null or s.station_id = $2) and ($3::uuid is null or s.district_id = $3)
        -- A picture still with WeChat's check waits for its result, not for a person.
        and not (s.kind = 'photo' and s.cause = 'check' and cardinality(s.why) = 0)
        and ($4::timestamptz is null or (s.updated_at, s.id) < ($4::timestamptz, $5::uuid))
      order by s.updated_at desc, s.id desc limit $6`,
    [reviewerId, scope.stationId, scope.districtId, after?.at ?? null, after?.id ?? null, limit],
  )
}

/** What a report may target: public content only, with where it belongs and who wrote it. */
const TARGETS: Record<ReportableKind, string> = {
  case: `select c.district_id, c.station_id, c.resident_id as author_id, c.text as content
           from cases c where c.id = $1 and c.show_publicly and c.merged_into is null`,
  notice: `select s.district_id, n.station_id, n.created_by as author_id, n.theme || '｜' || n.place as content
             from reception_notices n join stations s on s.id = n.station_id where n.id = $1 and n.status = 'published'`,
  bio: `select s.district_id, d.station_id, (select u.id from users u where u.deputy_id = d.id order by u.created_at limit 1) as author_id,
               d.bio as content
          from deputies d join stations s on s.id = d.station_id where d.id = $1 and coalesce(d.bio, '') <> ''`,
}

export async function reportTarget(q: Queryable, kind: ReportableKind, id: string) {
  const [row] = await q.query<{ district_id: string; station_id: string | null; author_id: string | null; content: string }>(TARGETS[kind], [id])
  return row ?? null
}

/** The item's row, made (shown) on its first report; locked. */
export async function screeningForReport(
  q: Queryable,
  kind: ReportableKind,
  refId: string,
  t: { district_id: string; station_id: string | null; author_id: string | null; content: string },
): Promise<ScreeningRow> {
  await q.query(
    `insert into screenings (kind, ref_id, district_id, station_id, author_id, content, state, cause)
     values ($1, $2, $3, $4, $5, $6, 'shown', 'reports') on conflict (kind, ref_id) do nothing`,
    [kind, refId, t.district_id, t.station_id, t.author_id, t.content],
  )
  const [row] = await q.query<ScreeningRow>(`select ${COLUMNS} from screenings where kind = $1 and ref_id = $2 for update`, [kind, refId])
  return row
}

/**
 * One person's report; a repeat by the same person counts once. The report that reaches
 * REPORTS_TO_HIDE hides a shown item until a person reviews it. Answers whether it is hidden now.
 */
export async function addReport(q: Queryable, s: ScreeningRow, reporterId: string, reason: string, content: string): Promise<boolean> {
  // One report per person: a deleted and renewed account is the same reporter.
  const added = await q.query(
    'insert into content_reports (screening_id, reporter_id, person_id, reason) select $1, u.id, u.person_id, $3 from users u where u.id = $2 on conflict do nothing returning 1',
    [s.id, reporterId, reason],
  )
  if (added.length === 0 || s.state !== 'shown') return s.state === 'hidden'
  const [row] = await q.query<{ state: ScreeningState }>(
    `update screenings set reports = reports + 1,
       state = case when reports + 1 >= $2 then 'hidden' else state end,
       cause = case when reports + 1 >= $2 then 'reports' else cause end,
       why = case when reports + 1 >= $2
                  then array(select distinct r.reason from content_reports r where r.screening_id = screenings.id)
                  else why end,
       content = case when reports + 1 >= $2 then $3 else content end,
       version = version + 1, updated_at = now()
      where id = $1 returning state`,
    [s.id, REPORTS_TO_HIDE, content],
  )
  return row.state === 'hidden'
}
