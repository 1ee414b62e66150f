import type { SimilarCase } from '../../core/cases/duplicates'
import type { MovePayload } from '../../core/cases/payloads'
import type { casesQueryEvent } from '../../core/cases/schemas'
import type { PersonAction } from '../../core/cases/transitions'
import type { CaseDetail, CaseSummary, DispatchOptions, SubmittedCase } from '../../core/cases/types'
import type { RoutePreview } from '../../core/places/types'
import { callFunction, PUBLIC, type Args } from './call'

/** `cases`: the five-order loop. */
type Q<A extends string> = Args<typeof casesQueryEvent, A>

export const submitCase = (e: Q<'submit'>) => callFunction<SubmittedCase>('cases', { action: 'submit', ...e })
export const getCase = (id: string) => callFunction<CaseDetail>('cases', { action: 'get', id })
/** A page of cases, and where the next one starts. */
export interface CasePage {
  items: CaseSummary[]
  cursor?: string
}

export const myCases = (filter: Q<'listMine'>['filter'] = 'all', cursor?: string) => callFunction<CasePage>('cases', { action: 'listMine', filter, cursor })
/** Unread 消息 and 待评价, for the tab bar's badge and home. */
export const mySignals = () => callFunction<{ unread: number; toRate: number }>('cases', { action: 'signals' })
/** A handler's cases: a tab, what they search for, and the page. */
export type InboxQuery = Omit<Q<'inbox'>, 'cursor'>
export const caseInbox = (e: InboxQuery, cursor?: string) => callFunction<CasePage>('cases', { action: 'inbox', ...e, cursor })
export const similarCases = (e: Q<'similar'>) => callFunction<{ items: SimilarCase[] }>('cases', { action: 'similar', ...e })
/** Where a concern would go before it is sent; anyone may ask. */
export const routeCase = (e: Q<'route'>) => callFunction<RoutePreview>('cases', { action: 'route', ...e }, PUBLIC)
export const followCase = (id: string) => callFunction<CaseDetail>('cases', { action: 'follow', id })
export const dispatchOptions = (id: string) => callFunction<DispatchOptions>('cases', { action: 'dispatchOptions', id })

/** One move of the transitions table, at the version the person saw; answers the case as it now is. */
export const moveCase = <A extends PersonAction>(action: A, c: { id: string; version: number }, payload: MovePayload<A>) =>
  callFunction<CaseDetail>('cases', { action, id: c.id, version: c.version, ...payload })

/** Staff record a phone call or a visit for a person without the mini-program. */
export const recordForPerson = (e: Q<'recordFor'>) => callFunction<SubmittedCase>('cases', { action: 'recordFor', ...e })
/** A code to the phone staff recorded one's cases under. */
export const askClaimCode = (phone: string) => callFunction<{ sentTo: string }>('cases', { action: 'claimCode', phone })
export const claimCases = (phone: string, code: string) => callFunction<{ claimed: { id: string; number: string }[] }>('cases', { action: 'claim', phone, code })
