import { safetyEvent } from '../../src/core/safety/schemas'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { decideItem, pictureResult, reportContent, reviewQueue } from '../safety/review'
import { manageWords } from '../safety/words'

/**
 * `safety`: the admin's word list, the 审核 queue (release or refuse), residents' 举报, and
 * WeChat's pushed picture results.
 */
export const safety: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(safetyEvent, raw)
  switch (e.action) {
    case 'words':
      return manageWords(ctx, e)
    case 'queue':
      return reviewQueue(ctx, e.cursor)
    case 'release':
    case 'refuse':
      return decideItem(ctx, e)
    case 'report':
      return reportContent(ctx, e)
    case 'mediaResult':
      return pictureResult(ctx, e)
  }
}
