import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { auth } from '../../server/functions/auth'

export const main = cloudMain(auth)
