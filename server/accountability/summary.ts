import { periodOf } from '../../src/core/accountability/periods'
import type { DutySummary } from '../../src/core/accountability/types'
import { shanghaiDay } from '../../src/core/time'
import type { FnContext } from '../runtime/context'
import { latestActivities } from './activities'
import { deputyOfCode } from './deputies'
import { latestReport } from './duty-reports'
import { pointsOf } from './points'

const SHOWN = 3

/** What a deputy's public page shows of their 履职: this quarter's score, the latest verified activities, the last 述职's result. */
export async function dutySummary(ctx: FnContext, code: string): Promise<DutySummary> {
  const quarter = periodOf(shanghaiDay(ctx.services.now()), 'quarter')
  const { total, band, from, to } = await pointsOf(ctx, code, quarter.from, quarter.to)
  const activities = await latestActivities(ctx, (await deputyOfCode(ctx.services.db, code)).id, SHOWN)
  const report = await latestReport(ctx, code)
  return {
    points: { label: quarter.label, from, to, total, band },
    activities,
    report: report && { year: report.year, ratings: report.ratings, rate: report.rate, verdict: report.verdict },
  }
}
