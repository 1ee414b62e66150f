import type { DutyFigures, Tally } from '../../src/core/accountability/types'
import type { Rating } from '../../src/core/cases/ratings'
import { isoText, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

export interface ReportRow {
  id: string
  deputyId: string
  stationId: string
  districtId: string
  year: number
  text: string
  figures: DutyFigures
  status: 'draft' | 'published'
  publishedAt: string | null
  paper: Tally
  version: number
  shown: boolean
}

const COLUMNS = `r.id, r.deputy_id as "deputyId", r.station_id as "stationId", r.district_id as "districtId", r.year, r.text, r.figures, r.status,
  ${isoText('r.published_at')} as "publishedAt", r.paper, r.version, ${shownSql('dutyReport', 'r.id')} as shown`

export async function reportOf(q: Queryable, deputyId: string, year: number): Promise<ReportRow | null> {
  const [row] = await q.query<ReportRow>(`select ${COLUMNS} from duty_reports r where r.deputy_id = $1 and r.year = $2`, [deputyId, year])
  return row ?? null
}
export async function reportById(q: Queryable, id: string): Promise<ReportRow | null> {
  const [row] = await q.query<ReportRow>(`select ${COLUMNS} from duty_reports r where r.id = $1`, [id])
  return row ?? null
}

/** A deputy's latest published 述职. */
export async function latestPublished(q: Queryable, deputyId: string): Promise<ReportRow | null> {
  const [row] = await q.query<ReportRow>(`select ${COLUMNS} from duty_reports r where r.deputy_id = $1 and r.status = 'published' order by r.year desc limit 1`, [deputyId])
  return row ?? null
}

/** The first draft of a year (a second caller at once gets the first's). */
export async function insertDraft(q: Queryable, r: { deputyId: string; stationId: string; districtId: string; year: number; text: string; figures: DutyFigures }): Promise<void> {
  await q.query(
    `insert into duty_reports (deputy_id, station_id, district_id, year, text, figures) values ($1, $2, $3, $4, $5, $6)
     on conflict (deputy_id, year) do nothing`,
    [r.deputyId, r.stationId, r.districtId, r.year, r.text, JSON.stringify(r.figures)],
  )
}

/** A draft's new figures, and text when given, at the version read; `publish` makes it public. False when stale or published. */
export async function saveDraft(q: Queryable, id: string, version: number | null, figures: DutyFigures, text: string | null, publish: boolean): Promise<boolean> {
  const rows = await q.query(
    `update duty_reports set figures = $3, text = coalesce($4, text), version = version + case when $4::text is null then 0 else 1 end,
            status = case when $5 then 'published' else status end, published_at = case when $5 then now() else published_at end, updated_at = now()
      where id = $1 and status = 'draft' and ($2::int is null or version = $2) returning id`,
    [id, version, JSON.stringify(figures), text, publish],
  )
  return rows.length === 1
}

export async function insertRating(q: Queryable, reportId: string, userId: string, rating: Rating, comment: string | null): Promise<boolean> {
  const rows = await q.query('insert into duty_report_ratings (report_id, user_id, rating, comment) values ($1, $2, $3, $4) on conflict do nothing returning report_id', [reportId, userId, rating, comment])
  return rows.length === 1
}

export async function setPaper(q: Queryable, id: string, paper: Tally): Promise<void> {
  await q.query('update duty_reports set paper = $2, updated_at = now() where id = $1', [id, JSON.stringify(paper)])
}

/** The online ratings of a 述职 by kind, and what `userId` gave. */
export async function ratingsOf(q: Queryable, reportId: string, userId: string | null): Promise<{ online: Tally; mine: Rating | null }> {
  const rows = await q.query<{ rating: Rating; n: number; mine: boolean }>(
    'select rating, count(*)::int as n, bool_or(user_id = $2) as mine from duty_report_ratings where report_id = $1 group by rating',
    [reportId, userId],
  )
  const online: Tally = { 满意: 0, 基本满意: 0, 不满意: 0 }
  for (const r of rows) online[r.rating] = r.n
  return { online, mine: rows.find((r) => r.mine)?.rating ?? null }
}

/** The published 述职 of a year of a station's deputies, or a district's. */
export async function publishedReportsOf(q: Queryable, where: { districtId: string; stationId: string | null }, year: number): Promise<ReportRow[]> {
  return q.query(
    `select ${COLUMNS} from duty_reports r join deputies d on d.id = r.deputy_id
      where r.district_id = $1 and ($2::uuid is null or r.station_id = $2) and r.year = $3 and r.status = 'published' order by d.code`,
    [where.districtId, where.stationId, year],
  )
}

/** A person whose account ended: their votes stay in the tally, their words go. */
export async function dropRatingWordsOf(q: Queryable, userId: string): Promise<void> {
  await q.query('update duty_report_ratings set comment = null where user_id = $1', [userId])
}
