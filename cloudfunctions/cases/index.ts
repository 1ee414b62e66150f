import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { cases } from '../../server/functions/cases'

export const main = cloudMain(cases)
