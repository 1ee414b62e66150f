import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { dutyReports } from '../../server/functions/dutyReports'

export const main = cloudMain(dutyReports)
