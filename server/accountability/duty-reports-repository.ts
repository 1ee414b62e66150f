import type { DutyFigures, PaperEntry, Tally } from '../../src/core/accountability/types'
import type { Rating } from '../../src/core/cases/ratings'
import { isoText, type Queryable } from '../db/queryable'
import { accountsOfPerson } from '../identity/accounts'
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
  /** The paper votes: the sum of the entries no later entry corrects. */
  paper: Tally
  version: number
  shown: boolean
}

/** The entries of paper votes that stand: those no later entry corrects. */
const STANDING = `duty_paper_votes v where v.report_id = r.id and not exists (select 1 from duty_paper_votes w where w.corrects = v.id)`
/** A report's paper votes (needs `r`): the standing entries summed. */
export const PAPER = `(select json_build_object('满意', coalesce(sum(v.satisfied), 0), '基本满意', coalesce(sum(v.basic), 0), '不满意', coalesce(sum(v.unsatisfied), 0)) from ${STANDING})`

const COLUMNS = `r.id, r.deputy_id as "deputyId", r.station_id as "stationId", r.district_id as "districtId", r.year, r.text, r.figures, r.status,
  ${isoText('r.published_at')} as "publishedAt", ${PAPER} as paper, r.version, ${shownSql('dutyReport', 'r.id')} as shown`

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

/** A person's one rating of a 述职 (any account of theirs, a deleted one too, counts as theirs); false when they rated it already. */
export async function insertRating(q: Queryable, reportId: string, userId: string, rating: Rating, comment: string | null): Promise<boolean> {
  const rows = await q.query(
    `insert into duty_report_ratings (report_id, user_id, person_id, rating, comment) select $1, u.id, u.person_id, $3, $4 from users u where u.id = $2
     on conflict do nothing returning report_id`,
    [reportId, userId, rating, comment],
  )
  return rows.length === 1
}

/** One entry of paper votes, or the correction of an earlier one (which must stand, and be of this report); null when it cannot. */
export async function insertPaperEntry(q: Queryable, reportId: string, votes: Tally, by: string, corrects: string | null): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into duty_paper_votes (report_id, satisfied, basic, unsatisfied, corrects, entered_by)
     select $1, $2, $3, $4, $5, $6
      where $5::uuid is null or exists (select 1 from duty_paper_votes v where v.id = $5 and v.report_id = $1)
     on conflict (corrects) do nothing returning id`,
    [reportId, votes.满意, votes.基本满意, votes.不满意, corrects, by],
  )
  return row?.id ?? null
}

/** Every entry of each report's paper votes, oldest first: who entered it (by the station or office they act for), when, and what it corrects or was corrected by. */
export async function paperEntries(q: Queryable, reportIds: readonly string[]): Promise<Map<string, PaperEntry[]>> {
  if (!reportIds.length) return new Map()
  const rows = await q.query<PaperEntry & { report: string }>(
    `select v.report_id as report, v.id, v.satisfied as "满意", v.basic as "基本满意", v.unsatisfied as "不满意", ${isoText('v.entered_at')} as at,
            coalesce(case u.role when 'staff' then s.name || '工作人员' when 'office' then '人大常委会办公室' when 'admin' then '系统管理员' end, '（早先录入）') as by,
            v.corrects, (select w.id from duty_paper_votes w where w.corrects = v.id) as "correctedBy"
       from duty_paper_votes v left join users u on u.id = v.entered_by left join stations s on s.id = u.station_id
      where v.report_id = any($1::uuid[]) order by v.entered_at, v.id`,
    [reportIds],
  )
  const out = new Map<string, PaperEntry[]>()
  for (const { report, ...e } of rows) out.set(report, [...(out.get(report) ?? []), e])
  return out
}

/** The online ratings of each 述职 by kind, and what the person behind `userId` gave, in one query. */
export async function ratingsOf(q: Queryable, reportIds: readonly string[], userId: string | null): Promise<Map<string, { online: Tally; mine: Rating | null }>> {
  const rows = await q.query<{ report: string; rating: Rating; n: number; mine: boolean }>(
    `select report_id as report, rating, count(*)::int as n, coalesce(bool_or(user_id in ${accountsOfPerson('$2::uuid')}), false) as mine
       from duty_report_ratings where report_id = any($1::uuid[]) group by report_id, rating`,
    [reportIds, userId],
  )
  const out = new Map(reportIds.map((id) => [id, { online: { 满意: 0, 基本满意: 0, 不满意: 0 } as Tally, mine: null as Rating | null }]))
  for (const r of rows) {
    const of = out.get(r.report)!
    of.online[r.rating] = r.n
    if (r.mine) of.mine = r.rating
  }
  return out
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
