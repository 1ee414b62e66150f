import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { timer } from '../../server/functions/timer'

export const main = cloudMain(timer)
