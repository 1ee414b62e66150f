import { Button } from './button'

/** The foot of a paged list: more to read, as a button for those who do not scroll to the end. */
export function LoadMore({ paged, label = '查看更多' }: { paged: { hasMore: boolean; loadingMore: boolean; more(): Promise<void> }; label?: string }) {
  if (!paged.hasMore) return null
  return (
    <Button className='btn btn--ghost load-more' loading={paged.loadingMore} onClick={() => void paged.more()}>
      {paged.loadingMore ? '加载中…' : label}
    </Button>
  )
}
