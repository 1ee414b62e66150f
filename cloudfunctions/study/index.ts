import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { study } from '../../server/functions/study'

export const main = cloudMain(study)
