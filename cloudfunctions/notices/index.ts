import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { notices } from '../../server/functions/notices'

export const main = cloudMain(notices)
