import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { oversight } from '../../server/functions/oversight'

export const main = cloudMain(oversight)
