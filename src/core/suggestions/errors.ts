import { clash, denied, invalid, missing, type Catalogue } from '../domain-error'
import type { SuggestionRefusal } from './transitions'

/** 建议办理: its coded failures (SUGGESTION.*). */
export const suggestionErrors = {
  validation: {
    suggestionCases: () => invalid('SUGGESTION.CASES', '只能关联本人或本站的诉求'),
    draftFor: () => invalid('SUGGESTION.DRAFT_FOR', '请选择为本站哪位代表准备建议草稿'),
    suggestionCoDeputies: () => invalid('SUGGESTION.CO_DEPUTIES', '附议代表应为本区其他在任代表'),
    suggestionUnits: () => invalid('SUGGESTION.UNITS', '请选择本区的承办单位，主办单位不能同时是协办单位'),
    suggestionDue: () => invalid('SUGGESTION.DUE', '答复期限应晚于今天'),
    suggestionMerge: () => invalid('SUGGESTION.MERGE', '并案的建议应都在待审查或待交办'),
    contactFuture: () => invalid('SUGGESTION.CONTACT_FUTURE', '联系时间不能晚于现在'),
    extensionUntil: (latest: string) => invalid('SUGGESTION.EXTEND_UNTIL', `延期后的答复期限应晚于现在的期限，且不晚于 ${latest}（交办起 6 个月）`),
    suggestionLeader: () => invalid('SUGGESTION.LEADER', '督办领导应为本区人大办的领导'),
    milestone: () => invalid('SUGGESTION.MILESTONE', '没有这个办理节点，或它已经完成'),
    progressDone: () => invalid('SUGGESTION.PROGRESS_DONE', '答复之前不能宣布办结，请先答复'),
  },
  notFound: {
    suggestion: () => missing('SUGGESTION.NOT_FOUND', '没有找到这条建议'),
    publicSuggestion: () => missing('SUGGESTION.NOT_PUBLIC', '没有找到这条建议，或它还没有公开'),
  },
  forbidden: {
    suggestionDraft: () => denied('SUGGESTION.DRAFT', '只有代表本人或本站工作人员可以起草建议'),
    suggestionMove: (why: string) => denied('SUGGESTION.FORBIDDEN', why),
  },
  conflict: {
    suggestionState: (label: string) => clash('SUGGESTION.STATE', `这条建议现在${label}，不能进行这个操作，请刷新`),
    suggestionStale: () => clash('SUGGESTION.STALE', '这条建议刚刚有了变化，请刷新后再试'),
    suggestionRefused: (why: SuggestionRefusal) => clash(`SUGGESTION.${why.toUpperCase()}`, REFUSALS[why]),
  },
} satisfies Catalogue

const REFUSALS: Record<SuggestionRefusal, string> = {
  notLead: '只有领衔代表可以这样做',
  notSigner: '只有提出或附议这条建议的代表可以这样做',
  notLeadUnit: '只有主办单位可以这样做',
  notAssistUnit: '只有协办单位可以提出协办意见',
  notSigned: '请先签收这条建议',
  noContact: '答复前请先联系代表，并登记联系情况',
  signedAlready: '已经签收过了',
  ratedAlready: '您已经评价过这次答复了',
  notInProgress: '只有 B 类答复或重点督办、且尚未办结的建议需要报告办理进展',
  notOverdue: '这条建议还没有超期，不需要督办',
  supervisedToday: '今天已经督办过这条建议了',
  extensionPending: '已经申请延期，请等待人大办审批',
  noExtension: '没有待审批的延期申请',
  redirectAsked: '已经申请调整承办单位，请等待人大办重新交办',
}
