import { clash, denied, invalid, missing, type Catalogue } from '../domain-error'

/** 基层立法联系点: its coded failures (LEGISLATION.*). */
export const legislationErrors = {
  validation: {
    noArticles: () => invalid('LEGISLATION.NO_ARTICLES', '没有找到“第一条”这样的条文，请检查草案文本'),
    points: () => invalid('LEGISLATION.POINTS', '请选择本区的基层立法联系点'),
    deadline: () => invalid('LEGISLATION.DEADLINE', '征求意见截止日期应晚于今天'),
    article: () => invalid('LEGISLATION.ARTICLE', '没有这一条，请刷新后再选'),
    articlesOrder: () => invalid('LEGISLATION.ARTICLES', '条文应从第一条起依次编号，每条都要有内容'),
    forumDraft: () => invalid('LEGISLATION.FORUM', '请选择本联系点正在征求意见的草案'),
    opinionComments: () => invalid('LEGISLATION.OPINION_COMMENTS', '所选意见不属于这部草案，或已归入其他修改建议'),
    commentUsed: () => invalid('LEGISLATION.COMMENT_USED', '这条意见已归入修改建议，不能再标为不采纳'),
    expertCode: () => invalid('LEGISLATION.EXPERT_CODE', '本区已有这个专家编码，请换一个'),
  },
  notFound: {
    consultation: () => missing('LEGISLATION.NOT_FOUND', '没有找到这部草案，或它还没有公布'),
    comment: () => missing('LEGISLATION.COMMENT_NOT_FOUND', '没有找到这条意见'),
    opinion: () => missing('LEGISLATION.OPINION_NOT_FOUND', '没有找到这条修改建议'),
    expert: () => missing('LEGISLATION.EXPERT_NOT_FOUND', '专家库里没有这位专家'),
  },
  forbidden: {
    consultationManage: () => denied('LEGISLATION.MANAGE', '只有人大办或本联系点的工作人员可以管理这部草案'),
    consultationTeam: () => denied('LEGISLATION.TEAM', '只有参与征求意见的联系点工作人员、代表和人大办可以查看意见'),
    pointAdmin: () => denied('LEGISLATION.POINT_ADMIN', '只有本区管理员可以设置基层立法联系点'),
    opinionWork: () => denied('LEGISLATION.OPINION_WORK', '只有人大办、参与的联系点工作人员和本区立法联系点专家可以整理意见'),
    experts: () => denied('LEGISLATION.EXPERTS', '只有本区管理员和人大办可以管理专家库'),
  },
  conflict: {
    consultationState: (label: string) => clash('LEGISLATION.STATE', `这部草案${label}，不能进行这个操作，请刷新`),
    consultationStale: () => clash('LEGISLATION.STALE', '这部草案刚刚有了变化，请刷新后再试'),
    finalFirst: () => clash('LEGISLATION.FINAL_FIRST', '请先载入通过的正式文本'),
    unmarked: (n: number) => clash('LEGISLATION.UNMARKED', `还有 ${n} 条修改建议没有标明采纳情况`),
    notified: () => clash('LEGISLATION.NOTIFIED', '已经通知过提意见的群众'),
    consultantInactive: () => clash('LEGISLATION.EXPERT_INACTIVE', '这位专家已停用，不能绑定'),
    summaryEarly: () => clash('LEGISLATION.SUMMARY_EARLY', '征求意见结束后才能公布意见综述'),
  },
} satisfies Catalogue
