import { join } from 'node:path'
import * as cloud from 'wx-server-sdk'
import { DEFAULT_MESSAGES, type Envelope } from '../../../src/core/envelope'
import { openDatabase } from '../../db/database'
import { phoneKeyFrom } from '../../privacy/phone'
import { posterFonts } from '../../deputies/poster-drawing'
import { cloudMedia } from './cloud-media'
import { wechatContentCheck, type SecuritySdk } from './content-security'
import { wechatPhoneNumbers, type PhoneNumberSdk } from './phone-number'
import { templatesFrom, wechatPush, type SubscribeSdk } from './subscribe'
import { wxacode, type WxacodeSdk } from './wxacode'
import { locationServiceFrom } from '../tencent/location-service'
import { smsFrom } from '../tencent/sms'
import { invoke, type Caller, type FunctionHandler, type Services } from '../../runtime/context'

// The SDK's typings predate DYNAMIC_CURRENT_ENV as an `env` value; its docs prescribe it.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

let services: Promise<Services> | undefined

/**
 * ADMIN_BOOTSTRAP_CODE (at least 12 characters), with the district it makes: ADMIN_BOOTSTRAP_DISTRICT,
 * ADMIN_BOOTSTRAP_DIVISION_CODE (its 行政区划代码, six digits) and ADMIN_BOOTSTRAP_PREFIX.
 */
function bootstrapFrom(env: NodeJS.ProcessEnv): Services['bootstrap'] {
  const code = env.ADMIN_BOOTSTRAP_CODE?.trim()
  if (!code || code.length < 12) return undefined
  const divisionCode = env.ADMIN_BOOTSTRAP_DIVISION_CODE?.trim() ?? ''
  if (!/^\d{6}$/.test(divisionCode)) {
    console.error('ADMIN_BOOTSTRAP_CODE is set without ADMIN_BOOTSTRAP_DIVISION_CODE (the district\'s six-digit 行政区划代码): no first admin can bind')
    return undefined
  }
  return { code, district: env.ADMIN_BOOTSTRAP_DISTRICT ?? '本区', divisionCode, prefix: env.ADMIN_BOOTSTRAP_PREFIX ?? 'MS' }
}

/**
 * One store per warm container. In CloudBase the store is PostgreSQL (TencentDB) at
 * DATABASE_URL; the schema is brought up to date on the first call of a cold container.
 */
function servicesOnce(): Promise<Services> {
  services ??= (async () => {
    const url = process.env.DATABASE_URL
    if (!url) throw new Error('DATABASE_URL is not set for this cloud function')
    // In the cloud the caller is always the OPENID: demo logins are never offered.
    return {
      db: await openDatabase({ url }),
      demoLogins: false,
      now: () => new Date(),
      phoneKey: phoneKeyFrom(process.env.PHONE_KEY),
      media: cloudMedia(cloud),
      qr: wxacode(cloud as unknown as WxacodeSdk),
      // A function that draws posters ships a CJK font in its fonts/ folder (see README).
      posterFonts: posterFonts(process.env.POSTER_FONTS, join(__dirname, 'fonts')),
      phoneNumbers: wechatPhoneNumbers(cloud as unknown as PhoneNumberSdk),
      bootstrap: bootstrapFrom(process.env),
      maps: locationServiceFrom(process.env),
      sms: smsFrom(process.env),
      publicUrl: process.env.PUBLIC_URL,
      contentCheck: wechatContentCheck(cloud as unknown as SecuritySdk),
      push: wechatPush(cloud as unknown as SubscribeSdk, templatesFrom(process.env.SUBSCRIBE_TEMPLATES)),
    }
  })().catch((e) => {
    services = undefined
    throw e
  })
  return services
}

/**
 * A timer trigger: the runtime says so (TRIGGER_SRC=timer, as @cloudbase/node-sdk reads it) and
 * the event is `{ Type: 'Timer', TriggerName, Time }`, with no OPENID. The event alone proves
 * nothing: an HTTP API invocation carries no OPENID and any body its caller writes.
 */
const isTimerEvent = (event: unknown): boolean =>
  process.env.TRIGGER_SRC === 'timer' &&
  typeof event === 'object' && event !== null && String((event as { Type?: unknown }).Type).toLowerCase() === 'timer'

/**
 * How a run was started (getWXContext().SOURCE, a chain like "wx_client,scf"): these are calls —
 * from the mini-program, the IDE, WeChat's HTTP API, another function, a timer, a crawler. A
 * message push (消息推送) is none of them: WeChat itself delivers it.
 */
const CALL_SOURCES = ['wx_client', 'wx_devtools', 'wx_http', 'wx_localdebug', 'wx_trigger', 'wx_crawler', 'wx_paycallback', 'scf']
const isCall = (source: string | undefined) => !!source && source.split(',').some((s) => CALL_SOURCES.includes(s.trim()))

/**
 * Wraps a function for CloudBase: `exports.main = (event, context) => …`, caller = OPENID. With
 * `push`, the function also receives WeChat's message push: an event `push` recognises, delivered
 * by no caller (no OPENID, a source that is no call), runs as `{ kind: 'push' }` — the only way a
 * push's action is reachable.
 */
export function cloudMain(handler: FunctionHandler, opts: { push?: (event: unknown) => unknown } = {}) {
  return async (event: unknown): Promise<Envelope> => {
    let s: Services
    try {
      s = await servicesOnce()
    } catch (e) {
      console.error('[cloud start]', e)
      return { code: 'INTERNAL', data: null, message: DEFAULT_MESSAGES.INTERNAL }
    }
    const { OPENID, SOURCE } = cloud.getWXContext() as { OPENID?: string; SOURCE?: string }
    const pushed = opts.push && !OPENID && !isCall(SOURCE) ? opts.push(event) : null
    if (pushed) return invoke(handler, pushed, s, { kind: 'push' })
    const caller: Caller = OPENID ? { kind: 'openid', openid: OPENID } : isTimerEvent(event) ? { kind: 'trigger' } : { kind: 'anonymous' }
    return invoke(handler, event, s, caller)
  }
}
