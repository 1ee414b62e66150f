import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { media } from '../../server/functions/media'

export const main = cloudMain(media)
