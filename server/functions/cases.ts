import { casesQueryEvent, moveEvent } from '../../src/core/cases/schemas'
import { CASE_ACTIONS, transitionOf } from '../../src/core/cases/transitions'
import { submit } from '../cases/filing'
import { makeMove } from '../cases/moves'
import { askClaimCode, claim, recordFor } from '../cases/recording'
import { previewRoute } from '../cases/routing'
import { caseFor, dispatchChoices, inboxFor, myCases, mySignals } from '../cases/reading'
import { follow, similar } from '../cases/similar'
import { parseEvent, type FunctionHandler } from '../runtime/context'

/** The move of the transitions table an event names, if it names one people make. */
const moveNamed = (raw: unknown) => {
  const name = raw && typeof raw === 'object' ? (raw as { action?: unknown }).action : undefined
  return typeof name === 'string' && (CASE_ACTIONS as readonly string[]).includes(name) ? transitionOf(name) : undefined
}

/** The five-order loop: file, read, list, and one action per move of the transitions table. */
export const cases: FunctionHandler = async (raw, ctx) => {
  const t = moveNamed(raw)
  if (t) return makeMove(ctx, t, parseEvent(moveEvent(t), raw))
  const e = parseEvent(casesQueryEvent, raw)
  switch (e.action) {
    case 'submit':
      return submit(ctx, e)
    case 'get':
      return caseFor(ctx, e.id)
    case 'listMine':
      return myCases(ctx, e.filter, e.cursor)
    case 'signals':
      return mySignals(ctx)
    case 'inbox':
      return inboxFor(ctx, e)
    case 'dispatchOptions':
      return dispatchChoices(ctx, e.id)
    case 'similar':
      return similar(ctx, e)
    case 'follow':
      return follow(ctx, e.id)
    case 'route':
      return previewRoute(ctx, e)
    case 'recordFor':
      return recordFor(ctx, e)
    case 'claimCode':
      return askClaimCode(ctx, e.phone)
    case 'claim':
      return claim(ctx, e.phone, e.code)
  }
}
