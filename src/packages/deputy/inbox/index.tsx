import { InboxPage } from '../../../components/inbox-page'

/** 群众提给代表和本站的诉求。 */
export default function Page() {
  return <InboxPage casePath='/packages/deputy/case/index' initial='new' emptyText='暂时没有待处理的诉求' />
}
