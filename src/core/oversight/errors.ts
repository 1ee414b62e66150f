import { clash, denied, invalid, missing, type Catalogue } from '../domain-error'

/** 任后监督: its coded failures (OVERSIGHT.*). */
export const oversightErrors = {
  validation: {
    unit: () => invalid('OVERSIGHT.UNIT', '没有找到本区的这个单位编码'),
    officials: () => invalid('OVERSIGHT.OFFICIALS', '所选人员不都是本区的被任命人员'),
    members: () => invalid('OVERSIGHT.MEMBERS', '所选人员不都是本区的常委会组成人员'),
    closesAt: () => invalid('OVERSIGHT.CLOSES_AT', '测评结束时间应晚于现在'),
    wholeBallot: () => invalid('OVERSIGHT.WHOLE_BALLOT', '请对每一位被测评人员各作出一次评价，再一并提交'),
    paperOfficial: () => invalid('OVERSIGHT.PAPER_OFFICIAL', '这位人员不在本次测评中'),
  },
  notFound: {
    official: () => missing('OVERSIGHT.OFFICIAL_NOT_FOUND', '没有找到这位被任命人员'),
    ballot: () => missing('OVERSIGHT.BALLOT_NOT_FOUND', '没有找到这次测评'),
  },
  forbidden: {
    officials: () => denied('OVERSIGHT.OFFICIALS', '只有人大办和本区管理员可以维护被任命人员'),
    ballots: () => denied('OVERSIGHT.BALLOTS', '只有人大办可以组织满意度测评'),
    voter: () => denied('OVERSIGHT.VOTER', '您不是本次测评的常委会组成人员，不能投票'),
  },
  conflict: {
    officialStale: () => clash('OVERSIGHT.STALE', '这条记录刚刚被其他人修改过，请刷新后再改'),
    voted: () => clash('OVERSIGHT.VOTED', '您已经投过票了，每人只能提交一次'),
    ballotClosed: () => clash('OVERSIGHT.CLOSED', '这次测评已经结束'),
    ballotOpen: () => clash('OVERSIGHT.OPEN', '测评结束后才公布结果'),
  },
} satisfies Catalogue
