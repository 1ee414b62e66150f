import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { deputies } from '../../server/functions/deputies'

export const main = cloudMain(deputies)
