import { oversightEvent } from '../../src/core/oversight/schemas'
import { ballotList, ballotQr, ballotResults, ballotView, castVote, closeBallot, enterPaper, memberList, openBallot } from '../oversight/ballots'
import { commitmentsView, officialList, saveCommitments, saveOfficial } from '../oversight/officials'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** 任后监督: the officials the standing committee appointed, their commitments, and its secret 满意度测评. */
export const oversight: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(oversightEvent, raw)
  switch (e.action) {
    case 'officials':
      return officialList(ctx, e)
    case 'saveOfficial':
      return saveOfficial(ctx, e)
    case 'commitments':
      return commitmentsView(ctx, e)
    case 'saveCommitments':
      return saveCommitments(ctx, e)
    case 'members':
      return memberList(ctx)
    case 'ballots':
      return ballotList(ctx)
    case 'openBallot':
      return openBallot(ctx, e)
    case 'qr':
      return ballotQr(ctx, e)
    case 'ballot':
      return ballotView(ctx, e)
    case 'vote':
      return castVote(ctx, e)
    case 'paper':
      return enterPaper(ctx, e)
    case 'closeBallot':
      return closeBallot(ctx, e)
    case 'results':
      return ballotResults(ctx, e)
  }
}
