/**
 * The port that turns `wx.login`'s code into the person's openid: WeChat's jscode2session for a
 * self-hosted weapp (adapters/wechat). CloudBase needs none: its caller is the OPENID already.
 */
export interface CodeSessions {
  /** The openid behind a login code; a VALIDATION error when the code is stale or used. */
  openidOf(code: string): Promise<string>
}
