import { readsDutyOf } from '../../src/core/accountability/access'
import { bandOf, scoreRecord, totalOf, type PointItem } from '../../src/core/accountability/points'
import { periodOf } from '../../src/core/accountability/periods'
import type { PointRules } from '../../src/core/accountability/rules'
import type { PointsView, RankingRow } from '../../src/core/accountability/types'
import { shanghaiDay } from '../../src/core/time'
import type { Queryable } from '../db/queryable'
import type { FnContext } from '../runtime/context'
import { deputyAsked, scopeAsked, scopeOf } from './deputies'
import { deputiesOf, recordItems, type DeputyItem } from './record-repository'
import { rulesOf } from './rules'

/**
 * The scored items of each deputy asked, from `from` to `to`: the record is read from the 1st of
 * January of `from`'s year so each cap counts what its period held before `from`.
 */
export async function scoredItems(q: Queryable, deputyIds: readonly string[], from: string, to: string, today: string, rulesOn: (day: string) => PointRules): Promise<Map<string, PointItem[]>> {
  const items = await recordItems(q, deputyIds, periodOf(from, 'year').from, to, today)
  const byDeputy = new Map<string, DeputyItem[]>(deputyIds.map((id) => [id, []]))
  for (const i of items) byDeputy.get(i.deputyId)?.push(i)
  const scored = new Map<string, PointItem[]>()
  for (const [id, list] of byDeputy) {
    const plain = list.map(({ deputyId: _d, internal, held, ...i }) => (internal ? { ...i, label: `${i.kind}（内部活动）` } : held ? { ...i, label: `${i.kind}（内容审核中）` } : i))
    scored.set(id, scoreRecord(plain, rulesOn).filter((i) => i.at >= from))
  }
  return scored
}

/** What the public reads of an item: of a case, neither its number nor its id — a reference that names only this item of this list. */
const publicItem = (i: PointItem, n: number): PointItem => (i.source === 'case' ? { ...i, refId: `case-${n + 1}`, label: i.kind } : i)

/** `points get`: a deputy's score over a span (this quarter by default), every item naming what earned it. Public. */
export async function pointsOf(ctx: FnContext, deputyCode: string | undefined, from?: string, to?: string): Promise<PointsView> {
  const { db } = ctx.services
  const today = shanghaiDay(ctx.services.now())
  const quarter = periodOf(today, 'quarter')
  const span = { from: from ?? (to ? periodOf(to, 'quarter').from : quarter.from), to: to ?? (from ? periodOf(from, 'quarter').to : quarter.to) }
  const d = await deputyAsked(ctx, deputyCode)
  const rulesOn = await rulesOf(db, d.districtId)
  const items = (await scoredItems(db, [d.id], span.from, span.to, today, rulesOn)).get(d.id)!
  const user = await ctx.currentUser()
  const shown = user && readsDutyOf(user, scopeOf(d)) ? items : items.map(publicItem)
  const total = totalOf(shown)
  return { deputy: { code: d.code, name: d.name }, ...span, total, band: bandOf(total, rulesOn(span.to), span.from, span.to), items: shown }
}

/** `points ranking`: the district's (or one station's) deputies in office by their score over the span, ties sharing a rank. */
export async function ranking(ctx: FnContext, from: string, to: string, stationCode?: string): Promise<{ from: string; to: string; rows: RankingRow[] }> {
  const user = await ctx.requireUser()
  const { db } = ctx.services
  const { districtId, stationId } = await scopeAsked(ctx, user, stationCode)
  const deputies = await deputiesOf(db, districtId, stationId)
  const rulesOn = await rulesOf(db, districtId)
  const scored = await scoredItems(db, deputies.map((d) => d.id), from, to, shanghaiDay(ctx.services.now()), rulesOn)
  const rows = deputies
    .map((d) => ({ deputy: { code: d.code, name: d.name }, station: d.station, total: totalOf(scored.get(d.id)!) }))
    .sort((a, b) => b.total - a.total || a.deputy.code.localeCompare(b.deputy.code))
  const band = (total: number) => bandOf(total, rulesOn(to), from, to)
  let rank = 0
  return { from, to, rows: rows.map((r, i) => ({ ...r, rank: (rank = i > 0 && rows[i - 1].total === r.total ? rank : i + 1), band: band(r.total) })) }
}
