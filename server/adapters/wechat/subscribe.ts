import { z } from 'zod'
import { MESSAGE_VALUES, TEMPLATE_KINDS, type SubscribeTemplates } from '../../../src/core/messaging/subscribe'
import { PushError, type PushChannel } from '../../messaging/channel'

/** The part of wx-server-sdk this channel uses; tests hand in a fake of the same surface. */
export interface SubscribeSdk {
  openapi: { subscribeMessage: { send(p: Record<string, unknown>): Promise<unknown> } }
}

/** 43101: the person has not (or no longer) allowed this template. */
const REFUSED = new Set([43101])
/** A wrong openid, template id, field or page: sending again will not help. */
const INVALID = new Set([40003, 40037, 47003, 41030])

/**
 * `SUBSCRIBE_TEMPLATES`, set on the cloud functions, e.g.
 * {"status":{"id":"<template id>","fields":{"character_string1":"number","phrase2":"status","thing3":"title","time4":"time"}},
 *  "todo":{"id":"<template id>","fields":{"thing1":"title","character_string2":"number","thing3":"category","time4":"time"}}}
 */
const templatesSchema = z.partialRecord(
  z.enum(TEMPLATE_KINDS),
  z.object({ id: z.string().min(1), fields: z.record(z.string().regex(/^[a-z_]+\d+$/), z.enum(MESSAGE_VALUES)) }),
)

export function templatesFrom(json: string | undefined): SubscribeTemplates {
  if (!json) return {}
  return templatesSchema.parse(JSON.parse(json))
}

/** Subscribe messages through cloud.openapi (the function's config.json grants subscribeMessage.send). */
export function wechatPush(sdk: SubscribeSdk, templates: SubscribeTemplates): PushChannel {
  return {
    templates,
    async send(m) {
      try {
        await sdk.openapi.subscribeMessage.send({
          touser: m.openid,
          templateId: m.templateId,
          page: m.page,
          data: m.data,
          miniprogramState: 'formal',
          lang: 'zh_CN',
        })
      } catch (e) {
        const code = Number((e as { errCode?: unknown }).errCode)
        const message = (e as Error).message ?? String(e)
        throw new PushError(REFUSED.has(code) ? 'refused' : INVALID.has(code) ? 'invalid' : 'transient', message)
      }
    },
  }
}
