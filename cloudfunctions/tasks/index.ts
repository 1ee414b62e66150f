import { cloudMain } from '../../server/adapters/wechat/cloud-runtime'
import { tasks } from '../../server/functions/tasks'

export const main = cloudMain(tasks)
