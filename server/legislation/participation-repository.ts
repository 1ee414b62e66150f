import type { DraftFigures, Participation, PointFigures } from '../../src/core/legislation/types'
import { isoText, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'
import { PERSON } from './consultations-repository'

/** Follows a draft, or stops; true when the caller follows it now. */
export async function setFollowing(q: Queryable, consultationId: string, userId: string, on: boolean): Promise<boolean> {
  if (on) await q.query('insert into consultation_followers (consultation_id, user_id) values ($1, $2) on conflict do nothing', [consultationId, userId])
  else await q.query('delete from consultation_followers where consultation_id = $1 and user_id = $2', [consultationId, userId])
  return on
}

export async function follows(q: Queryable, consultationId: string, userId: string): Promise<boolean> {
  return (await q.query('select 1 from consultation_followers where consultation_id = $1 and user_id = $2', [consultationId, userId])).length > 0
}

/** Followers who commented nowhere on it (the commenters hear of it through their own feedback). */
export async function quietFollowers(q: Queryable, consultationId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(
    `select f.user_id as id from consultation_followers f join users u on u.id = f.user_id and u.deleted_at is null
      where f.consultation_id = $1 and not exists (select 1 from consultation_comments m where m.consultation_id = $1 and m.author_id = f.user_id and m.entered_by is null)`,
    [consultationId],
  )).map((r) => r.id)
}

/** Everyone who follows it or commented on it (signed in): who hears the summary. */
export async function followersAndCommenters(q: Queryable, consultationId: string): Promise<string[]> {
  return (await q.query<{ id: string }>(
    `select f.user_id as id from consultation_followers f join users u on u.id = f.user_id and u.deleted_at is null where f.consultation_id = $1
     union select m.author_id from consultation_comments m join users u on u.id = m.author_id and u.deleted_at is null where m.consultation_id = $1 and m.entered_by is null`,
    [consultationId],
  )).map((r) => r.id)
}

export async function setSummary(q: Queryable, consultationId: string, text: string): Promise<void> {
  await q.query('update consultations set summary = $2, summary_at = now(), version = version + 1, updated_at = now() where id = $1', [consultationId, text])
}

export async function summaryOf(q: Queryable, consultationId: string): Promise<{ text: string; at: string } | null> {
  const [row] = await q.query<{ text: string | null; at: string }>(`select summary as text, ${isoText('summary_at')} as at from consultations where id = $1`, [consultationId])
  return row?.text ? { text: row.text, at: row.at } : null
}

/** Who took part and what came of it, for its public page. */
export async function participationOf(q: Queryable, consultationId: string): Promise<Participation> {
  const [row] = await q.query<Participation>(
    `select (select count(distinct ${PERSON})::int from consultation_comments m where m.consultation_id = $1) as people,
            (select count(*)::int from consultation_comments m where m.consultation_id = $1) as comments,
            (select count(distinct m.notice_id)::int from consultation_comments m where m.consultation_id = $1) as forums,
            (select count(*)::int from consultation_opinions o where o.consultation_id = $1) as opinions,
            (select count(distinct s.station_id)::int from consultation_submissions s where s.consultation_id = $1) as submitted,
            (select count(*)::int from consultation_opinions o where o.consultation_id = $1 and o.outcome = '采纳') as adopted,
            (select count(*)::int from consultation_opinions o where o.consultation_id = $1 and o.outcome = '部分采纳') as "partlyAdopted"`,
    [consultationId],
  )
  return row
}

/**
 * A district's contact points over a year (of drafts published that year): drafts joined, forums,
 * comments and people that came through each, the opinions written there, sent, and adopted (fully or in part).
 */
export async function pointFigures(q: Queryable, districtId: string, year: number): Promise<PointFigures[]> {
  return q.query(
    `with drafts as (
       select c.id, p.station_id from consultations c join consultation_points p on p.consultation_id = c.id
        where c.district_id = $1 and c.published_at is not null and extract(year from c.published_at at time zone 'Asia/Shanghai') = $2)
     select s.code, s.name, s.street,
            (select count(*)::int from drafts d where d.station_id = s.id) as consultations,
            (select count(distinct m.notice_id)::int from consultation_comments m join drafts d on d.id = m.consultation_id and d.station_id = s.id where m.station_id = s.id) as forums,
            (select count(*)::int from consultation_comments m join drafts d on d.id = m.consultation_id and d.station_id = s.id where m.station_id = s.id) as comments,
            (select count(distinct ${PERSON})::int from consultation_comments m join drafts d on d.id = m.consultation_id and d.station_id = s.id where m.station_id = s.id) as people,
            (select count(*)::int from consultation_opinions o join drafts d on d.id = o.consultation_id and d.station_id = s.id where o.station_id = s.id) as opinions,
            (select count(distinct x.consultation_id)::int from consultation_submissions x join drafts d on d.id = x.consultation_id and d.station_id = s.id where x.station_id = s.id) as submitted,
            (select count(*)::int from consultation_opinions o join drafts d on d.id = o.consultation_id and d.station_id = s.id
              where o.station_id = s.id and o.outcome in ('采纳', '部分采纳')) as adopted
       from stations s
      where s.district_id = $1 and (s.legislative_point or exists (select 1 from drafts d where d.station_id = s.id))
      order by s.code`,
    [districtId, year],
  )
}

/** One draft's people per article, and people and comments by the street of the point each came through. */
export async function draftFigures(q: Queryable, consultationId: string): Promise<Omit<DraftFigures, 'title'>> {
  const articles = await q.query<DraftFigures['articles'][number]>('select id, label, commenters from consultation_articles where consultation_id = $1 order by no', [consultationId])
  const [{ general }] = await q.query<{ general: number }>('select general_commenters as general from consultations where id = $1', [consultationId])
  const streets = await q.query<DraftFigures['streets'][number]>(
    `select coalesce(s.street, '') as street, count(distinct ${PERSON})::int as people, count(*)::int as comments
       from consultation_comments m left join stations s on s.id = m.station_id
      where m.consultation_id = $1 group by 1 order by people desc, street`,
    [consultationId],
  )
  return { articles, general, streets }
}

/** A comment as the raw export for the asking body lists it. */
export interface CommentRow { label: string | null; clause: number | null; text: string; source: string; point: string | null; at: string; opinion: string | null; skipped: string | null }

/** Every shown comment in article order; no name or phone (those were left for the staff alone). */
export async function commentRows(q: Queryable, consultationId: string): Promise<CommentRow[]> {
  return q.query(
    `select a.label, m.clause, m.text, case when m.notice_id is not null then '座谈会' when m.entered_by is not null then '工作人员记录' else '群众线上' end as source,
            s.name as point, ${isoText('m.created_at')} as at, o.text as opinion, m.skip_reason as skipped
       from consultation_comments m left join consultation_articles a on a.id = m.article_id
       left join stations s on s.id = m.station_id left join consultation_opinions o on o.id = m.opinion_id
      where m.consultation_id = $1 and ${shownSql('comment', 'm.id')}
      order by a.no nulls first, m.created_at, m.id`,
    [consultationId],
  )
}
