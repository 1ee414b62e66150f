import { DEFAULT_BALLOT_RULES, type BallotRules, type Rating, type Tally } from './types'

/** An official's outcome by the district's rules: 满意 when 满意 reaches its share of the votes cast, 不满意 when 不满意 reaches its share, else 基本满意. */
export function outcomeOf(t: Tally, rules: BallotRules = DEFAULT_BALLOT_RULES): { rate: number | null; outcome: Rating | null } {
  const cast = t.满意 + t.基本满意 + t.不满意
  if (!cast) return { rate: null, outcome: null }
  const outcome: Rating = t.满意 >= cast * rules.satisfiedShare ? '满意' : t.不满意 >= cast * rules.unsatisfiedShare ? '不满意' : '基本满意'
  return { rate: (t.满意 + t.基本满意) / cast, outcome }
}

/** Whether enough of the entitled members voted for the results to stand. */
export const quorumMet = (voted: number, entitled: number, rules: BallotRules = DEFAULT_BALLOT_RULES): boolean => entitled > 0 && voted >= entitled * rules.quorumShare

/** The whole ballot, one rating for every official on it and nothing else. */
export const wholeBallot = (officialIds: readonly string[], votes: readonly { officialId: string }[]): boolean =>
  votes.length === officialIds.length && new Set(votes.map((v) => v.officialId)).size === officialIds.length && votes.every((v) => officialIds.includes(v.officialId))
