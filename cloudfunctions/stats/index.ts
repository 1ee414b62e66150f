import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { stats } from '../../server/functions/stats'

export const main = cloudMain(stats)
