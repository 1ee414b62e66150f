import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { mediaCheckPush } from '../../server/adapters/wechat/content-security'
import { safety } from '../../server/functions/safety'

/**
 * Also the receiver of the mini-program's message push (消息推送 to this cloud function): a
 * wxa_media_check event WeChat delivers becomes `mediaResult`; everything else is a call like any
 * other, and a call of `mediaResult` is refused.
 */
export const main = cloudMain(safety, { push: mediaCheckPush })
