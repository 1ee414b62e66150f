import type { ConsultationScope } from '../../src/core/legislation/access'
import type { SplitArticle } from '../../src/core/legislation/articles'
import type { ArticleView, CommentItem, ConsultationItem, ConsultationStatus, ConsultationView } from '../../src/core/legislation/types'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

/** Who a comment is from, for counting people: the signed-in author, or the name and phone staff wrote down for someone on paper. */
export const PERSON = `case when m.entered_by is null then m.author_id::text else 'n:' || coalesce(m.name, '') || coalesce(m.phone_masked, '') end`

/** A consultation's status as it stands today: one open past its deadline is closed. */
const STATUS = `case when c.status = 'open' and c.deadline < $today::date then 'closed' else c.status end`
const status = (today: string, sql: string) => sql.replaceAll('$today', today)

/** A consultation's row: what its view shows of it, where it belongs, and whether its commenters were told. */
export interface ConsultationRow extends ConsultationScope, Pick<ConsultationView, 'id' | 'code' | 'title' | 'askedBy' | 'deadline' | 'explanation' | 'preamble' | 'status' | 'version' | 'points' | 'finalAt'> {
  notified: boolean
}

/** One consultation as it stands on `today` (its row locked when `lock`). */
export async function consultationRow(q: Queryable, f: { id?: string; code?: string }, today: string, lock = false): Promise<ConsultationRow | null> {
  const [row] = await q.query<ConsultationRow>(
    `select c.id, c.code, c.title, c.asked_by as "askedBy", to_char(c.deadline, 'YYYY-MM-DD') as deadline, c.explanation, c.preamble, c.version,
            ${status('$3', STATUS)} as status, c.district_id as "districtId", c.station_id as "stationId",
            case when c.final_at is null then null else ${isoText('c.final_at')} end as "finalAt", c.notified_at is not null as notified,
            array(select p.station_id from consultation_points p where p.consultation_id = c.id) as "pointIds",
            coalesce((select jsonb_agg(jsonb_build_object('id', s.id, 'code', s.code, 'name', s.name) order by s.code)
                        from consultation_points p join stations s on s.id = p.station_id where p.consultation_id = c.id), '[]') as points
       from consultations c where ($1::uuid is null or c.id = $1) and ($2::text is null or c.code = $2) ${lock ? 'for update of c' : ''}`,
    [f.id ?? null, f.code ?? null, today],
  )
  return row ?? null
}

/** The district's 基层立法联系点 among these codes. */
export async function pointsByCode(q: Queryable, districtId: string, codes: readonly string[]): Promise<{ id: string; code: string }[]> {
  return q.query('select id, code from stations where district_id = $1 and code = any($2::text[]) and legislative_point and active', [districtId, codes])
}

/** The district's open 基层立法联系点, by code. */
export async function pointsOf(q: Queryable, districtId: string): Promise<{ code: string; name: string }[]> {
  return q.query('select code, name from stations where district_id = $1 and legislative_point and active order by code', [districtId])
}

/** Whether the station is one of the district's open 基层立法联系点. */
export async function isPoint(q: Queryable, stationId: string): Promise<boolean> {
  return (await q.query('select 1 from stations where id = $1 and legislative_point and active', [stationId])).length > 0
}

export async function insertConsultation(
  q: Queryable,
  c: { districtId: string; code: string; title: string; askedBy: string; deadline: string; explanation: string; preamble: string; createdBy: string; stationId: string | null },
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into consultations (district_id, code, title, asked_by, deadline, explanation, preamble, created_by, station_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (code) do nothing returning id`,
    [c.districtId, c.code, c.title, c.askedBy, c.deadline, c.explanation, c.preamble, c.createdBy, c.stationId],
  )
  return row?.id ?? null
}

export async function setPoints(q: Queryable, id: string, stationIds: readonly string[]): Promise<void> {
  await q.query('insert into consultation_points (consultation_id, station_id) select $1, unnest($2::uuid[])', [id, stationIds])
}

/** Writes the articles afresh (before publishing, when nobody has commented yet). */
export async function setArticles(q: Queryable, id: string, articles: readonly (SplitArticle & { currentText: string | null })[]): Promise<void> {
  await q.query('delete from consultation_articles where consultation_id = $1', [id])
  await q.query(
    `insert into consultation_articles (consultation_id, no, label, heading, text, current_text)
     select $1, a.no, a.label, a.heading, a.text, a.current_text from jsonb_to_recordset($2::jsonb) as a(no int, label text, heading text, text text, current_text text)`,
    [id, JSON.stringify(articles.map((a) => ({ no: a.no, label: a.label, heading: a.heading, text: a.text, current_text: a.currentText })))],
  )
}


/** Moves it on, at the version read; false when someone changed it meanwhile. */
export async function setStatus(q: Queryable, id: string, to: ConsultationStatus, version: number | null): Promise<boolean> {
  const stamp = to === 'open' ? ', published_at = now()' : to === 'closed' ? ', closed_at = now()' : ''
  const rows = await q.query(
    `update consultations set status = $2${stamp}, version = version + 1, updated_at = now() where id = $1 and ($3::int is null or version = $3) returning 1`,
    [id, to, version],
  )
  return rows.length > 0
}

export async function touch(q: Queryable, id: string, version: number): Promise<boolean> {
  return (await q.query('update consultations set version = version + 1, updated_at = now() where id = $1 and version = $2 returning 1', [id, version])).length > 0
}

/** Its articles, each with how many people commented on it (its counter), and how many on the whole draft. */
export async function articlesOf(q: Queryable, id: string): Promise<{ articles: ArticleView[]; general: number }> {
  const articles = await q.query<ArticleView>(
    `select a.id, a.no, a.label, a.heading, a.text, a.current_text as "currentText", a.commenters,
            case when c.final_at is null then null
                 else (select jsonb_build_object('label', f.label, 'text', f.text, 'changed', f.changed) from consultation_finals f where f.consultation_id = a.consultation_id and f.draft_article_id = a.id) end as final
       from consultation_articles a join consultations c on c.id = a.consultation_id
      where a.consultation_id = $1 order by a.no`,
    [id],
  )
  const [{ general }] = await q.query<{ general: number }>('select general_commenters as general from consultations where id = $1', [id])
  return { articles, general }
}

/** Its articles' words alone, in order: what the alignments read. */
export async function articleTexts(q: Queryable, id: string): Promise<{ id: string; no: number; text: string; currentText: string | null }[]> {
  return q.query('select id, no, text, current_text as "currentText" from consultation_articles where consultation_id = $1 order by no', [id])
}

/** A person's own comments, each with the opinion it fed (its outcome once marked) or why it was set aside. */
export async function commentsBy(q: Queryable, id: string, authorId: string): Promise<ConsultationView['mine']> {
  return q.query(
    `select m.id, m.article_id as "articleId", m.clause, m.text, ${isoText('m.created_at')} as at, m.skip_reason as skipped,
            case when o.id is null then null else jsonb_build_object('text', o.text, 'outcome', o.outcome, 'note', o.outcome_note) end as opinion
       from consultation_comments m left join consultation_opinions o on o.id = m.opinion_id
      where m.consultation_id = $1 and m.author_id = $2 and m.entered_by is null order by m.created_at, m.id`,
    [id, authorId],
  )
}

export async function articleOf(q: Queryable, id: string, articleId: string): Promise<{ id: string; label: string } | null> {
  const [row] = await q.query<{ id: string; label: string }>('select id, label from consultation_articles where consultation_id = $1 and id = $2', [id, articleId])
  return row ?? null
}

export async function insertComment(
  q: Queryable,
  c: { consultationId: string; articleId: string | null; clause: number | null; authorId: string; text: string; name: string | null; phoneEnc: string | null; phoneMasked: string | null; enteredBy?: string; noticeId?: string; stationId?: string | null },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into consultation_comments (consultation_id, article_id, clause, author_id, text, name, phone_enc, phone_masked, entered_by, notice_id, station_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [c.consultationId, c.articleId, c.clause, c.authorId, c.text, c.name, c.phoneEnc, c.phoneMasked, c.enteredBy ?? null, c.noticeId ?? null, c.stationId ?? null],
  )
  // A person's first comment on the article (or the whole draft) adds one to its counter.
  const person = c.enteredBy ? `n:${c.name ?? ''}${c.phoneMasked ?? ''}` : c.authorId
  const first = await q.query('insert into consultation_commenters (consultation_id, article_key, person) values ($1, $2, $3) on conflict do nothing returning 1', [
    c.consultationId, c.articleId ?? '', person,
  ])
  if (first.length && c.articleId) await q.query('update consultation_articles set commenters = commenters + 1 where id = $1', [c.articleId])
  else if (first.length) await q.query('update consultations set general_commenters = general_commenters + 1 where id = $1', [c.consultationId])
  return row.id
}

/** Shown comments, newest first, for the team: one article's, the whole draft's (`articleId` null and `general`), or all. */
export async function commentPage(q: Queryable, f: { id: string; articleId: string | null; after: After | null }, limit: number): Promise<(CommentItem & { phoneEnc: string | null; pageKey: string })[]> {
  return q.query(
    `select m.id, m.article_id as "articleId", a.label as "articleLabel", m.clause, m.text, m.name, m.phone_enc as "phoneEnc", null as phone, ${isoText('m.created_at')} as at,
            m.opinion_id as "opinionId", m.skip_reason as skipped, m.entered_by is not null as entered, ${pageKey('m.created_at')}
       from consultation_comments m left join consultation_articles a on a.id = m.article_id
      where m.consultation_id = $1 and ($2::uuid is null or m.article_id = $2) and ${shownSql('comment', 'm.id')}
        and ($3::timestamptz is null or (m.created_at, m.id) < ($3, $4::uuid))
      order by m.created_at desc, m.id desc limit $5`,
    [f.id, f.articleId, f.after?.at ?? null, f.after?.id ?? null, limit],
  )
}

/** Published consultations, newest first: the caller's district's when they have one, else all. */
export async function listConsultations(
  q: Queryable,
  f: { districtId: string | null; managerOf: { districtId: string; stationId: string | null; office: boolean } | null; after: After | null; today: string; pointCode: string | null },
  limit: number,
): Promise<(ConsultationItem & { pageKey: string })[]> {
  return q.query(
    `select c.id, c.code, c.title, c.asked_by as "askedBy", to_char(c.deadline, 'YYYY-MM-DD') as deadline, ${status('$7', STATUS)} as status,
            (select count(*)::int from consultation_articles a where a.consultation_id = c.id) as articles,
            (select count(distinct ${PERSON})::int from consultation_comments m where m.consultation_id = c.id) as commenters,
            ${pageKey('c.created_at')}
       from consultations c
      where ($1::uuid is null or c.district_id = $1)
        and (c.published_at is not null or ($2::uuid is not null and c.district_id = $2 and ($4 or c.station_id = $3)))
        and ($5::timestamptz is null or (c.created_at, c.id) < ($5, $6::uuid))
        and ($9::text is null or exists (select 1 from consultation_points p join stations s on s.id = p.station_id where p.consultation_id = c.id and s.code = $9))
      order by c.created_at desc, c.id desc limit $8`,
    [f.districtId, f.managerOf?.districtId ?? null, f.managerOf?.stationId ?? null, f.managerOf?.office ?? false, f.after?.at ?? null, f.after?.id ?? null, f.today, limit, f.pointCode],
  )
}

export async function setLegislativePoint(q: Queryable, districtId: string, code: string, on: boolean): Promise<{ id: string; name: string } | null> {
  const [row] = await q.query<{ id: string; name: string }>('update stations set legislative_point = $3 where district_id = $1 and code = $2 returning id, name', [districtId, code, on])
  return row ?? null
}
