import type { DeputyPage } from '../../src/core/accountability/types'
import { shanghaiDay } from '../../src/core/time'
import { dutySummary } from '../accountability/summary'
import { upcomingOfDeputy } from '../reception/notices'
import type { FnContext } from '../runtime/context'
import { findDeputy } from './directory'
import { deputyFigures, publicCases } from './figures-repository'

const RECENT_SHOWN = 5

/** The public page's live part: figures from the cases, the 履职 summary, resolved cases residents allowed, and duty days. */
export async function deputyRecord(ctx: FnContext, code: string): Promise<DeputyPage> {
  const { db } = ctx.services
  const deputy = await findDeputy(db, code)
  return {
    figures: await deputyFigures(db, deputy.id),
    duty: await dutySummary(ctx, code),
    recent: await publicCases(db, deputy.id, RECENT_SHOWN),
    upcoming: await upcomingOfDeputy(db, deputy.id, shanghaiDay(ctx.services.now())),
  }
}

