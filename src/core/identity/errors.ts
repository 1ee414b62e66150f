import { clash, denied, invalid, limited, missing, unsigned, type Catalogue } from '../domain-error'

/** Sign-in, sessions, binding codes and credentials: their coded failures (AUTH.*). */
export const identityErrors = {
  unauthenticated: {
    required: () => unsigned('AUTH.REQUIRED', '登录已失效，请重新进入'),
    signIn: () => unsigned('AUTH.SIGN_IN', '账号、密码或动态码不正确'),
  },
  rateLimited: {
    signInAddress: () => limited('AUTH.ADDRESS_LIMITED', '登录失败次数过多，请 15 分钟后再试'),
    bindAttempts: () => limited('AUTH.BIND_ATTEMPTS', '绑定码输错次数过多，请一小时后再试'),
  },
  validation: {
    phoneCodeUnavailable: () => invalid('AUTH.PHONE_CODE_UNAVAILABLE', '这里不能读取微信手机号，请直接填写'),
    phoneCode: () => invalid('AUTH.PHONE_CODE', '没有取到微信手机号，请重试或直接填写'),
    bindingCode: () => invalid('AUTH.BINDING_CODE', '绑定码不正确，请核对后重新输入'),
    loginCode: () => invalid('AUTH.LOGIN_CODE', '登录凭证已失效，请重新打开小程序'),
    totpCode: () => invalid('AUTH.TOTP_CODE', '动态码不正确，请输入验证器里当前的 6 位数字'),
    secretsUnavailable: () => invalid('AUTH.SECRETS_UNAVAILABLE', '服务器没有设置密钥（PHONE_KEY），暂时不能设置动态码'),
    noPassword: () => invalid('AUTH.NO_PASSWORD', '请先设置登录密码'),
    wxLoginUnavailable: () => invalid('AUTH.WX_LOGIN_UNAVAILABLE', '这里不能用微信登录'),
  },
  notFound: {
    persona: () => missing('AUTH.PERSONA_MISSING', '演示数据中没有这个身份'),
    binding: () => missing('AUTH.BINDING_NOT_FOUND', '没有找到这个绑定码'),
    person: () => missing('AUTH.PERSON_NOT_FOUND', '没有找到这位人员'),
    /** `what`: 代表编码, 站点编码, 部门编码. */
    bindingTarget: (what: string) => missing('AUTH.BINDING_TARGET', `没有找到这个${what}，请核对`),
  },
  forbidden: {
    devLogin: () => denied('AUTH.DEV_LOGIN_DISABLED', '正式环境不提供演示登录'),
    staffAccountDeletion: () => denied('AUTH.STAFF_ACCOUNT', '工作人员账号请联系系统管理员注销'),
    passwordsStaffOnly: () => denied('AUTH.PASSWORDS_STAFF', '绑定工作身份后才能设置登录密码'),
    bindingScope: () => denied('AUTH.BINDING_SCOPE', '您不能为这个身份或范围发放绑定码'),
    bindingsManagers: () => denied('AUTH.BINDINGS_MANAGERS', '只有系统管理员、人大办和联络站工作人员可以管理绑定码'),
    currentCredentials: () => denied('AUTH.CURRENT_CREDENTIALS', '当前密码或动态码不正确，不能修改登录方式'),
    setupClosed: () => denied('AUTH.SETUP_CLOSED', '首次设置须在绑定身份后 24 小时内完成；已超时，请联系系统管理员重置登录方式'),
    resetScope: () => denied('AUTH.RESET_SCOPE', '只能重置本区工作人员的登录方式'),
  },
  conflict: {
    accountTaken: () => clash('AUTH.ACCOUNT_TAKEN', '这个账号名已被使用，请换一个'),
    bindingUsed: () => clash('AUTH.BINDING_USED', '这个绑定码已经使用过，每个绑定码只能用一次'),
    bindingExpired: () => clash('AUTH.BINDING_EXPIRED', '这个绑定码已过期（有效期 7 天），请向发放人重新申请'),
    bindingRevoked: () => clash('AUTH.BINDING_REVOKED', '这个绑定码已作废，请向发放人重新申请'),
    bindingClosed: () => clash('AUTH.BINDING_CLOSED', '这个绑定码已经使用、过期或作废'),
    lastAdmin: () => clash('AUTH.LAST_ADMIN', '至少要保留一位系统管理员'),
  },
} satisfies Catalogue
