import { accountabilityErrors } from './accountability/errors'
import { clash, denied, invalid, limited, missing, type Catalogue } from './domain-error'
import { identityErrors } from './identity/errors'
import { legislationErrors } from './legislation/errors'
import { studyErrors } from './study/errors'
import { oversightErrors } from './oversight/errors'
import { suggestionErrors } from './suggestions/errors'

export { DomainError, isDomainError } from './domain-error'

/** The codes of the loop and of the features without a catalogue of their own. */
const base = {
  rateLimited: {
    exportRunning: () => limited('EXPORT.RUNNING', '您有一个导出正在进行，请等它完成后再导出'),
    submissions: (n: number, per: '每小时' | '每天') =>
      limited('CASE.RATE_LIMITED', `提交太频繁：${per}最多提交 ${n} 条诉求，请稍后再试。您填写的内容已保存。`),
    uploads: (why: string) => limited('MEDIA.RATE_LIMITED', `${why}，请稍后再试。您填写的内容已保存。`),
    places: () => limited('PLACE.RATE_LIMITED', '查找地点太频繁，请一分钟后再试'),
    smsTooSoon: (seconds: number) => limited('SMS.TOO_SOON', `验证码刚刚发过，请 ${seconds} 秒后再获取`),
    smsNumber: () => limited('SMS.RATE_LIMITED', '这个号码收到的短信太多，请明天再试，或联系联络站'),
  },
  validation: {
    /** The first problem zod found in an event, in the schema's own words. */
    event: (path: string, message: string) => invalid(`EVENT.${path || 'INVALID'}`, message),
    categoryUnknown: () => invalid('CASE.CATEGORY_UNKNOWN', '请选择列表中的类别'),
    /** A district record's problems, each naming its column. */
    dataInvalid: (problems: string) => invalid('DATA.INVALID', problems),
    noDistrict: () => invalid('CASE.NO_DISTRICT', '请扫描代表或联络站的二维码提交诉求'),
    phoneUnavailable: () => invalid('CASE.PHONE_UNAVAILABLE', '暂时无法留下手机号，请不填手机号再提交'),
    departmentUnknown: () => invalid('CASE.DEPARTMENT_UNKNOWN', '请选择本区的承办部门'),
    mergeTarget: () => invalid('CASE.MERGE_TARGET', '请选择您负责的另一条诉求进行合并'),
    mediaUnavailable: () => invalid('MEDIA.UNAVAILABLE', '暂时无法上传照片和视频，请只填写文字'),
    exportUnavailable: () => invalid('EXPORT.UNAVAILABLE', '暂时无法导出文件，请稍后再试'),
    exportTooMany: (max: number) => invalid('EXPORT.TOO_MANY', `要导出的诉求超过 ${max.toLocaleString('en')} 条，请缩短时间范围或加上筛选条件后再导出`),
    jurisdictionNeeded: () => invalid('OPEN311.JURISDICTION_NEEDED', '请指定 jurisdiction_id'),
    mediaGone: () => invalid('MEDIA.GONE', '有附件已失效，请删除后重新添加'),
    /** Too many photos, videos or documents on one case, result or suggestion; the problem as core/media says it. */
    mediaTooMany: (problem: string) => invalid('MEDIA.TOO_MANY', problem),
    cursor: () => invalid('LIST.CURSOR', '翻页参数无效，请刷新后再试'),
    unreadableText: () => invalid('EVENT.UNREADABLE_TEXT', '内容中有无法识别的字符，请删除后再试'),
    mediaType: () => invalid('MEDIA.TYPE', '只能上传照片（JPG、PNG、HEIC 等）、视频（MP4、MOV）或 PDF 文件'),
    wordFile: () => invalid('MEDIA.WORD', '请上传草案的 Word 文件（.docx）；.doc 请先另存为 .docx'),
    mediaUnreadable: () => invalid('MEDIA.UNREADABLE', '无法读取这段视频，请重新拍摄后上传'),
    mediaTooLarge: (problem: string) => invalid('MEDIA.TOO_LARGE', problem),
    deputyPhoneUnavailable: () => invalid('DEPUTY.PHONE_UNAVAILABLE', '暂时无法保存电话，请不填电话提交'),
    deputyPhoto: () => invalid('DEPUTY.PHOTO', '照片已失效，请重新上传一张照片'),
    /** `what`: 二维码, 海报. */
    qrUnavailable: (what: string) => invalid('QR.UNAVAILABLE', `暂时无法生成${what}`),
    /** `where`: 值班表, 接待代表, 到场代表. */
    outsideDeputies: (where: string) => invalid('STATION.OUTSIDER', `${where}里只能安排本站的代表`),
    noticePast: () => invalid('NOTICE.PAST', '接待日期已经过去，请重新选择'),
    recordEarly: () => invalid('RECORD.EARLY', '接待日还没到，请在接待之后登记'),
    recordNotADay: () => invalid('RECORD.NOT_A_DAY', '这一天不是这条公告的接待日'),
    smsUnavailable: () => invalid('SMS.UNAVAILABLE', '暂时无法发送短信，请稍后再试或联系联络站'),
    smsCodeWrong: (left: number) => invalid('SMS.CODE_WRONG', `验证码不正确，还可以再试 ${left} 次`),
    smsCodeExpired: () => invalid('SMS.CODE_EXPIRED', '验证码已失效，请重新获取'),
    /** `what`: 诉求内容, 办理记录, 接待公告 …: the content check refused it (the draft stays). */
    contentRisky: (what: string) => invalid('SAFETY.RISKY', `${what}含有不宜发布的内容，请修改后再提交。您填写的内容已保存。`),
  },
  notFound: {
    case: () => missing('CASE.NOT_FOUND', '没有找到这条诉求'),
    deputy: () => missing('DEPUTY.NOT_FOUND', '没有找到这位代表，二维码可能已失效'),
    station: () => missing('STATION.NOT_FOUND', '没有找到这个联络站'),
    dataRecord: () => missing('DATA.NOT_FOUND', '没有找到这条记录，可能已被删除，请刷新'),
    notice: () => missing('NOTICE.NOT_FOUND', '这个接待日已取消或不存在'),
    slot: () => missing('SLOT.NOT_FOUND', '没有找到这个时段'),
    appointment: () => missing('APPOINTMENT.NOT_FOUND', '没有找到这个预约'),
    upload: () => missing('MEDIA.MISSING', '文件没有上传完成，请重新添加'),
    jurisdiction: () => missing('OPEN311.JURISDICTION', '没有这个 jurisdiction_id（本区的行政区划代码，如 140403，或诉求编号前缀）'),
    openService: () => missing('OPEN311.SERVICE', '没有这个 service_code'),
    openRoute: () => missing('OPEN311.ROUTE', '没有这个地址；Open311 的地址见 /open311/discovery.json'),
    publicCase: () => missing('OPEN311.REQUEST', '没有这件诉求，或它不公开'),
    screening: () => missing('SAFETY.NOT_FOUND', '没有找到这条待审核的内容'),
    reportTarget: () => missing('SAFETY.REPORT_TARGET', '没有找到要举报的内容，它可能已不再公开'),
  },
  forbidden: {
    triggerOnly: () => denied('TIMER.TRIGGER_ONLY', '您没有权限进行此操作'),
    pushOnly: () => denied('SAFETY.PUSH_ONLY', '您没有权限进行此操作'),
    /** `verb`: the move's label (受理, 派单 …). */
    roleCannot: (verb: string) => denied('CASE.ROLE_CANNOT', `您的身份不能${verb}`),
    notHandler: (verb: string) => denied('CASE.NOT_HANDLER', `这条诉求不由您${verb}`),
    inboxHandlersOnly: () => denied('CASE.INBOX_HANDLERS_ONLY', '只有办理人员可以查看待办'),
    followResidents: () => denied('CASE.FOLLOW_RESIDENTS', '只有群众可以关注诉求'),
    noDistrict: () => denied('DISTRICT.NONE', '您的账号没有所属的区县，请联系系统管理员重新绑定身份'),
    fileResidents: () => denied('CASE.FILE_RESIDENTS', '诉求由群众提交；工作人员请用“代为登记”记录群众反映的问题'),
    claimResidents: () => denied('CASE.CLAIM_RESIDENTS', '请用群众身份认领诉求'),
    /** `what`: 编排值班表, 发布接待公告, 审核代表资料 … */
    notStationStaff: (what: string) => denied('STATION.NOT_STAFF', `只有本站工作人员可以${what}`),
    posterForbidden: () => denied('DEPUTY.POSTER_FORBIDDEN', '只有代表本人和所在联络站的工作人员可以下载海报'),
    deputyOnly: () => denied('DEPUTY.ONLY', '只有代表本人可以编辑资料'),
    recordsForbidden: () => denied('NOTICE.RECORDS_FORBIDDEN', '只有本站工作人员和接待代表可以查看征集的问题和接待记录'),
    auditAdminOnly: () => denied('AUDIT.ADMIN_ONLY', '只有系统管理员可以查看访问记录'),
    residentsBook: () => denied('APPOINTMENT.RESIDENTS', '约见由群众预约'),
    notAppointmentHandler: () => denied('APPOINTMENT.NOT_HANDLER', '只有被约见的代表或本站工作人员可以处理'),
    statsScope: () => denied('STATS.FORBIDDEN', '您没有查看这些统计的权限'),
    notUploader: () => denied('MEDIA.NOT_OWNER', '只能添加您自己上传的文件'),
    districtAdminOnly: () => denied('ADMIN.ONLY', '只有系统管理员可以导入和导出本区数据'),
    wordsAdminOnly: () => denied('SAFETY.WORDS_ADMIN_ONLY', '只有系统管理员可以维护敏感词'),
    reviewersOnly: () => denied('SAFETY.REVIEWERS_ONLY', '只有联络站工作人员、人大办和系统管理员可以审核内容'),
    notReviewer: () => denied('SAFETY.NOT_REVIEWER', '这条内容不由您审核'),
  },
  conflict: {
    /** `status`: the state's label; `verb`: the move's. */
    invalidTransition: (status: string, verb: string) => clash('CASE.INVALID_TRANSITION', `这条诉求当前${status}，不能${verb}`),
    reopenOnce: () => clash('CASE.REFUSED', '每条诉求只能申请重新办理一次'),
    reopenNotUnsatisfied: () => clash('CASE.REFUSED', '只有对办理结果不满意时才能申请重新办理'),
    urgeNotOverdue: () => clash('CASE.REFUSED', '还在办理时限内，超期后才能催办'),
    urgeOnce: () => clash('CASE.REFUSED', '这一环节已经催办过了，办理人员和人大常委会办公室都已收到'),
    superviseNotOverdue: () => clash('CASE.REFUSED', '这件诉求还在办理时限内，超期后才能督办'),
    superviseDaily: () => clash('CASE.REFUSED', '今天已督办过这件诉求，明天可再次督办'),
    caseStale: () => clash('CASE.STALE', '这条诉求刚刚有了新进展，请刷新后再试'),
    mergeClosed: () => clash('CASE.MERGE_CLOSED', '要合并到的诉求已经结束'),
    followClosed: () => clash('CASE.FOLLOW_CLOSED', '这条诉求已经办结，不能再关注，您可以提交新的诉求'),
    noticeOver: () => clash('NOTICE.OVER', '这个接待日已经结束，请直接向代表反映'),
    noticeStale: () => clash('NOTICE.STALE', '这条公告刚刚被修改过，请刷新后再试'),
    noticeCancelled: () => clash('NOTICE.CANCELLED', '这条公告已经取消'),
    recordExists: () => clash('RECORD.EXISTS', '这一天的接待记录已经登记过了'),
    slotCancelled: () => clash('SLOT.CANCELLED', '这个时段已经取消，请重新选择'),
    oneAppointmentADay: () => clash('APPOINTMENT.ONE_A_DAY', '您已预约了这一天的接待，每人每天预约一个时段'),
    slotPast: () => clash('SLOT.PAST', '这个时段已经过去，请选择其他时段'),
    appointmentClosed: () => clash('APPOINTMENT.CLOSED', '这个预约已经取消或被婉拒'),
    appointmentConfirmed: () => clash('APPOINTMENT.CONFIRMED', '这个预约已经确认'),
    appointmentWaitlisted: () => clash('APPOINTMENT.WAITLISTED', '候补中的预约不能确认'),
    profileDecided: () => clash('DEPUTY.CHANGE_DECIDED', '这份资料修改已处理或已被代表更新，请刷新'),
    deputyRetired: () => clash('DEPUTY.RETIRED', '这位代表已离任，不能绑定'),
    deputyLeftOffice: () => clash('DEPUTY.RETIRED', '这位代表已离任，请向所在联络站反映问题'),
    dataExists: (what: string) => clash('DATA.EXISTS', `${what}已经存在，请修改已有的记录`),
    dataStale: () => clash('DATA.STALE', '这条记录刚刚被其他人修改过，请刷新后再改'),
    dataInUse: (why: string) => clash('DATA.IN_USE', why),
    districtNameTaken: () => clash('DATA.NAME_TAKEN', '已有同名的区县'),
    districtCodeTaken: () => clash('DATA.CODE_TAKEN', '已有区县使用这个行政区划代码'),
    screeningStale: () => clash('SAFETY.STALE', '这条内容已有人处理，请刷新后再看'),
  },
} satisfies Catalogue

type Group = keyof Catalogue
type Merged<P extends readonly Catalogue[]> = { [G in Group]: UnionToIntersection<P[number] extends infer C ? (C extends Catalogue ? (G extends keyof C ? C[G] : never) : never) : never> }
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never

/** Each capability's catalogue laid into one, group by group: still one place to look a code up. */
function assemble<P extends readonly Catalogue[]>(...parts: P): Merged<P> {
  const groups: Group[] = ['unauthenticated', 'rateLimited', 'validation', 'notFound', 'forbidden', 'conflict']
  return Object.fromEntries(groups.map((g) => [g, Object.assign({}, ...parts.map((p) => p[g] ?? {}))])) as Merged<P>
}

/**
 * The catalogue: every reason code once, with its envelope code and its one message. Grouped
 * by envelope code, so a throw site reads what the caller will get: `throw errors.notFound.case()`.
 * A capability keeps its own codes in core/<feature>/errors.ts; they are assembled here.
 */
export const errors = assemble(base, identityErrors, accountabilityErrors, suggestionErrors, legislationErrors, studyErrors, oversightErrors)
