import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import type { Screened } from '../safety/screening'
import { holdIfDoubtful } from '../safety/screening'
import { articleOf, consultationRow, insertComment } from './consultations-repository'

/** A forum (座谈会) at a station is on a draft open for comments with the station among its contact points. */
export async function requireForumDraft(q: Queryable, consultationId: string, stationId: string, today: string): Promise<void> {
  const c = await consultationRow(q, { id: consultationId }, today)
  if (!c || c.status !== 'open' || !c.pointIds.includes(stationId)) throw errors.validation.forumDraft()
}

/**
 * What was said at a forum, recorded by its station's staff in the record's transaction: each
 * opinion a comment on its article (or the whole draft) of the forum's draft, under the speaker's
 * name, counted as theirs; words the check was unsure of wait for review.
 */
export async function recordForumComments(
  q: Queryable,
  f: { consultationId: string; noticeId: string; districtId: string; stationId: string; by: string; now: Date },
  said: readonly { articleId?: string; text: string; name?: string; phoneEnc: string | null; phoneMasked: string | null; screened: Screened }[],
): Promise<number> {
  const c = await consultationRow(q, { id: f.consultationId }, shanghaiDay(f.now))
  if (!c || c.status === 'draft') throw errors.validation.forumDraft()
  for (const s of said) {
    const article = s.articleId ? await articleOf(q, c.id, s.articleId) : null
    if (s.articleId && !article) throw errors.validation.article()
    const id = await insertComment(q, {
      consultationId: c.id, articleId: article?.id ?? null, clause: null, authorId: f.by, text: s.text, name: s.name || '座谈会发言', phoneEnc: s.phoneEnc, phoneMasked: s.phoneMasked, enteredBy: f.by, noticeId: f.noticeId, stationId: f.stationId,
    })
    await holdIfDoubtful(q, s.screened, { kind: 'comment', refId: id, districtId: f.districtId, stationId: f.stationId, authorId: f.by, content: s.text })
  }
  return said.length
}
