import { errors } from '../../src/core/errors'
import { groupCases, type CaseGroup } from '../../src/core/suggestions/grouping'
import { containsPattern, isoText, type Queryable } from '../db/queryable'
import { districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import type { Of } from './moves'
import { deputyStation } from '../stations/stations'

/** The cases the helper reads: a year back, the newest first, at most this many (a deputy's and their station's year fits). */
const SINCE_DAYS = 365
const CANDIDATES = 600

/** Of a deputy's and their station's cases of the last year (or a station's alone), those of the category and words asked, newest first. */
async function candidates(q: Queryable, f: { districtId: string; deputyId: string | null; stationId: string | null; category: string | null; words: string | null }) {
  return q.query<Parameters<typeof groupCases>[0][number]>(
    `with since as (select now() - make_interval(days => ${SINCE_DAYS}) as at),
          theirs as (select id from cases, since where deputy_id = $2 and created_at > since.at
                     union select e.case_id from case_events e, since where e.actor_deputy_id = $2 and e.created_at > since.at
                     union select id from cases, since where station_id = $3 and created_at > since.at)
     select c.id, c.number, c.resident_id as "residentId", c.category, c.text,
            (c.location->>'latitude')::float8 as latitude, (c.location->>'longitude')::float8 as longitude, ${isoText('c.created_at')} as "createdAt"
       from cases c join theirs t on t.id = c.id
      where c.district_id = $1 and c.status <> 'withdrawn'
        and ($4::text is null or c.category = $4)
        and ($5::text is null or ((length($5) < 2 or bigrams(lower(c.text)) @> bigrams(lower($5))) and c.text ilike $6))
      order by c.created_at desc limit ${CANDIDATES}`,
    [f.districtId, f.deputyId, f.stationId, f.category, f.words, containsPattern(f.words ?? undefined)],
  )
}

/**
 * `suggestions groups`: groups of a deputy's and their station's cases (a station's staff: the
 * station's) that tell of one problem — same category, near each other or in the same words —
 * each with how many residents stand behind it, where and since when: what a suggestion is drafted from.
 */
export async function caseGroups(ctx: FnContext, e: Of<'groups'>): Promise<{ items: CaseGroup[] }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  if (user.role === 'deputy' && user.deputyId) {
    const stationId = await deputyStation(db, user.deputyId)
    return { items: groupCases(await candidates(db, { districtId: districtOfViewer(user), deputyId: user.deputyId, stationId, category: e.category ?? null, words: e.q || null })) }
  }
  if (user.role === 'staff' && user.stationId)
    return { items: groupCases(await candidates(db, { districtId: districtOfViewer(user), deputyId: null, stationId: user.stationId, category: e.category ?? null, words: e.q || null })) }
  throw errors.forbidden.suggestionMove('只有代表和联络站工作人员可以归集诉求')
}
