import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { activities } from '../../server/functions/activities'

export const main = cloudMain(activities)
