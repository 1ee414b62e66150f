import type { SubscribeSdk } from '../../server/adapters/wechat/subscribe'

/**
 * A fake of wx-server-sdk's `openapi.subscribeMessage.send` (the WeChat cloud cannot run here):
 * it records what was sent, and can be told to fail the next sends with a WeChat errCode.
 */
export function fakeSubscribeSdk() {
  const sent: Record<string, any>[] = []
  const failures: number[] = []
  const sdk: SubscribeSdk = {
    openapi: {
      subscribeMessage: {
        async send(p) {
          const errCode = failures.shift()
          if (errCode !== undefined) throw Object.assign(new Error(`errCode: ${errCode} | errMsg: openapi.subscribeMessage.send:fail`), { errCode })
          sent.push(p)
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
        },
      },
    },
  }
  return { sdk, sent, failNext: (...codes: number[]) => failures.push(...codes) }
}

/** Template configuration as a deployment sets SUBSCRIBE_TEMPLATES. */
export const TEMPLATES_JSON = JSON.stringify({
  status: { id: 'tmpl-status', fields: { character_string1: 'number', phrase2: 'status', thing3: 'body', time4: 'time' } },
  todo: { id: 'tmpl-todo', fields: { thing1: 'title', character_string2: 'number', thing3: 'category', time4: 'time' } },
  reminder: { id: 'tmpl-reminder', fields: { thing1: 'title', time2: 'time', thing3: 'category', thing4: 'body' } },
})
