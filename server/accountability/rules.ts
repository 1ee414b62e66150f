import { editsRules } from '../../src/core/accountability/access'
import { rulesOnDay } from '../../src/core/accountability/points'
import { DEFAULT_RULES, type PointRules } from '../../src/core/accountability/rules'
import type { PointsEvent } from '../../src/core/accountability/schemas'
import type { RulesView } from '../../src/core/accountability/types'
import { errors } from '../../src/core/errors'
import { shanghaiDay } from '../../src/core/time'
import { auditChanges } from '../audit/audit'
import type { Queryable } from '../db/queryable'
import { districtOfViewer } from '../districts/districts'
import type { FnContext } from '../runtime/context'
import { insertRuleVersion, ruleVersions } from './rules-repository'

/** The rules in force on each day for a district: its versions, the defaults before the first. */
export async function rulesOf(q: Queryable, districtId: string): Promise<(day: string) => PointRules> {
  return rulesOnDay(await ruleVersions(q, districtId))
}

/** `points rules`: the table in force today and every version; anyone signed in to the district's work reads it. */
export async function rulesView(ctx: FnContext): Promise<RulesView> {
  const user = await ctx.requireUser()
  const districtId = districtOfViewer(user)
  const versions = await ruleVersions(ctx.services.db, districtId)
  return { current: rulesOnDay(versions)(shanghaiDay(ctx.services.now())), versions }
}

/**
 * `points saveRules`: the admin's new version, in force from its day; every period from that day
 * on is scored by it when next read. A version may not start before the one it follows.
 */
export async function saveRules(ctx: FnContext, e: Extract<PointsEvent, { action: 'saveRules' }>): Promise<RulesView> {
  const user = await ctx.requireUser()
  if (!editsRules(user)) throw errors.forbidden.rulesAdminOnly()
  const { db } = ctx.services
  const districtId = districtOfViewer(user)
  await db.tx(async (q) => {
    const [latest] = await ruleVersions(q, districtId)
    if (latest && e.effectiveFrom < latest.effectiveFrom) throw errors.validation.rulesFrom()
    if ((await insertRuleVersion(q, districtId, e.version, e.effectiveFrom, e.rules, user.id)) === null) throw errors.conflict.rulesStale()
    const before = latest?.rules ?? DEFAULT_RULES
    await auditChanges(q, { actorId: user.id, actorRole: user.role }, districtId, [
      { detail: `履职积分规则（${e.effectiveFrom} 起）`, before: { ...before.kinds, 分数线: before.bands }, after: { ...e.rules.kinds, 分数线: e.rules.bands } },
    ])
  })
  return rulesView(ctx)
}
