import { signedSuggestion as signed, suggestionFiguresOf as figures } from './links-repository'

/** What the 履职 record asks of suggestions: whether an activity may name one, and a deputy's year of them for the 述职. */
export const signedSuggestion = signed
export const suggestionFiguresOf = figures
