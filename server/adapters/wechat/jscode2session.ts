import { errors } from '../../../src/core/errors'
import type { CodeSessions } from '../../identity/wechat-login'

/** 40029: an invalid code; 40163: a code used already. The person opens the mini-program again. */
const STALE = new Set([40029, 40163])

/**
 * WeChat's `GET /sns/jscode2session` over HTTPS (`WECHAT_APPID`, `WECHAT_SECRET`; `WECHAT_API_BASE`
 * for a test's local fake of the endpoint). The session key it also answers is not kept.
 */
export function jscode2session(cfg: { appid: string; secret: string; base?: string }): CodeSessions {
  const base = cfg.base ?? 'https://api.weixin.qq.com'
  return {
    async openidOf(code) {
      const url = new URL('/sns/jscode2session', base)
      url.search = new URLSearchParams({ appid: cfg.appid, secret: cfg.secret, js_code: code, grant_type: 'authorization_code' }).toString()
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      const body = (await res.json()) as { openid?: string; errcode?: number; errmsg?: string }
      if (body.openid && !body.errcode) return body.openid
      if (STALE.has(Number(body.errcode))) throw errors.validation.loginCode()
      throw new Error(`jscode2session failed: ${body.errcode} ${body.errmsg}`)
    },
  }
}
