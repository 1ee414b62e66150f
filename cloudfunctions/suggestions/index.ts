import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { suggestions } from '../../server/functions/suggestions'

export const main = cloudMain(suggestions)
