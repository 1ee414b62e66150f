import { serveJson } from './json-fake'

/**
 * A local fake of WeChat's GET /sns/jscode2session for appid wx-test and secret s3cret: a code
 * `code-<word>` signs in as openid `o-<word>`; anything else is WeChat's own error.
 */
export async function fakeJscode2session(): Promise<{ base: string; asked: string[]; close(): Promise<void> }> {
  const asked: string[] = []
  const { base, close } = await serveJson((url) => {
    asked.push(url.pathname)
    const q = Object.fromEntries(url.searchParams)
    return url.pathname !== '/sns/jscode2session' || q.appid !== 'wx-test' || q.secret !== 's3cret' || q.grant_type !== 'authorization_code'
      ? { errcode: 40013, errmsg: 'invalid appid' }
      : /^code-\w+$/.test(q.js_code ?? '')
        ? { openid: `o-${q.js_code.slice(5)}`, session_key: 'kept-by-wechat' }
        : { errcode: 40029, errmsg: 'invalid code' }
  })
  return { base, asked, close }
}
