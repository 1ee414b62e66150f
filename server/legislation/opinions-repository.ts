import type { FeedbackLine } from '../../src/core/legislation/feedback'
import type { OpinionItem, OpinionOutcome } from '../../src/core/legislation/types'
import type { Queryable } from '../db/queryable'
import { PERSON } from './consultations-repository'

/** What the opinions are written from and what becomes of them: opinions, set-aside comments, the law as passed, the feedback. */

export async function insertOpinion(q: Queryable, o: { consultationId: string; articleId: string | null; stationId: string | null; text: string; reason: string; authorId: string }): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    'insert into consultation_opinions (consultation_id, article_id, station_id, text, reason, author_id) values ($1, $2, $3, $4, $5, $6) returning id',
    [o.consultationId, o.articleId, o.stationId, o.text, o.reason, o.authorId],
  )
  return row.id
}

/** Links comments of the consultation not yet used to the opinion; answers how many it took (the others were used or are not its). */
export async function feedOpinion(q: Queryable, consultationId: string, opinionId: string, commentIds: readonly string[]): Promise<number> {
  return (
    await q.query(
      'update consultation_comments set opinion_id = $3, skip_reason = null where consultation_id = $1 and id = any($2::uuid[]) and opinion_id is null returning 1',
      [consultationId, commentIds, opinionId],
    )
  ).length
}

export async function commentOf(q: Queryable, commentId: string): Promise<{ consultationId: string; opinionId: string | null } | null> {
  const [row] = await q.query<{ consultationId: string; opinionId: string | null }>(
    'select consultation_id as "consultationId", opinion_id as "opinionId" from consultation_comments where id = $1 for update',
    [commentId],
  )
  return row ?? null
}

export async function skipComment(q: Queryable, commentId: string, reason: string): Promise<void> {
  await q.query('update consultation_comments set skip_reason = $2 where id = $1', [commentId, reason])
}

/** A consultation's opinions, the contact point's (and the office's own) when a station is named, in article order. */
export async function opinionsOf(q: Queryable, consultationId: string, stationId?: string): Promise<(OpinionItem & { original: string | null; entered: number })[]> {
  return q.query(
    `select o.id, o.article_id as "articleId", a.label as "articleLabel", s.name as station, o.text, o.reason, o.outcome, o.outcome_note as note, a.text as original,
            (select count(distinct ${PERSON})::int from consultation_comments m where m.opinion_id = o.id) as people,
            (select count(*)::int from consultation_comments m where m.opinion_id = o.id) as comments,
            (select count(*)::int from consultation_comments m where m.opinion_id = o.id and m.entered_by is not null) as entered
       from consultation_opinions o left join consultation_articles a on a.id = o.article_id left join stations s on s.id = o.station_id
      where o.consultation_id = $1 and ($2::uuid is null or o.station_id = $2 or o.station_id is null)
      order by a.no nulls last, o.created_at`,
    [consultationId, stationId ?? null],
  )
}

export async function opinionRow(q: Queryable, opinionId: string): Promise<{ id: string; consultationId: string; stationId: string | null } | null> {
  const [row] = await q.query<{ id: string; consultationId: string; stationId: string | null }>(
    'select id, consultation_id as "consultationId", station_id as "stationId" from consultation_opinions where id = $1 for update',
    [opinionId],
  )
  return row ?? null
}

export async function markOpinion(q: Queryable, opinionId: string, outcome: OpinionOutcome, note: string): Promise<void> {
  await q.query('update consultation_opinions set outcome = $2, outcome_note = $3, marked_at = now() where id = $1', [opinionId, outcome, note])
}

export async function recordSubmission(q: Queryable, consultationId: string, stationId: string, byId: string): Promise<void> {
  await q.query('insert into consultation_submissions (consultation_id, station_id, by_id) values ($1, $2, $3)', [consultationId, stationId, byId])
}

/** The figures the submission's cover gives: comments, people, forums, opinions. */
export async function submissionFigures(q: Queryable, consultationId: string): Promise<{ comments: number; people: number; forums: number; opinions: number }> {
  const [row] = await q.query<{ comments: number; people: number; forums: number; opinions: number }>(
    `select (select count(*)::int from consultation_comments m where m.consultation_id = $1) as comments,
            (select count(distinct ${PERSON})::int from consultation_comments m where m.consultation_id = $1) as people,
            (select count(distinct m.notice_id)::int from consultation_comments m where m.consultation_id = $1) as forums,
            (select count(*)::int from consultation_opinions o where o.consultation_id = $1) as opinions`,
    [consultationId],
  )
  return row
}

/** Writes the law as passed, each article matched to the draft's it came from; stamps when. */
export async function setFinal(q: Queryable, consultationId: string, articles: readonly { no: number; label: string; text: string; draftArticleId: string | null; changed: boolean }[]): Promise<void> {
  await q.query('delete from consultation_finals where consultation_id = $1', [consultationId])
  await q.query(
    `insert into consultation_finals (consultation_id, no, label, text, draft_article_id, changed)
     select $1, f.no, f.label, f.text, f.draft, f.changed from jsonb_to_recordset($2::jsonb) as f(no int, label text, text text, draft uuid, changed boolean)`,
    [consultationId, JSON.stringify(articles.map((a) => ({ no: a.no, label: a.label, text: a.text, draft: a.draftArticleId, changed: a.changed })))],
  )
  await q.query('update consultations set final_at = now(), version = version + 1, updated_at = now() where id = $1', [consultationId])
}

export async function unmarkedOpinions(q: Queryable, consultationId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>('select count(*)::int as n from consultation_opinions where consultation_id = $1 and outcome is null', [consultationId])
  return row.n
}

/** Each signed-in commenter's articles: whether each changed in the law as passed, and what became of the opinions their comments fed. */
export async function feedbackOf(q: Queryable, consultationId: string): Promise<{ userId: string; lines: FeedbackLine[] }[]> {
  return q.query(
    `select m.author_id as "userId",
            jsonb_agg(distinct jsonb_build_object('label', a.label, 'finalLabel', f.label, 'changed', case when a.id is null then null else coalesce(f.changed, true) end,
                                                  'outcome', o.outcome, 'note', o.outcome_note, 'skipped', m.skip_reason, 'no', a.no)) as lines
       from consultation_comments m
       left join consultation_articles a on a.id = m.article_id
       left join consultation_finals f on f.consultation_id = m.consultation_id and f.draft_article_id = a.id
       left join consultation_opinions o on o.id = m.opinion_id
      where m.consultation_id = $1 and m.entered_by is null
      group by m.author_id`,
    [consultationId],
  )
}

/** Marks the feedback sent, once: false when it was sent already. */
export async function markNotified(q: Queryable, consultationId: string): Promise<boolean> {
  return (await q.query('update consultations set notified_at = now() where id = $1 and notified_at is null returning 1', [consultationId])).length > 0
}
