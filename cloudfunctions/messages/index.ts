import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { messages } from '../../server/functions/messages'

export const main = cloudMain(messages)
