import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { audit } from '../../server/functions/audit'

export const main = cloudMain(audit)
