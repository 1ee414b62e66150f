import { dutyReportsEvent } from '../../src/core/accountability/schemas'
import { draftReport, paperVotes, publishReport, rateReport, reportPage, stationReports } from '../accountability/duty-reports'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 述职: the deputy drafts and publishes a year's report; residents rate it once each; staff enter paper votes; anyone reads it. */
export const dutyReports: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(dutyReportsEvent, raw)
  switch (e.action) {
    case 'draft':
      return draftReport(ctx, e.year, e.text, e.version)
    case 'publish':
      return publishReport(ctx, e.id, e.text, e.version)
    case 'rate':
      return rateReport(ctx, e.id, e.rating, e.comment)
    case 'paper':
      return paperVotes(ctx, e.id, { 满意: e.满意, 基本满意: e.基本满意, 不满意: e.不满意 }, e.corrects ?? null)
    case 'get':
      return reportPage(ctx, e.deputyCode, e.year)
    case 'station':
      return stationReports(ctx, e.year, e.stationCode)
  }
}
