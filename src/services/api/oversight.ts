import type { oversightEvent } from '../../core/oversight/schemas'
import type { BallotItem, BallotResults, BallotView, Commitments, OfficialItem } from '../../core/oversight/types'
import type { ShownCode } from '../../core/scene'
import { callFunction, type Args } from './call'

type A<K extends string> = Args<typeof oversightEvent, K>

/** 任后监督: officials, commitments and the standing committee's secret ballot (subpackages only). */
export const officials = (cursor?: string) => callFunction<{ items: OfficialItem[]; cursor?: string }>('oversight', { action: 'officials', cursor })
export const saveOfficial = (e: A<'saveOfficial'>) => callFunction<OfficialItem>('oversight', { action: 'saveOfficial', ...e })
export const commitmentsOf = (e: A<'commitments'>) => callFunction<Commitments>('oversight', { action: 'commitments', ...e })
export const committeeMembers = () => callFunction<{ items: { id: string; name: string }[] }>('oversight', { action: 'members' })
export const ballots = () => callFunction<{ items: BallotItem[] }>('oversight', { action: 'ballots' })
export const openBallot = (e: A<'openBallot'>) => callFunction<{ id: string; code: string; qr: ShownCode | null }>('oversight', { action: 'openBallot', ...e })
export const ballotQr = (ballotId: string) => callFunction<ShownCode>('oversight', { action: 'qr', ballotId })
export const ballotOf = (e: A<'ballot'>) => callFunction<BallotView>('oversight', { action: 'ballot', ...e })
export const castVote = (e: A<'vote'>) => callFunction<{ voted: true }>('oversight', { action: 'vote', ...e })
export const enterPaper = (e: A<'paper'>) => callFunction<{ entered: true }>('oversight', { action: 'paper', ...e })
export const closeBallot = (e: A<'closeBallot'>) => callFunction<BallotResults>('oversight', { action: 'closeBallot', ...e })
export const ballotResults = (ballotId: string) => callFunction<BallotResults>('oversight', { action: 'results', ballotId })
