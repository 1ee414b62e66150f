import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { points } from '../../server/functions/points'

export const main = cloudMain(points)
