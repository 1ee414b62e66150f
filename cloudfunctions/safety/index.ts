import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { mediaCheckPush } from '../../server/adapters/wechat/content-security'
import { safety } from '../../server/functions/safety'

const handle = cloudMain(safety)

/**
 * Also the receiver of the mini-program's message push (消息推送 to this cloud function): a
 * wxa_media_check event becomes `mediaResult`; everything else is a call like any other.
 */
export const main = (event: unknown) => handle(mediaCheckPush(event) ?? event)
