import type { SubscribeTemplates } from '../../src/core/messaging/subscribe'

export interface PushMessage {
  openid: string
  templateId: string
  /** The mini-program page the message opens, without a leading slash. */
  page: string
  data: Record<string, { value: string }>
}

/** Why a send failed: `refused` (no quota left with WeChat), `invalid` (will never succeed), or try again. */
export class PushError extends Error {
  constructor(
    readonly reason: 'refused' | 'invalid' | 'transient',
    message: string,
  ) {
    super(message)
  }
}

/** Where pushes go beside the in-app inbox: WeChat subscribe messages, in the cloud. */
export interface PushChannel {
  templates: SubscribeTemplates
  send(message: PushMessage): Promise<void>
}
