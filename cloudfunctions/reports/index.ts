import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { reports } from '../../server/functions/reports'

export const main = cloudMain(reports)
