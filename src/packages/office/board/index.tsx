import { InboxPage } from '../../../components/inbox-page'

/** 全区诉求，超期的排在最前。 */
export default function Page() {
  return <InboxPage casePath='/packages/office/case/index' initial='overdue' emptyText='暂时没有超期的诉求' />
}
