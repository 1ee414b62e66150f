import { InboxPage } from '../../../components/inbox-page'
import { OverdueSuggestions } from './overdue-suggestions'

/** 超期督办: the district's overdue suggestions, then its cases with the overdue ones first. */
export default function Page() {
  return <InboxPage casePath='/packages/office/case/index' initial='overdue' emptyText='暂时没有超期的诉求' top={<OverdueSuggestions />} />
}
