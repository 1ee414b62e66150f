import type { PostItem, PostKind } from '../../src/core/study/types'
import { pageKey, type After } from '../db/cursor'
import { isoText, type Queryable } from '../db/queryable'
import { shownSql } from '../safety/visibility'

export async function insertPost(q: Queryable, p: { districtId: string; stationId: string | null; kind: PostKind; title: string; body: string; authorId: string }): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    'insert into study_posts (district_id, station_id, kind, title, body, author_id) values ($1, $2, $3, $4, $5, $6) returning id',
    [p.districtId, p.stationId, p.kind, p.title, p.body, p.authorId],
  )
  return row.id
}

/** A post still up, with where it belongs; locked for its withdrawal. */
export async function postRow(q: Queryable, id: string): Promise<{ id: string; districtId: string; stationId: string | null } | null> {
  const [row] = await q.query<{ id: string; districtId: string; stationId: string | null }>(
    'select id, district_id as "districtId", station_id as "stationId" from study_posts where id = $1 and withdrawn_at is null for update',
    [id],
  )
  return row ?? null
}

export async function withdrawPost(q: Queryable, id: string): Promise<void> {
  await q.query('update study_posts set withdrawn_at = now() where id = $1', [id])
}

/**
 * Posts up and passed by the check, newest first: one station's (`stationId`), or a district's
 * (its own and its stations'), or every district's when neither is known.
 */
export async function postsPage(q: Queryable, f: { districtId: string | null; stationId: string | null; after: After | null }, limit: number): Promise<(Omit<PostItem, 'photos' | 'mine'> & { authorId: string; districtId: string; stationId: string | null; pageKey: string })[]> {
  return q.query(
    `select p.id, p.kind, p.title, p.body, ${isoText('p.created_at')} as at, p.author_id as "authorId", p.district_id as "districtId", p.station_id as "stationId",
            case when s.id is null then null else jsonb_build_object('code', s.code, 'name', s.name) end as station, ${pageKey('p.created_at')}
       from study_posts p left join stations s on s.id = p.station_id
      where p.withdrawn_at is null and ${shownSql('post', 'p.id')}
        and ($1::uuid is null or p.district_id = $1) and ($2::uuid is null or p.station_id = $2)
        and ($3::timestamptz is null or (p.created_at, p.id) < ($3, $4::uuid))
      order by p.created_at desc, p.id desc limit $5`,
    [f.districtId, f.stationId, f.after?.at ?? null, f.after?.id ?? null, limit],
  )
}
