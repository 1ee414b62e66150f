import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { stations } from '../../server/functions/stations'

export const main = cloudMain(stations)
