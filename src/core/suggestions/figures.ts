import type { Grade } from './states'

/** How one unit handled the suggestions handed to it in a period (建议办理情况汇总表). */
export interface UnitFigures {
  name: string
  /** Handed to it as 主办 and as 协办. */
  lead: number
  assist: number
  signedOnTime: number
  /** Of those it leads: answered, answered by the due day it had then, contact with the deputies logged. */
  answered: number
  answeredOnTime: number
  contacted: number
  grades: Record<Grade, number>
  /** The 领衔 deputies' ratings of its last answers, 满意 and 基本满意 together. */
  rated: number
  satisfied: number
  satisfactionRate: number | null
  /** Sent back once by a 不满意 (重新办理). */
  rehandled: number
  overdue: number
}

/** A deputy's suggestions of a period: led and joined, how the answered were classed, how they rated them. */
export interface DeputySuggestionFigures {
  code: string
  name: string
  led: number
  joined: number
  answered: number
  grades: Record<Grade, number>
  rated: number
  satisfied: number
  satisfactionRate: number | null
}

/** `suggestions figures`: a period's (or a session's) handling, by unit and by deputy, with the district's totals. */
export interface SuggestionFigures {
  from: string
  to: string
  session: string | null
  total: Omit<UnitFigures, 'name'>
  units: UnitFigures[]
  deputies: DeputySuggestionFigures[]
}
