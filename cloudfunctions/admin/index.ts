import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { admin } from '../../server/functions/admin'

export const main = cloudMain(admin)
