import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { places } from '../../server/functions/places'

export const main = cloudMain(places)
