import type { suggestionsEvent } from '../../core/suggestions/schemas'
import type { SuggestionFigures } from '../../core/suggestions/figures'
import type { CaseGroup } from '../../core/suggestions/grouping'
import type { ImportResult } from '../../core/suggestions/import'
import type { PublicSuggestion, SimilarSuggestion, SuggestionItem, SuggestionView } from '../../core/suggestions/types'
import { callFunction, PUBLIC, type Args } from './call'

type A<K extends string> = Args<typeof suggestionsEvent, K>
type Page<T> = { items: T[]; cursor?: string }
const act = <K extends string>(action: K) => (e: A<K>) => callFunction<SuggestionView>('suggestions', { action, ...e })

/** 建议办理: a deputy's suggestions from drafting to the deputies' rating (subpackages only). */
export const draftSuggestion = act('draft')
export const withdrawSuggestion = act('withdraw')
export const cosignSuggestion = act('cosign')
export const submitSuggestion = act('submit')
export const reviewSuggestion = act('review')
export const assignSuggestion = act('assign')
export const signSuggestion = act('sign')
export const contactDeputies = act('contact')
export const sendAssistView = act('assistView')
export const answerSuggestion = act('answer')
export const evaluateSuggestion = act('evaluate')
export const reportProgress = act('progress')
export const withholdAnswer = act('withhold')
export const redirectSuggestion = act('redirect')
export const extendSuggestion = act('extend')
export const decideExtension = act('decideExtension')
export const prioritizeSuggestion = act('prioritize')
export const superviseSuggestion = act('supervise')
export const followSuggestion = (id: string, on: boolean) => callFunction<{ following: boolean }>('suggestions', { action: 'follow', id, on })
export const getSuggestion = (id: string) => callFunction<SuggestionView>('suggestions', { action: 'get', id })
export const listSuggestions = (e: Omit<A<'list'>, 'cursor'>, cursor?: string) => callFunction<Page<SuggestionItem>>('suggestions', { action: 'list', ...e, cursor })
/** 归集: groups of the deputy's and station's cases that tell of one problem. */
export const caseGroups = (e: Omit<A<'groups'>, 'action'>) => callFunction<{ items: CaseGroup[] }>('suggestions', { action: 'groups', ...e })
/** 建议办理统计: a period's handling by unit and by deputy (the office; a unit its own row). */
export const suggestionFiguresOf = (e: Omit<A<'figures'>, 'action'>) => callFunction<SuggestionFigures>('suggestions', { action: 'figures', ...e })
/** 往年类似建议: the district's published suggestions of earlier years like a draft's words. */
export const similarSuggestions = (e: Omit<A<'similar'>, 'action'>) => callFunction<{ items: SimilarSuggestion[] }>('suggestions', { action: 'similar', ...e })
/** The signing deputies' phones, for the lead unit's contact (each read audited). */
export const deputyPhones = (id: string) => callFunction<{ items: { code: string; name: string; phone: string | null }[] }>('suggestions', { action: 'phones', id })
/** 导入 (the office): a year's suggestions handled on paper, checked (dryRun) or written. */
export const importSuggestions = (e: Omit<A<'import'>, 'action'>) => callFunction<ImportResult>('suggestions', { action: 'import', ...e })
/** The office's boards, whole: overdue suggestions, or the 重点督办 ones. */
export const suggestionBoard = (board: 'overdue' | 'key') => callFunction<Page<SuggestionItem>>('suggestions', { action: 'list', board })
export const publicSuggestions = (cursor?: string, only: { id?: string; deputyCode?: string } = {}) =>
  callFunction<Page<PublicSuggestion>>('suggestions', { action: 'public', cursor, ...only }, PUBLIC)
