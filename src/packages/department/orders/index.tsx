import { InboxPage } from '../../../components/inbox-page'

/** 派给本部门的诉求：接单、退单、办结。 */
export default function Page() {
  return <InboxPage casePath='/packages/department/case/index' initial='new' emptyText='暂时没有新派单' />
}
