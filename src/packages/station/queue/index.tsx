import { InboxPage } from '../../../components/inbox-page'

/** 本站的诉求：受理、答复、派单、合并。 */
export default function Page() {
  return <InboxPage casePath='/packages/station/case/index' initial='new' emptyText='暂时没有待处理的诉求' />
}
