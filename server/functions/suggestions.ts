import { suggestionsEvent } from '../../src/core/suggestions/schemas'
import { parseEvent, type FunctionHandler } from '../runtime/context'
import { cosignSuggestion, draftSuggestion, submitSuggestion, withdrawSuggestion } from '../suggestions/drafting'
import { followSuggestion } from '../suggestions/following'
import { caseGroups } from '../suggestions/grouping'
import { importSuggestions } from '../suggestions/importing'
import { deputyPhones } from '../suggestions/contacting'
import { suggestionFigures } from '../suggestions/figures'
import {
  answerSuggestion, assignSuggestion, assistView, contactDeputies, evaluateSuggestion, mergeSuggestions, reportProgress, reviewSuggestion, signSuggestion, withholdAnswer,
} from '../suggestions/handling'
import { publicList, similarSuggestions, suggestionList, suggestionView } from '../suggestions/reading'
import { decideExtensionOf, extendSuggestion, prioritizeSuggestion, redirectSuggestion, superviseSuggestion } from '../suggestions/supervising'

/** 建议办理: deputies' suggestions drafted from residents' cases, reviewed and handed out by the office, answered by the units, rated by the deputies. */
export const suggestions: FunctionHandler = async (raw, ctx) => {
  const e = parseEvent(suggestionsEvent, raw)
  switch (e.action) {
    case 'draft':
      return draftSuggestion(ctx, e)
    case 'withdraw':
      return withdrawSuggestion(ctx, e)
    case 'cosign':
      return cosignSuggestion(ctx, e)
    case 'submit':
      return submitSuggestion(ctx, e)
    case 'review':
      return reviewSuggestion(ctx, e)
    case 'merge':
      return mergeSuggestions(ctx, e)
    case 'assign':
      return assignSuggestion(ctx, e)
    case 'sign':
      return signSuggestion(ctx, e)
    case 'contact':
      return contactDeputies(ctx, e)
    case 'phones':
      return deputyPhones(ctx, e)
    case 'assistView':
      return assistView(ctx, e)
    case 'answer':
      return answerSuggestion(ctx, e)
    case 'evaluate':
      return evaluateSuggestion(ctx, e)
    case 'progress':
      return reportProgress(ctx, e)
    case 'redirect':
      return redirectSuggestion(ctx, e)
    case 'extend':
      return extendSuggestion(ctx, e)
    case 'decideExtension':
      return decideExtensionOf(ctx, e)
    case 'prioritize':
      return prioritizeSuggestion(ctx, e)
    case 'supervise':
      return superviseSuggestion(ctx, e)
    case 'withhold':
      return withholdAnswer(ctx, e)
    case 'follow':
      return followSuggestion(ctx, e)
    case 'get':
      return suggestionView(ctx, e.id)
    case 'list':
      return suggestionList(ctx, e)
    case 'public':
      return publicList(ctx, e)
    case 'groups':
      return caseGroups(ctx, e)
    case 'import':
      return importSuggestions(ctx, e)
    case 'similar':
      return similarSuggestions(ctx, e)
    case 'figures':
      return suggestionFigures(ctx, e)
  }
}
