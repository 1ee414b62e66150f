import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { appointments } from '../../server/functions/appointments'

export const main = cloudMain(appointments)
