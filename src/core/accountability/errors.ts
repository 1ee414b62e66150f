import { clash, denied, invalid, missing, type Catalogue } from '../domain-error'

/** 履职: activities, points, tasks and 述职 — their coded failures (DUTY.*). */
export const accountabilityErrors = {
  validation: {
    activityFuture: () => invalid('DUTY.FUTURE', '活动日期不能晚于今天'),
    activitySuggestion: () => invalid('DUTY.SUGGESTION', '关联的建议应为参加活动的代表已提交的建议，且活动类别为意见建议'),
    activityDeputies: () => invalid('DUTY.DEPUTIES', '请选择参加活动的代表（本区在任代表）'),
    reportYear: () => invalid('DUTY.YEAR', '只能起草今年或去年的述职报告'),
    rulesFrom: () => invalid('DUTY.RULES_FROM', '新规则的生效日期不能早于上一版本'),
  },
  notFound: {
    activity: () => missing('DUTY.ACTIVITY_NOT_FOUND', '没有找到这条履职记录'),
    dutyReport: () => missing('DUTY.REPORT_NOT_FOUND', '这位代表还没有发布述职报告'),
  },
  forbidden: {
    recordFor: () => denied('DUTY.RECORD_FOR', '只有代表本人、所在联络站的工作人员和人大办可以登记履职记录'),
    coParticipants: () => denied('DUTY.CO_PARTICIPANTS', '参加活动的代表只能是本站的代表；多个联络站代表参加的活动请由人大办统一登记'),
    verifyActivity: () => denied('DUTY.VERIFY', '履职记录由代表所在联络站的其他工作人员或人大办核实，登记人不能核实自己登记的记录'),
    dutyOf: () => denied('DUTY.READ', '只有代表本人、所在联络站和人大办可以查看'),
    rankingScope: () => denied('DUTY.RANKING', '您没有查看这个范围积分排名的权限'),
    rulesAdminOnly: () => denied('DUTY.RULES_ADMIN', '只有系统管理员可以修改积分规则'),
    deputiesReport: () => denied('DUTY.DEPUTIES_REPORT', '只有代表本人可以起草和发布述职报告'),
    residentsRate: () => denied('DUTY.RESIDENTS_RATE', '述职评议由群众参加，工作人员和代表不参与评议'),
  },
  conflict: {
    activityDecided: () => clash('DUTY.DECIDED', '这条履职记录已经处理过了，请刷新'),
    reportPublished: () => clash('DUTY.PUBLISHED', '述职报告已经发布，不能再修改'),
    reportStale: () => clash('DUTY.STALE', '述职报告刚刚被修改过，请刷新后再试'),
    ratedOnce: () => clash('DUTY.RATED', '您已经评议过这份述职报告，每人只能评议一次'),
    rulesStale: () => clash('DUTY.RULES_STALE', '积分规则刚刚被修改过，请刷新后再试'),
    paperCorrected: () => clash('DUTY.PAPER_CORRECTED', '要更正的那次录入已经更正过或不属于这份述职，请刷新后再试'),
  },
} satisfies Catalogue
