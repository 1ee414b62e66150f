import type { PointRules, RuleVersion } from '../../src/core/accountability/rules'
import { isoText, type Queryable } from '../db/queryable'

/** A district's rule versions, newest first. */
export async function ruleVersions(q: Queryable, districtId: string): Promise<(RuleVersion & { createdAt: string })[]> {
  return q.query(
    `select version, to_char(effective_from, 'YYYY-MM-DD') as "effectiveFrom", rules, ${isoText('created_at')} as "createdAt"
       from point_rules where district_id = $1 order by version desc`,
    [districtId],
  )
}

/** The next version, only if `after` is still the latest (else null: someone saved meanwhile). */
export async function insertRuleVersion(q: Queryable, districtId: string, after: number, effectiveFrom: string, rules: PointRules, by: string): Promise<number | null> {
  const [row] = await q.query<{ version: number }>(
    `insert into point_rules (district_id, version, effective_from, rules, created_by)
     select $1, $2 + 1, $3, $4, $5
      where coalesce((select max(version) from point_rules where district_id = $1), 0) = $2
     on conflict do nothing returning version`,
    [districtId, after, effectiveFrom, JSON.stringify(rules), by],
  )
  return row?.version ?? null
}
