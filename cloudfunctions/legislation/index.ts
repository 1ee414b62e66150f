import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { legislation } from '../../server/functions/legislation'

export const main = cloudMain(legislation)
