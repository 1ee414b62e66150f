/** 任后监督: officials the standing committee appointed, their commitments, and its secret 满意度测评. */

export const RATINGS = ['满意', '基本满意', '不满意'] as const
export type Rating = (typeof RATINGS)[number]

/** Product figures a commitment may be tied to, with its target. */
export const COMMITMENT_METRICS = { responseRate: '诉求响应率', resolutionRate: '诉求解决率', satisfactionRate: '群众满意率', suggestionsOnTime: '建议按期答复率' } as const
export type CommitmentMetric = keyof typeof COMMITMENT_METRICS

export interface OfficialItem {
  id: string
  name: string
  post: string
  department: { code: string; name: string }
  appointedOn: string
  termEnds: string | null
  version: number
}

export interface CommitmentItem {
  text: string
  due?: string
  figure?: { metric: CommitmentMetric; target: number }
}

export interface Commitments {
  official: Pick<OfficialItem, 'id' | 'name' | 'post' | 'department'>
  year: number
  items: CommitmentItem[]
  version: number
  updatedAt: string | null
}

/** The district's rules for a ballot's outcome: 满意 at half the votes cast, 不满意 at a third, valid at two thirds of members voting. */
export interface BallotRules {
  satisfiedShare: number
  unsatisfiedShare: number
  quorumShare: number
}
export const DEFAULT_BALLOT_RULES: BallotRules = { satisfiedShare: 1 / 2, unsatisfiedShare: 1 / 3, quorumShare: 2 / 3 }

export type Tally = Record<Rating, number>

/** One official's line of the results: online and paper together. */
export interface ResultRow {
  official: Pick<OfficialItem, 'id' | 'name' | 'post'>
  满意: number
  基本满意: number
  不满意: number
  /** (满意 + 基本满意) over votes cast; null when none were. */
  rate: number | null
  outcome: Rating | null
}

export interface BallotResults {
  title: string
  rows: ResultRow[]
  /** Members who voted online, and the paper ballots entered (the most for any official). */
  voted: number
  paper: number
  entitled: number
  /** Enough members voted for the results to stand. */
  quorum: boolean
  withheld: string | null
}

/** A line of the office's list of ballots. */
export interface BallotItem {
  id: string
  code: string
  title: string
  closesAt: string
  closed: boolean
  officials: number
  entitled: number
}

/** A ballot as a member opens it: each official with their post and unit, and whether the member has voted. */
export interface BallotView {
  id: string
  code: string
  title: string
  closesAt: string
  closed: boolean
  officials: Pick<OfficialItem, 'id' | 'name' | 'post' | 'department'>[]
  entitled: boolean
  voted: boolean
}
